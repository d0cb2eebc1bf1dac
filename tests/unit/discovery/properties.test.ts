import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnknownOfficials } from '../../../core/discovery';
import type { Mention } from '../../../core/recognition/match-mentions';

// Text made of what news is made of: titles, body heads, capitalized names (Latin, Russian, Tajik
// letters), abbreviations in parentheses, dots, commas, quotes, hyphens and line breaks.
const piece = fc.oneof(
  fc.constantFrom(
    'Foreign Minister', 'President', 'spokesperson', 'Cmdr.', 'Ministry of', 'State Committee for', 'министр', 'министра иностранных дел',
    'Министерства обороны', 'вазири корҳои хориҷӣ', 'Вазорати', 'Кумитаи давлатии', 'раиси', 'Ivan Petrov', 'Ивана Петрова',
    'Аҳмад Каримзода', 'Саидовро', 'С.', 'U.S.', '(ОДКБ)', '(AXY)', 'March', 'Душанбе', 'ва', 'of', 'and', 'по',
  ),
  fc.constantFrom(' ', '  ', '\n', '\n\n', '. ', ', ', '«', '»', '“', '”', '(', ')', '"', '-', '\u00AD', '\u0301', '’s'),
  fc.string({ unit: fc.constantFrom(...'аоерсхуАОЕРСХУaoepcxyHKMTBҳқҷғӣӯҲҚҶҒӢӮ .-()'.split('')), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const language = fc.constantFrom(undefined, 'en', 'ru', 'tg', 'und');

describe('findUnknownOfficials properties', () => {
  it('never throws; offsets are valid, in order and non-overlapping; the text matches the span', () => {
    fc.assert(
      fc.property(text, language, (s, lang) => {
        const found = findUnknownOfficials(s, [], { language: lang });
        let previousEnd = 0;
        for (const f of found) {
          expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(previousEnd);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(f.start, f.end)).toBe(f.text);
          expect(['person', 'organization']).toContain(f.kind);
          expect(f.context).toContain(f.text);
          previousEnd = f.end;
        }
      }),
      { numRuns: 400 },
    );
  }, 30_000);

  it('never overlaps a glossary mention', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 30 })), { maxLength: 5 }), (s, spans) => {
        const mentions: Mention[] = spans
          .filter(([start]) => start < s.length)
          .map(([start, length]) => {
            const end = Math.min(s.length, start + length);
            return { start, end, text: s.slice(start, end), entityId: 'x', kind: 'person' as const };
          });
        for (const f of findUnknownOfficials(s, mentions)) {
          for (const m of mentions) expect(f.start < m.end && m.start < f.end).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('is fast on a long article', () => {
    const sentence = 'Об этом заявил министр иностранных дел Иван Петренко, а Министерство обороны промолчало. ';
    const long = sentence.repeat(2000);
    const t0 = performance.now();
    const found = findUnknownOfficials(long, []);
    expect(found.length).toBeGreaterThan(1000);
    expect(performance.now() - t0).toBeLessThan(5000);
  }, 30_000);
});
