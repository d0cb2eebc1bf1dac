import type { EntityKind, GlossaryEntry } from '../glossary/types';
import { LANGS } from '../glossary/types';
import { makeToken } from '../text/tokenize';

interface WordFacts {
  id: number;
  caps: number;
  letters: number;
  isThe: boolean;
}

// The words of a name: tokenize's pattern.
const WORD = /[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\u00AD\u200B-\u200D\u2060\uFEFF]*/gu;

/** How a name must be written in the text to count (most names share a few such rules). */
export interface CaseRule {
  /** Per token of the name: its letter count when it is an all-caps abbreviation (case-sensitive), else 0. */
  caseSensitive: number[];
  /** A one-word name that is not an abbreviation: it must be capitalized in the text. */
  needsCapital: boolean;
}

/**
 * A trie node in plain JSON: the vocabulary ids of its children in ascending order (`k`) with the
 * children at the same positions (`n`), and the names that end here. Sorted arrays rather than an
 * object keyed by id: no key can meet Object.prototype, and V8 would give integer-keyed objects
 * sparse element stores as large as the largest id.
 */
export interface TrieNode {
  k?: number[];
  n?: TrieNode[];
  /** The names that end here, as pairs: entity number (GlossaryIndex.entities), case rule number (GlossaryIndex.caseRules). */
  e?: number[];
}

/** The child of a node along a vocabulary id (binary search). */
export function childOf(node: TrieNode, id: number): TrieNode | undefined {
  const k = node.k;
  if (k === undefined) return undefined;
  let lo = 0;
  let hi = k.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = k[mid]!;
    if (v === id) return node.n![mid];
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function childOrNew(node: TrieNode, id: number): TrieNode {
  const k = (node.k ??= []);
  const n = (node.n ??= []);
  let lo = 0;
  let hi = k.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = k[mid]!;
    if (v === id) return n[mid]!;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  const child: TrieNode = {};
  if (lo === k.length) {
    k.push(id);
    n.push(child);
  } else {
    k.splice(lo, 0, id);
    n.splice(lo, 0, child);
  }
  return child;
}

/**
 * The glossary compiled for matching: a trie over folded word keys, so the matcher's work grows with
 * the text, not with the number of entries; plus the surnames of people, which count only once the
 * article has named the person in full (or with a title). Plain JSON data throughout, so the
 * extension's background can build it once and a page can take it as it arrives (index-transfer.ts).
 */
export interface GlossaryIndex {
  /** Every folded word key of every name; a key's position is its vocabulary id. */
  keys: string[];
  /** Entry ids and kinds by entity number. */
  entities: string[];
  entityKinds: EntityKind[];
  caseRules: CaseRule[];
  root: TrieNode;
  /** Vocabulary id of a surname → entity numbers of people with that surname. */
  surnames: Record<number, number[]>;
  /** Vocabulary id of a given name → entity numbers of people with that given name (a surname that is someone's given name is ambiguous alone). */
  givenNames: Record<number, number[]>;
  /** By entity number: the folded first letters of a person's given names, for "С. Лавров", "S. Lavrov". */
  initials: string[];
  entryCount: number;
}

/** The entity kind of a glossary id, if the index has it. */
export function kindOf(index: GlossaryIndex, id: string): EntityKind | undefined {
  const n = index.entities.indexOf(id);
  return n < 0 ? undefined : index.entityKinds[n];
}

export function buildGlossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const builder = new IndexBuilder();
  for (const entry of entries) builder.add(entry);
  return builder.index;
}

/** Adds one entry to an index built by buildGlossaryIndex (a user's new entry). */
export function addEntry(index: GlossaryIndex, entry: GlossaryEntry): void {
  new IndexBuilder(index).add(entry);
}

class IndexBuilder {
  readonly index: GlossaryIndex;
  private readonly vocab = new Map<string, number>();

  constructor(index?: GlossaryIndex) {
    this.index = index ?? {
      keys: [], entities: [], entityKinds: [], caseRules: [], root: {}, surnames: {}, givenNames: {}, initials: [], entryCount: 0,
    };
    this.index.keys.forEach((k, id) => this.vocab.set(k, id));
    this.index.caseRules.forEach((r, n) => this.ruleNumbers.set(ruleKey(r), n));
  }

