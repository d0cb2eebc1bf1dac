import type { EntityKind, GlossaryEntry } from '../glossary/types';
import { LANGS } from '../glossary/types';
import { CHAR_INFO, charInfo, LETTER, SCRIPT_LATIN } from '../text/char-table';
import { hashString, KeyTable, scanText, T_ALL_CAPS, type ScannedText } from '../text/scan';

/** How a name must be written in the text to count (most names share a few such rules). */
export interface CaseRule {
  /** Per token of the name: its letter count when it is an all-caps abbreviation (case-sensitive), else 0. */
  caseSensitive: number[];
  /** A one-word name that is not an abbreviation: it must be capitalized in the text. */
  needsCapital: boolean;
}

/**
 * The names as a trie over vocabulary ids, in typed arrays: node 0 is the root, an edge (node, word)
 * → child is found in an open-addressing hash table, and the names that end at a node are a chain of
 * (entity, case rule) records in the order they were added. No object per node, so building it
 * allocates a few arrays for any number of names, a child costs one hash probe whatever the node's
 * fan-out, and the whole trie is structured-cloneable as it is.
 */
export interface NameTrie {
  nodeCount: number;
  /** Per node: how many children it has. */
  childCount: Int32Array;
  /** Per node: its first and last end record, or -1. */
  endFirst: Int32Array;
  endLast: Int32Array;
  /** End records: the entity number, the case rule number and the next record of the same node (or -1). */
  endCount: number;
  endEntity: Int32Array;
  endRule: Int32Array;
  endNext: Int32Array;
  /**
   * The edge table: slots of three numbers side by side (one memory read per probe), the parent
   * node, the word's vocabulary id and the child (-1: empty slot); the slot count is a power of two.
   */
  edges: Int32Array;
  edgeCount: number;
}

export const ROOT = 0;

