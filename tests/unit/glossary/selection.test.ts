import { describe, expect, it } from 'vitest';
import { cleanSelection, idFromName, selectionLanguage } from '../../../core/glossary/selection';

describe('adding a selected name', () => {
  it.each([
    ['Qosim Qodiri', 'en'],
    ['Sergey Lavrov', 'en'],
    ['Сергей Лавров', 'ru'],
    ['Эмомали Рахмон', 'ru'],
    ['Эмомалӣ Раҳмон', 'tg'],
    ['Вазорати корҳои хориҷӣ', 'tg'],
    ['ОДКБ', 'ru'],
    ['2024', null],
  ])('%s is written in %s', (text, lang) => {
    expect(selectionLanguage(text)).toBe(lang);
  });

  it('makes a selection one clean name', () => {
    expect(cleanSelection('  «Сергей\n   Лавров», ')).toBe('Сергей Лавров');
    expect(cleanSelection('"Organization (OSCE)".')).toBe('Organization (OSCE)');
    expect(cleanSelection('x'.repeat(500))).toHaveLength(200);
  });

  it('makes a free kebab-case id from the English name', () => {
    expect(idFromName('Qosim Qodiri', new Set())).toBe('qosim-qodiri');
    expect(idFromName('Zoë Brûlé', new Set())).toBe('zoe-brule');
    expect(idFromName('Sergey Lavrov', new Set(['sergey-lavrov', 'sergey-lavrov-2']))).toBe('sergey-lavrov-3');
    expect(idFromName('Сергей', new Set(), 1_700_000_000_000)).toMatch(/^entry-[a-z0-9]+$/);
  });
});
