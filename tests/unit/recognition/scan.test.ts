import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeToken, tokenize } from '../../../core/text/tokenize';

// The reference: the word pattern and makeToken (regular expressions and foldKey on each word).
const WORD = /[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\u00AD\u200B-\u200D\u2060\uFEFF]*/gu;
const reference = (text: string) => [...text.matchAll(WORD)].map((m) => makeToken(m[0], m.index));

describe('the scanner', () => {
  // Words where folding one character at a time could differ from folding the word.
  const cases: [why: string, text: string][] = [
    ['Latin look-alikes inside a Cyrillic word', 'Рaxмон Пyтин'],
    ['romanization: kh, dzh, final y and ii', 'Rakhmon Dzhemilev Sergey Dmitrii Khan Kh ky'],
    ['decomposed ӣ and й, stress marks', 'Эмомали\u0304 Серге́й и\u0306'],
    ['invisible characters inside a word', 'Лав\u00ADров Ра\u200Bхмон'],
    ['Kazakh and legacy letters', 'Һукумат ЇЎ'],
    ['dotted capital I and sharp s', 'İstanbul Straße'],
    ['Greek final sigma', 'ΟΔΥΣΣΕΥΣ'],
    ['astral letters', '𝐀𝐁 𞁗ера 𐞫x'],
    ['mixed digits and letters', '5G 2025-й СҲШ-ро'],
  ];
  it.each(cases)('finds the words and keys tokenize always did: %s', (_why, text) => {
    expect(tokenize(text)).toEqual(reference(text));
  });

  it('agrees with the reference on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'аоерсхуАОЕРСХУaoepcxyHKMTBҳқҷғӣӯҲҚҶҒӢӮҺһёЁ \u0301\u0304-\nkhdzyiİßÉé\u00AD\u200B'.split('')), maxLength: 24 }), (s) => {
        expect(tokenize(s)).toEqual(reference(s));
      }),
      { numRuns: 1000 },
    );
  });
});
