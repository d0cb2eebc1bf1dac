import { describe, expect, it } from 'vitest';
import { controlFor, entryFromValues, valuesOf, type EntryFormValues } from '../../../components/entry-form';
import { prefillFor } from '../../../components/glossary-prefill';
import { validateGlossary } from '../../../core/glossary/validate';
import { SAMPLE_ENTRIES } from './sample-entries';

const blank = (): EntryFormValues => ({
  kind: 'person',
  name: { en: '', ru: '', tg: '' },
  aliases: { en: '', ru: '', tg: '' },
  office: { en: '', ru: '', tg: '' },
  description: { en: '', ru: '', tg: '' },
  start: '', end: '', country: '', asOf: '2026-11-27',
});

describe('the Add / Edit form', () => {
  it('builds a valid entry from filled fields, with a free id from the English name', () => {
    const v = blank();
    v.name = { en: 'Qosim Qodiri', ru: 'Косим Кодири', tg: 'Қосим Қодирӣ' };
    v.aliases.en = 'Kosim Kodiri\n\n  Q. Qodiri  ';
    v.description = { en: 'An official.', ru: 'Чиновник.', tg: 'Мансабдор.' };
    v.office = { en: 'Minister', ru: 'Министр', tg: 'Вазир' };
    v.start = '2021';
    v.country = 'tj';
    const entry = entryFromValues(v, undefined, new Set(['qosim-qodiri']));
    expect(entry).toEqual({
      id: 'qosim-qodiri-2', kind: 'person',
      names: { en: ['Qosim Qodiri', 'Kosim Kodiri', 'Q. Qodiri'], ru: ['Косим Кодири'], tg: ['Қосим Қодирӣ'] },
      description: { en: 'An official.', ru: 'Чиновник.', tg: 'Мансабдор.' },
      offices: [{ title: { en: 'Minister', ru: 'Министр', tg: 'Вазир' }, start: '2021' }],
      country: 'TJ', asOf: '2026-11-27',
    });
    expect(validateGlossary([entry]).issues).toEqual([]);
  });

  it('an empty form names every missing field, each mapped to its control', () => {
    const { issues } = validateGlossary([entryFromValues(blank(), undefined, new Set())]);
    const controls = issues.map((i) => controlFor(i.field));
    expect(controls).toEqual(expect.arrayContaining(['name-en', 'name-ru', 'name-tg', 'description-en', 'description-ru', 'description-tg']));
    expect(controls).not.toContain(null);
  });

  it('editing keeps the id, further offices and the fields the form does not show', () => {
    const original = { ...SAMPLE_ENTRIES[0]!, source: 'user' as const };
    const v = valuesOf(original);
    v.description.en = 'Edited.';
    const edited = entryFromValues(v, original, new Set([original.id]));
    const { source: _s, ...expected } = original;
    expect(edited).toEqual({ ...expected, description: { ...original.description, en: 'Edited.' } });
  });

  it('maps validator fields to controls', () => {
    expect(controlFor('names.ru')).toBe('name-ru');
    expect(controlFor('names.tg[0]')).toBe('name-tg');
    expect(controlFor('names.en[2]')).toBe('aliases-en');
    expect(controlFor('offices[0].title.tg')).toBe('office-tg');
    expect(controlFor('offices[0].end')).toBe('end');
    expect(controlFor('offices[1].end')).toBeNull();
    expect(controlFor('asOf')).toBe('asOf');
  });

  it('a selection becomes a prefill in its language', () => {
    expect(prefillFor('  «Эмомалӣ Раҳмон»\n', 1)).toEqual({ name: 'Эмомалӣ Раҳмон', lang: 'tg', at: 1 });
    expect(prefillFor('Сергей Лавров', 1)?.lang).toBe('ru');
    expect(prefillFor('2024', 1)?.lang).toBe('en');
    expect(prefillFor(' … ', 1)).toBeNull();
  });
});