/** The first slot to probe for an edge: the pair mixed so that its low bits depend on all of both numbers. */
function edgeSlot(node: number, word: number, mask: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ word;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/** The child of a node along a vocabulary id, or -1. */
export function childOf(trie: NameTrie, node: number, word: number): number {
  const edges = trie.edges;
  const mask = edges.length / 3 - 1;
  for (let slot = edgeSlot(node, word, mask); ; slot = (slot + 1) & mask) {
    const at = slot * 3;
    const child = edges[at + 2]!;
    if (child < 0) return -1;
    if (edges[at] === node && edges[at + 1] === word) return child;
  }
}

/** Whether some name goes on past a node. */
export function hasChildren(trie: NameTrie, node: number): boolean {
  return trie.childCount[node]! > 0;
}

/**
 * A trie with room for about `nodes` nodes. Sized up front because growing large typed arrays
 * several times over counts as external memory and brings on full garbage collections.
 */
function emptyTrie(nodes: number): NameTrie {
  let size = 1024;
  while (size < nodes) size *= 2;
  return {
    nodeCount: 1, childCount: new Int32Array(size), endFirst: new Int32Array(size).fill(-1), endLast: new Int32Array(size).fill(-1),
    endCount: 0, endEntity: new Int32Array(size), endRule: new Int32Array(size), endNext: new Int32Array(size),
    edges: new Int32Array(size * 2 * 3).fill(-1), edgeCount: 0,
  };
}

/** Trie nodes per entry to make room for (names share most of their words: 3 in the generated 100,000, 10 in the built-in glossary). */
const NODES_PER_ENTRY = 4;

function childOrNew(trie: NameTrie, node: number, word: number): number {
  const found = childOf(trie, node, word);
  if (found >= 0) return found;
  if ((trie.edgeCount + 1) * 2 * 3 > trie.edges.length) growEdges(trie);
  const child = trie.nodeCount++;
  if (child === trie.childCount.length) {
    const size = child * 2;
    trie.childCount = grown(trie.childCount, size, 0);
    trie.endFirst = grown(trie.endFirst, size, -1);
    trie.endLast = grown(trie.endLast, size, -1);
  }
  trie.childCount[node]!++;
  putEdge(trie.edges, node, word, child);
  trie.edgeCount++;
  return child;
}

function putEdge(edges: Int32Array, node: number, word: number, child: number): void {
  const mask = edges.length / 3 - 1;
  let slot = edgeSlot(node, word, mask);
  while (edges[slot * 3 + 2]! >= 0) slot = (slot + 1) & mask;
  edges[slot * 3] = node;
  edges[slot * 3 + 1] = word;
  edges[slot * 3 + 2] = child;
}

function growEdges(trie: NameTrie): void {
  const old = trie.edges;
  trie.edges = new Int32Array(old.length * 2).fill(-1);
  for (let at = 0; at < old.length; at += 3) if (old[at + 2]! >= 0) putEdge(trie.edges, old[at]!, old[at + 1]!, old[at + 2]!);
}

/** Adds (entity, rule) to the names ending at a node, unless it is there already. */
function addEnd(trie: NameTrie, node: number, entity: number, rule: number): void {
  for (let e = trie.endFirst[node]!; e >= 0; e = trie.endNext[e]!) if (trie.endEntity[e] === entity && trie.endRule[e] === rule) return;
  const e = trie.endCount++;
  if (e === trie.endEntity.length) {
    // At least 16: an index loaded from a snapshot (index-snapshot.ts) may have no end records and arrays of length 0.
    const size = Math.max(16, e * 2);
    trie.endEntity = grown(trie.endEntity, size, 0);
    trie.endRule = grown(trie.endRule, size, 0);
    trie.endNext = grown(trie.endNext, size, 0);
  }
  trie.endEntity[e] = entity;
  trie.endRule[e] = rule;
  trie.endNext[e] = -1;
  const last = trie.endLast[node]!;
  if (last < 0) trie.endFirst[node] = e;
  else trie.endNext[last] = e;
  trie.endLast[node] = e;
}

function grown(a: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/**
 * The glossary compiled for matching: a trie over folded word keys, so the matcher's work grows with
 * the text, not with the number of entries; plus the surnames of people, which count only once the
 * article has named the person in full (or with a title). Built once per glossary version in the
 * extension's background (components/glossary-service.ts); structured-cloneable.
 */
export interface GlossaryIndex {
  /** Every folded word key of every name; a key's position is its vocabulary id. */
  keys: string[];
  /** The same, key → vocabulary id, and the keys' hashes (scan.ts hashString) for the matcher's quick "surely not" test. */
  vocab: Map<string, number>;
  vocabHashes: Set<number>;
  /** Entry ids and kinds by entity number. */
  entities: string[];
  entityKinds: EntityKind[];
  caseRules: CaseRule[];
  trie: NameTrie;
  /** Vocabulary id of a surname → entity numbers of people with that surname, ascending. */
  surnames: Record<number, number[]>;
  /** Vocabulary id of a given name → entity numbers of people with that given name, ascending (a surname that is someone's given name is ambiguous alone). */
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
  const builder = new IndexBuilder(undefined, entries.length * NODES_PER_ENTRY);
  for (const entry of entries) builder.add(entry);
  return builder.index;
}

/** Adds one entry to an index built by buildGlossaryIndex (a user's new entry). */
export function addEntry(index: GlossaryIndex, entry: GlossaryEntry): void {
  new IndexBuilder(index).add(entry);
}

/**
 * Reads names with the matcher's own scanner (scan.ts), which finds the words of tokenize's pattern
 * and folds them exactly as foldKey does; each distinct folded word gets a vocabulary id once.
 */
class IndexBuilder {
  readonly index: GlossaryIndex;
  /** The names' words, interned: key id → vocabulary id (-1: not yet). */
  private readonly words = new KeyTable();
  private vocabOf: Int32Array = new Int32Array(1024).fill(-1);
  private scanned: ScannedText | undefined;
  private readonly the: number;

  constructor(index?: GlossaryIndex, nodes = 0) {
    this.index = index ?? {
      keys: [], vocab: new Map(), vocabHashes: new Set(), entities: [], entityKinds: [], caseRules: [], trie: emptyTrie(nodes),
      surnames: {}, givenNames: {}, initials: [], entryCount: 0,
    };
    this.index.caseRules.forEach((r, n) => this.ruleNumbers.set(ruleKey(r), n));
    this.the = this.words.internString('the', SCRIPT_LATIN);
  }

  add(entry: GlossaryEntry): void {
    const index = this.index;
    const trie = index.trie;
    index.entryCount++;
    const entity = index.entities.length;
    index.entities.push(entry.id);
    index.entityKinds.push(entry.kind);
    index.initials.push('');
    for (const name of allNames(entry)) {
      const s = (this.scanned = scanText(name, this.words, this.scanned));
      const words = s.count;
      if (words === 0) continue;
      let first = 0;
      // "The Kremlin", "the Taliban": English text writes the article or leaves it out, so names never need it.
      if (words > 1) {
        this.vocabId(0);
        if (s.keyId[0] === this.the && s.script[0] === SCRIPT_LATIN) first = 1;
      }
      const count = words - first;
      let plain = true;
      let node = ROOT;
      let firstId = -1;
      let lastId = -1;
      for (let t = first; t < words; t++) {
        lastId = this.vocabId(t);
        if (t === first) firstId = lastId;
        if (s.flags[t]! & T_ALL_CAPS) plain = false;
        node = childOrNew(trie, node, lastId);
      }
      let rule: number;
      if (plain && count > 1) rule = this.plainRule(count);
      else {
        const caseSensitive: number[] = [];
        for (let t = first; t < words; t++) caseSensitive.push(s.flags[t]! & T_ALL_CAPS ? lettersOf(name, s.start[t]!, s.end[t]!) : 0);
        rule = this.ruleNumber({ caseSensitive, needsCapital: count === 1 && caseSensitive[0] === 0 });
      }
      addEnd(trie, node, entity, rule);
      if (entry.kind === 'person' && count >= 2) {
        // A one- or two-letter "surname" (Xi, Си) is too short to find alone without false hits.
        if (lettersOf(name, s.start[words - 1]!, s.end[words - 1]!) >= 3) addTo(index.surnames, lastId, entity);
        addTo(index.givenNames, firstId, entity);
        const initial = index.keys[firstId]!.charAt(0);
        if (!index.initials[entity]!.includes(initial)) index.initials[entity] += initial;
      }
    }
    if (this.scanned) this.scanned.text = '';
  }

  /** The vocabulary id of the t-th word of the name just scanned. */
  private vocabId(t: number): number {
    const keyId = this.scanned!.keyId[t]!;
    if (keyId >= this.vocabOf.length) this.vocabOf = grown(this.vocabOf, Math.max(keyId + 1, this.vocabOf.length * 2), -1);
    let id = this.vocabOf[keyId]!;
    if (id < 0) {
      const key = this.words.keys[keyId]!;
      const index = this.index;
      id = index.vocab.get(key) ?? -1;
      if (id < 0) {
        id = index.keys.length;
        index.keys.push(key);
        index.vocab.set(key, id);
        index.vocabHashes.add(hashString(key));
      }
      this.vocabOf[keyId] = id;
    }
    return id;
  }

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
}

/** letterCount of text.slice(from, to), without the slice for the usual characters. */
function lettersOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return letterCount(text.slice(from, to));
    if ((CHAR_INFO[c] || charInfo(c)) & LETTER) n++;
  }
  return n;
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