  add(entry: GlossaryEntry): void {
    const index = this.index;
    index.entryCount++;
    const entity = index.entities.length;
    index.entities.push(entry.id);
    index.entityKinds.push(entry.kind);
    index.initials.push('');
    const ids = this.ids;
    const caseSensitive = this.caseSensitive;
    for (const name of allNames(entry)) {
      // Names are short and their words repeat (Ministry, of, Вазорати): the words come from the
      // regular expression and each distinct word is folded once (makeToken, the scanner's reference).
      const words = name.match(WORD);
      if (!words) continue;
      let first = 0;
      // "The Kremlin", "the Taliban": English text writes the article or leaves it out, so names never need it.
      if (words.length > 1 && this.factsOf(words[0]!).isThe) first = 1;
      const count = words.length - first;
      ids.length = 0;
      caseSensitive.length = 0;
      let plain = true;
      let node = index.root;
      for (let t = first; t < words.length; t++) {
        const facts = this.factsOf(words[t]!);
        ids.push(facts.id);
        if (facts.caps > 0) plain = false;
        caseSensitive.push(facts.caps);
        node = childOrNew(node, facts.id);
      }
      const rule = plain && count > 1 ? this.plainRule(count) : this.ruleNumber({ caseSensitive: [...caseSensitive], needsCapital: count === 1 && caseSensitive[0] === 0 });
      const ends = (node.e ??= []);
      let known = false;
      for (let k = 0; k < ends.length; k += 2) if (ends[k] === entity && ends[k + 1] === rule) known = true;
      if (!known) ends.push(entity, rule);
      if (entry.kind === 'person' && count >= 2) {
        // A one- or two-letter "surname" (Xi, Си) is too short to find alone without false hits.
        if (this.factsOf(words[words.length - 1]!).letters >= 3) addTo(index.surnames, ids[ids.length - 1]!, entity);
        addTo(index.givenNames, ids[0]!, entity);
        const initial = index.keys[ids[0]!]!.charAt(0);
        if (!index.initials[entity]!.includes(initial)) index.initials[entity] += initial;
      }
    }
  }

  /** Per distinct word of the names: its vocabulary id, abbreviation letter count, letter count. */
  private readonly facts = new Map<string, WordFacts>();

  private factsOf(surface: string): WordFacts {
    let f = this.facts.get(surface);
    if (!f) {
      const token = makeToken(surface, 0);
      const letters = letterCount(surface);
      f = { id: this.vocabId(token.key), caps: token.allCaps ? letters : 0, letters, isThe: token.script === 'latin' && token.key === 'the' };
      this.facts.set(surface, f);
    }
    return f;
  }

  private readonly ids: number[] = [];
  private readonly caseSensitive: number[] = [];
  private readonly ruleNumbers = new Map<string, number>();
  /** The rule of a name of n plain words (no abbreviation, several words), the common case. */
  private readonly plainRules: number[] = [];

  private plainRule(n: number): number {
    return (this.plainRules[n] ??= this.ruleNumber({ caseSensitive: new Array<number>(n).fill(0), needsCapital: false }));
  }

  private ruleNumber(rule: CaseRule): number {
    const key = ruleKey(rule);
    let n = this.ruleNumbers.get(key);
    if (n === undefined) {
      n = this.index.caseRules.length;
      this.index.caseRules.push(rule);
      this.ruleNumbers.set(key, n);
    }
    return n;
  }

  private vocabId(key: string): number {
    let id = this.vocab.get(key);
    if (id === undefined) {
      id = this.index.keys.length;
      this.index.keys.push(key);
      this.vocab.set(key, id);
    }
    return id;
  }

}

function addTo(map: Record<number, number[]>, key: number, id: number): void {
  const ids = map[key];
  if (!ids) map[key] = [id];
  // An entry's names are added one after another, so a repeat is always the last id.
  else if (ids[ids.length - 1] !== id) ids.push(id);
}

/** Every name an entry may be written as, in any language: current names first, then former ones. */
export function allNames(entry: GlossaryEntry): string[] {
  const names: string[] = [];
  for (const lang of LANGS) for (const n of entry.names[lang] ?? []) if (!names.includes(n)) names.push(n);
  for (const lang of LANGS) for (const n of entry.formerNames?.[lang] ?? []) if (!names.includes(n)) names.push(n);
  return names;
}

function ruleKey(rule: CaseRule): string {
  return (rule.needsCapital ? 'C' : '') + rule.caseSensitive.join();
}

const NOT_LETTER = /[^\p{L}]/gu;

export function letterCount(s: string): number {
  return s.replace(NOT_LETTER, '').length;
}
