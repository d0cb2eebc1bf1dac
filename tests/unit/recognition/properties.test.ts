import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseForms } from '../../../core/languages';
import { detectLanguage } from '../../../core/languages/detect';
import { kindOf } from '../../../core/recognition/glossary-index';
import { matchMentions } from '../../../core/recognition/match-mentions';
import { foldKey, foldPhrase } from '../../../core/text/fold';
import { tokenize } from '../../../core/text/tokenize';
import { FIXTURE_ENTRIES, FIXTURE_INDEX } from './fixture-glossary';

// Text made of the pieces real pages are made of: glossary names, Tajik special letters split off,
// Russian and Latin look-alikes, combining marks, quotes, hyphens and line breaks, astral characters.
const names = FIXTURE_ENTRIES.flatMap((e) => [...e.names.en, ...e.names.ru, ...e.names.tg]);
const piece = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom('ро', '-ро', 'и', 'а', 'ом', 'ым', 'ой', "'s", '’s', 'ҳо', 'ашон'),
  fc.constantFrom(' ', '  ', '\n', '\n\n', '-\n', ' ӣ ', ' ҷ ', ' ӯ ', '. ', ', ', '«', '»', '“', '”', '(', ')', '"', '-', '\u00AD', '\u0301', '\u0304', '\u200B'),
  fc.constantFrom('Президент', 'министра', 'вазир', 'President', 'Mr.', 'С.', 'U.N.', 'ООН', 'он', 'ОН', 'WHO', 'US', 'THE'),
  fc.string({ unit: fc.constantFrom(...'аоерсхуАОЕРСХУaoepcxyHKMTBҳқҷғӣӯҲҚҶҒӢӮҺһёЁ ́\u0304-\n'.split('')), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('properties', () => {
  it('folding and tokenizing never throw and give stable keys', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        for (const script of ['latin', 'cyrillic', 'other'] as const) {
          const key = foldKey(s, script);
          expect(foldKey(s, script)).toBe(key);
          baseForms(key, script);
        }
        foldPhrase(s);
        for (const t of tokenize(s)) expect(s.slice(t.start, t.end)).toBe(t.surface);
      }),
    );
  });

  it('matching never throws; offsets are valid; mentions are ordered and do not overlap', () => {
    fc.assert(
      fc.property(text, (s) => {
        const mentions = matchMentions(s, FIXTURE_INDEX);
        let lastEnd = 0;
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(m.start, m.end)).toBe(m.text);
          expect(kindOf(FIXTURE_INDEX, m.entityId)).toBe(m.kind);
          lastEnd = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('running twice gives the same result', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(matchMentions(s, FIXTURE_INDEX)).toEqual(matchMentions(s, FIXTURE_INDEX));
        expect(detectLanguage(s)).toBe(detectLanguage(s));
      }),
      { numRuns: 200 },
    );
  });

  it('a name surrounded by spaces is always found', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_ENTRIES.filter((e) => e.kind === 'person')), fc.constantFrom('en', 'ru', 'tg' as const), (e, lang) => {
        const name = e.names[lang as 'en' | 'ru' | 'tg'][0]!;
        const ids = matchMentions(`Today ${name} said.`, FIXTURE_INDEX).map((m) => m.entityId);
        expect(ids).toEqual([e.id]);
      }),
    );
  });
});
