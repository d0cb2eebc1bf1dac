import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { generateGlossary } from '../../../bench/glossaries';
import { mixedText } from '../../../bench/pages';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { addEntry, buildGlossaryIndex, type GlossaryIndex } from '../../../core/recognition/glossary-index';
import { decodeIndexSnapshot, encodeIndexSnapshot, INDEX_SNAPSHOT_VERSION, type IndexSnapshot } from '../../../core/recognition/index-snapshot';
import { recognizeText } from '../../../core/recognize-text';
import { BUILTIN_ENTRIES } from '../../../glossary/index';
import { FIXTURE_ENTRIES } from './fixture-glossary';

const ROOT = resolve(import.meta.dirname, '../../..');
const pageText = (path: string) => parseHTML(readFileSync(resolve(ROOT, path), 'utf8')).document.body.textContent ?? '';
const PAGES = ['demo/article-en.html', ...['en-unknown-official', 'glossary-article', 'ru-article', 'tg-article'].map((p) => `tests/fixtures/pages/${p}.html`)].map(pageText);

/** What a restarted service worker gets: the snapshot through a structured clone (v8 serialization is the same algorithm). */
const throughStorage = (index: GlossaryIndex) => decodeIndexSnapshot(deserialize(serialize(encodeIndexSnapshot(index))));

const GENERATED = generateGlossary(3000);
const GLOSSARIES: Record<string, GlossaryEntry[]> = {
  fixture: FIXTURE_ENTRIES,
  'built-in': BUILTIN_ENTRIES,
  'built-in + 3,000 generated': [...BUILTIN_ENTRIES, ...GENERATED],
  empty: [],
};

describe('index snapshot: a round trip recognizes exactly what the built index does', { timeout: 60_000 }, () => {
  for (const [name, entries] of Object.entries(GLOSSARIES)) {
    it(`${name} glossary, on the demo and fixture pages and mixed-language text`, () => {
      const built = buildGlossaryIndex(entries);
      const loaded = throughStorage(built);
      expect(loaded).toBeDefined();
      const texts = [...PAGES, mixedText(entries.length ? entries : FIXTURE_ENTRIES, 3000)];
      let mentions = 0;
      for (const text of texts) {
        const expected = recognizeText(text, built);
        mentions += expected.mentions.length;
        expect(recognizeText(text, loaded!)).toEqual(expected);
      }
      // The comparison means something only if the texts name entries of the glossary.
      if (entries.length) expect(mentions).toBeGreaterThan(10);
      // And the snapshot of the loaded index is the snapshot it came from (nothing lost or reordered).
      expect(encodeIndexSnapshot(loaded!)).toEqual(encodeIndexSnapshot(built));
    });
  }

  it('on generated texts made of the fixture names, inflections and noise', () => {
    const built = buildGlossaryIndex(FIXTURE_ENTRIES);
    const loaded = throughStorage(built)!;
    const names = FIXTURE_ENTRIES.flatMap((e) => [...e.names.en, ...e.names.ru, ...e.names.tg]);
    const piece = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom('ро', 'и', 'ом', 'ым', "'s", 'ҳо', 'President', 'Президент', 'вазир', 'С.', 'S.', 'and', 'и', 'ва', 'the'),
      fc.constantFrom(' ', '\n\n', '. ', ', ', '«', '»', '-'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(recognizeText(text, loaded)).toEqual(recognizeText(text, built));
      }),
    );
  });

  it('a loaded index takes a new entry as a built one does (its arrays were cut to size)', () => {
    for (const entries of [FIXTURE_ENTRIES, []]) {
      const built = buildGlossaryIndex(entries);
      const loaded = throughStorage(built)!;
      const added: GlossaryEntry = {
        id: 'zarina-nazarova', kind: 'person', names: { en: ['Zarina Nazarova'], ru: ['Зарина Назарова'], tg: ['Зарина Назарова'] },
        description: { en: '', ru: '', tg: '' }, asOf: '2026-01-01',
      };
      addEntry(built, added);
      addEntry(loaded, added);
      const text = 'Zarina Nazarova met Sergey Lavrov. Nazarova said the WHO agreed. Зарина Назарова и Назарова.';
      expect(recognizeText(text, loaded)).toEqual(recognizeText(text, built));
      expect(recognizeText(text, loaded).mentions.some((m) => m.entityId === 'zarina-nazarova')).toBe(true);
    }
  });
});

