import { describe, expect, it } from 'vitest';
import { findUnknownOfficials } from '../../../core/discovery';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { buildGlossaryIndex } from '../../../core/recognition/glossary-index';
import { matchMentions } from '../../../core/recognition/match-mentions';

const lavrov: GlossaryEntry = {
  id: 'sergey-lavrov',
  kind: 'person',
  names: { en: ['Sergey Lavrov'], ru: ['Сергей Лавров'], tg: ['Сергей Лавров'] },
  description: { en: '', ru: '', tg: '' },
  asOf: '2025-01-01',
};

describe('with the glossary matcher', () => {
  it('leaves what matchMentions found and finds the rest', () => {
    const text = 'В Москве министр иностранных дел Сергей Лавров провёл переговоры с министром иностранных дел Ивана Петрова коллегой Олегом Сидоренко.';
    const mentions = matchMentions(text, buildGlossaryIndex([lavrov]));
    expect(mentions.map((m) => m.text)).toContain('Сергей Лавров');
    const found = findUnknownOfficials(text, mentions, { language: 'ru' });
    expect(found.map((f) => f.text)).not.toContain('Сергей Лавров');
    for (const f of found) for (const m of mentions) expect(f.start < m.end && m.start < f.end).toBe(false);
  });
});
