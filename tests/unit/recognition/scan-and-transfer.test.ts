import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGlossaryIndex } from '../../../core/recognition/glossary-index';
import { glossaryVersion, restoreIndex, toTransferable } from '../../../core/recognition/index-transfer';
import { matchMentions } from '../../../core/recognition/match-mentions';
import { makeToken, tokenize } from '../../../core/text/tokenize';
import { FIXTURE_ENTRIES } from './fixture-glossary';

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

describe('the prebuilt index', () => {
  const data = toTransferable(FIXTURE_ENTRIES, glossaryVersion(FIXTURE_ENTRIES));
  const restored = restoreIndex(JSON.parse(JSON.stringify(data)));
  const texts = [
    'Сергей Лавров прибыл. По словам Лаврова, СҲШ-ро ва ООН. Визит Эмомал ӣ Раҳмон.',
    'President Rahmon met Sergei Lavrov at the U.N.; the Kremlin said.',
  ];
  it.each(texts)('crosses JSON and matches as the built index does: %s', (text) => {
    expect(matchMentions(text, restored)).toEqual(matchMentions(text, buildGlossaryIndex(FIXTURE_ENTRIES)));
  });
  it('is refused in another format', () => {
    expect(() => restoreIndex({ ...data, format: 1 } as unknown as typeof data)).toThrow();
  });
  it('has a version that changes with the names', () => {
    const changed = FIXTURE_ENTRIES.map((e, i) => (i === 0 ? { ...e, names: { ...e.names, en: ['Sergey V. Lavrov'] } } : e));
    expect(glossaryVersion(changed)).not.toBe(data.version);
  });
});