describe('index snapshot: anything but a snapshot of this version is refused', () => {
  const fresh = () => deserialize(serialize(encodeIndexSnapshot(buildGlossaryIndex(FIXTURE_ENTRIES)))) as IndexSnapshot;

  it('refuses values that are not snapshots', () => {
    const index = buildGlossaryIndex(FIXTURE_ENTRIES);
    for (const value of [undefined, null, 0, 'snapshot', [], {}, index, { ...fresh(), format: 'other' }]) expect(decodeIndexSnapshot(value)).toBeUndefined();
  });

  it('refuses another format version', () => {
    for (const version of [INDEX_SNAPSHOT_VERSION - 1, INDEX_SNAPSHOT_VERSION + 1, String(INDEX_SNAPSHOT_VERSION)]) {
      expect(decodeIndexSnapshot({ ...fresh(), version })).toBeUndefined();
    }
  });

  it('refuses a snapshot whose typed arrays became plain objects (a JSON copy)', () => {
    expect(decodeIndexSnapshot(JSON.parse(JSON.stringify(fresh())))).toBeUndefined();
  });

  // Each corruption would make the matcher read outside an array, loop, or give wrong names.
  const corruptions: Record<string, (s: IndexSnapshot) => void> = {
    'a missing field': (s) => delete (s as Partial<IndexSnapshot>).surnames,
    'string lengths that do not add up': (s) => s.entities.lengths[0]!++,
    'fewer entity ids than entries': (s) => (s.entryCount += 1),
    'an unknown entity kind': (s) => (s.kindNames = ['person', 'planet']),
    'a kind number out of range': (s) => (s.entityKinds[0] = 9),
    'a malformed case rule': (s) => ((s.caseRules[0] as unknown as { needsCapital: string }).needsCapital = 'yes'),
    'an edge to a node that does not exist': (s) => (s.trie.edgeTriples[2] = s.trie.nodeCount),
    'an edge on a word outside the vocabulary': (s) => (s.trie.edgeTriples[1] = s.keys.lengths.length),
    'two edges to one node': (s) => (s.trie.edgeTriples[5] = s.trie.edgeTriples[2]!),
    'edge slots out of order': (s) => (s.trie.edgeSlots[1] = s.trie.edgeSlots[0]!),
    'an edge table size that is not a power of two': (s) => (s.trie.slotCount -= 1),
    'an edge table with no empty slot': (s) => (s.trie.slotCount = 1),
    'a cut-off array': (s) => (s.trie.endRule = s.trie.endRule.slice(1)),
    'an end chain that loops': (s) => (s.trie.endNext[0] = 0),
    'an end record of an entity that does not exist': (s) => (s.trie.endEntity[0] = s.entryCount),
    'a case rule number out of range': (s) => (s.trie.endRule[0] = s.caseRules.length),
    'surname owners out of order': (s) => s.surnames.values.reverse(),
    'a surname key outside the vocabulary': (s) => (s.surnames.keys[0] = -1),
    'given-name lists that overrun': (s) => (s.givenNames.starts[1] = s.givenNames.values.length + 1),
  };
  for (const [what, corrupt] of Object.entries(corruptions)) {
    it(`refuses ${what}`, () => {
      const s = fresh();
      expect(decodeIndexSnapshot(s)).toBeDefined();
      corrupt(s);
      expect(decodeIndexSnapshot(s)).toBeUndefined();
    });
  }
});
