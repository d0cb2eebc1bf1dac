import type { EntityKind } from '../glossary/types';
import { hashString } from '../text/scan';
import { type CaseRule, type GlossaryIndex, type NameTrie } from './glossary-index';

/**
 * A GlossaryIndex packed for storage: a few typed arrays and joined strings instead of hundreds of
 * thousands of small objects, so writing it to IndexedDB and reading it back after a service-worker
 * restart costs a copy, not an index build. What can be recomputed cheaply (the vocabulary Map and
 * its hashes, the trie's edge hash table, child counts) is left out and rebuilt on load.
 */
export interface IndexSnapshot {
  format: typeof SNAPSHOT_TAG;
  version: number;
  entryCount: number;
  keys: PackedStrings;
  entities: PackedStrings;
  /** Per entity: its kind's position in `kindNames`. */
  entityKinds: Uint8Array;
  kindNames: string[];
  initials: PackedStrings;
  caseRules: CaseRule[];
  trie: PackedTrie;
  surnames: PackedLists;
  givenNames: PackedLists;
}

/**
 * Bump whenever GlossaryIndex's layout or what buildGlossaryIndex puts in it changes (the word
 * scanner, folding, case rules): snapshots of another version are rebuilt, never read.
 * tests/unit/recognition/index-snapshot.test.ts fails when the index changes and this does not.
 */
export const INDEX_SNAPSHOT_VERSION = 1;
const SNAPSHOT_TAG = 'tarjuma-glossary-index';
const ENTITY_KINDS: readonly EntityKind[] = ['person', 'organization'];

/** Strings end to end in one string, with each one's length. */
interface PackedStrings {
  text: string;
  lengths: Int32Array;
}

/**
 * The trie with its edge hash table listed by occupied slot (about a quarter of the slots are), in
 * slot order, so loading it writes the table front to back instead of hashing every edge again.
 * End-record arrays are cut to what is used.
 */
interface PackedTrie {
  nodeCount: number;
  /** The edge table's slot count (a power of two). */
  slotCount: number;
  /** Occupied slots, ascending, and their (parent, word, child) triples in the same order. */
  edgeSlots: Int32Array;
  edgeTriples: Int32Array;
  endFirst: Int32Array;
  endLast: Int32Array;
  endEntity: Int32Array;
  endRule: Int32Array;
  endNext: Int32Array;
}

/** Record<number, number[]> as sorted keys, where each key's list starts in `values`, and the lists end to end. */
interface PackedLists {
  keys: Int32Array;
  starts: Int32Array;
  values: Int32Array;
}

export function encodeIndexSnapshot(index: GlossaryIndex): IndexSnapshot {
  const kindNames = [...new Set(index.entityKinds)];
  return {
    format: SNAPSHOT_TAG,
    version: INDEX_SNAPSHOT_VERSION,
    entryCount: index.entryCount,
    keys: packStrings(index.keys),
    entities: packStrings(index.entities),
    entityKinds: Uint8Array.from(index.entityKinds, (k) => kindNames.indexOf(k)),
    kindNames,
    initials: packStrings(index.initials),
    caseRules: index.caseRules.map((r) => ({ caseSensitive: [...r.caseSensitive], needsCapital: r.needsCapital })),
    trie: packTrie(index.trie),
    surnames: packLists(index.surnames),
    givenNames: packLists(index.givenNames),
  };
}

/**
 * The index a snapshot holds, or undefined when it is not one this code wrote: another format
 * version, missing or mistyped fields, or numbers pointing outside their arrays (which would make
 * the matcher read garbage or loop). The caller then builds the index from the entries.
 */
export function decodeIndexSnapshot(value: unknown): GlossaryIndex | undefined {
  try {
    return decode(value);
  } catch {
    return undefined;
  }
}

function decode(value: unknown): GlossaryIndex | undefined {
  if (!isObject(value) || value.format !== SNAPSHOT_TAG || value.version !== INDEX_SNAPSHOT_VERSION) return undefined;
  const s = value as unknown as IndexSnapshot;
  const entryCount = s.entryCount;
  if (!isCount(entryCount)) return undefined;
  const keys = unpackStrings(s.keys);
  const entities = unpackStrings(s.entities);
  const initials = unpackStrings(s.initials);
  if (!keys || !entities || !initials || entities.length !== entryCount || initials.length !== entryCount) return undefined;
  const entityKinds = unpackKinds(s.entityKinds, s.kindNames, entryCount);
  const caseRules = checkedRules(s.caseRules);
  if (!entityKinds || !caseRules) return undefined;
  const trie = unpackTrie(s.trie, keys.length, entryCount, caseRules.length);
  const surnames = unpackLists(s.surnames, keys.length, entryCount);
  const givenNames = unpackLists(s.givenNames, keys.length, entryCount);
  if (!trie || !surnames || !givenNames) return undefined;
  const vocab = new Map<string, number>();
  const vocabHashes = new Set<number>();
  for (let id = 0; id < keys.length; id++) {
    vocab.set(keys[id]!, id);
    vocabHashes.add(hashString(keys[id]!));
  }
  if (vocab.size !== keys.length) return undefined;
  return { keys, vocab, vocabHashes, entities, entityKinds, caseRules, trie, surnames, givenNames, initials, entryCount };
}

function packStrings(strings: readonly string[]): PackedStrings {
  return { text: strings.join(''), lengths: Int32Array.from(strings, (s) => s.length) };
}

function unpackStrings(p: unknown): string[] | undefined {
  if (!isObject(p) || typeof p.text !== 'string' || !(p.lengths instanceof Int32Array)) return undefined;
  const { text, lengths } = p as unknown as PackedStrings;
  const out = new Array<string>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const end = at + lengths[i]!;
    if (end < at || end > text.length) return undefined;
    out[i] = text.slice(at, end);
    at = end;
  }
  return at === text.length ? out : undefined;
}

function unpackKinds(codes: unknown, names: unknown, entryCount: number): EntityKind[] | undefined {
  if (!(codes instanceof Uint8Array) || codes.length !== entryCount || !Array.isArray(names)) return undefined;
  if (!names.every((n) => ENTITY_KINDS.includes(n as EntityKind))) return undefined;
  const kinds = new Array<EntityKind>(entryCount);
  for (let i = 0; i < entryCount; i++) {
    const kind = names[codes[i]!] as EntityKind | undefined;
    if (kind === undefined) return undefined;
    kinds[i] = kind;
  }
  return kinds;
}

function checkedRules(rules: unknown): CaseRule[] | undefined {
  if (!Array.isArray(rules)) return undefined;
  const ok = rules.every((r) => isObject(r) && typeof r.needsCapital === 'boolean' && Array.isArray(r.caseSensitive) && r.caseSensitive.every(isCount));
  return ok ? (rules as CaseRule[]) : undefined;
}

function packTrie(trie: NameTrie): PackedTrie {
  const edges = trie.edges;
  const edgeSlots = new Int32Array(trie.edgeCount);
  const edgeTriples = new Int32Array(trie.edgeCount * 3);
  let n = 0;
  for (let slot = 0; slot * 3 < edges.length; slot++) {
    if (edges[slot * 3 + 2]! < 0) continue;
    edgeSlots[n] = slot;
    edgeTriples.set(edges.subarray(slot * 3, slot * 3 + 3), n * 3);
    n++;
  }
  return {
    nodeCount: trie.nodeCount,
    slotCount: edges.length / 3,
    edgeSlots,
    edgeTriples,
    endFirst: trie.endFirst.slice(0, trie.nodeCount),
    endLast: trie.endLast.slice(0, trie.nodeCount),
    endEntity: trie.endEntity.slice(0, trie.endCount),
    endRule: trie.endRule.slice(0, trie.endCount),
    endNext: trie.endNext.slice(0, trie.endCount),
  };
}

function unpackTrie(p: unknown, vocabSize: number, entryCount: number, ruleCount: number): NameTrie | undefined {
  if (!isObject(p)) return undefined;
  const t = p as unknown as PackedTrie;
  const { nodeCount: nodes, slotCount: slots } = t;
  if (!isCount(nodes) || nodes < 1 || !isCount(slots) || slots < nodes || (slots & (slots - 1)) !== 0) return undefined;
  const arrays = [t.edgeSlots, t.edgeTriples, t.endFirst, t.endLast, t.endEntity, t.endRule, t.endNext];
  if (!arrays.every((a) => a instanceof Int32Array)) return undefined;
  const ends = t.endEntity.length;
  if (t.endFirst.length !== nodes || t.endLast.length !== nodes || t.endRule.length !== ends || t.endNext.length !== ends) return undefined;
  const edges = unpackEdges(t, vocabSize);
  if (!edges) return undefined;
  for (let n = 0; n < nodes; n++) if (!within(t.endFirst[n]!, -1, ends) || !within(t.endLast[n]!, -1, ends)) return undefined;
  // An end chain only goes forward (records are appended), so walking it always stops.
  for (let e = 0; e < ends; e++) {
    const next = t.endNext[e]!;
    if (!within(t.endEntity[e]!, 0, entryCount) || !within(t.endRule[e]!, 0, ruleCount) || (next !== -1 && !within(next, e + 1, ends))) return undefined;
  }
  return {
    nodeCount: nodes, childCount: edges.childCount, endFirst: t.endFirst, endLast: t.endLast,
    endCount: ends, endEntity: t.endEntity, endRule: t.endRule, endNext: t.endNext,
    edges: edges.table, edgeCount: nodes - 1,
  };
}

/**
 * The edge hash table back, and each node's child count. Every node but the root must be the child
 * of exactly one edge, and some slot must stay empty (a lookup probes until it meets one).
 */
function unpackEdges(t: PackedTrie, vocabSize: number): { table: Int32Array; childCount: Int32Array } | undefined {
  const { nodeCount: nodes, slotCount: slots, edgeSlots, edgeTriples } = t;
  const edgeCount = nodes - 1;
  if (edgeSlots.length !== edgeCount || edgeTriples.length !== edgeCount * 3 || edgeCount >= slots) return undefined;
  const table = new Int32Array(slots * 3).fill(-1);
  const childCount = new Int32Array(nodes);
  const hasParent = new Uint8Array(nodes);
  let lastSlot = -1;
  for (let i = 0; i < edgeCount; i++) {
    const slot = edgeSlots[i]!;
    const parent = edgeTriples[i * 3]!;
    const word = edgeTriples[i * 3 + 1]!;
    const child = edgeTriples[i * 3 + 2]!;
    if (slot <= lastSlot || slot >= slots || !within(parent, 0, nodes) || !within(word, 0, vocabSize) || !within(child, 1, nodes) || hasParent[child]) return undefined;
    hasParent[child] = 1;
    childCount[parent]!++;
    table[slot * 3] = parent;
    table[slot * 3 + 1] = word;
    table[slot * 3 + 2] = child;
    lastSlot = slot;
  }
  return { table, childCount };
}

function packLists(lists: Record<number, number[]>): PackedLists {
  const keys = Object.keys(lists).map(Number).sort((a, b) => a - b);
  const starts = new Int32Array(keys.length + 1);
  let total = 0;
  keys.forEach((k, i) => {
    starts[i] = total;
    total += lists[k]!.length;
  });
  starts[keys.length] = total;
  const values = new Int32Array(total);
  keys.forEach((k, i) => values.set(lists[k]!, starts[i]));
  return { keys: Int32Array.from(keys), starts, values };
}

/** The lists back, each ascending as the matcher's binary searches need. */
function unpackLists(p: unknown, vocabSize: number, entryCount: number): Record<number, number[]> | undefined {
  if (!isObject(p) || !(p.keys instanceof Int32Array) || !(p.starts instanceof Int32Array) || !(p.values instanceof Int32Array)) return undefined;
  const { keys, starts, values } = p as unknown as PackedLists;
  if (starts.length !== keys.length + 1 || starts[0] !== 0 || starts[keys.length] !== values.length) return undefined;
  const lists: Record<number, number[]> = {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const from = starts[i]!;
    const to = starts[i + 1]!;
    if (!within(key, 0, vocabSize) || lists[key] || to <= from) return undefined;
    const list = new Array<number>(to - from);
    for (let k = from; k < to; k++) {
      const v = values[k]!;
      if (!within(v, 0, entryCount) || (k > from && v <= values[k - 1]!)) return undefined;
      list[k - from] = v;
    }
    lists[key] = list;
  }
  return lists;
}

/** lo ≤ n < hi. */
function within(n: number, lo: number, hi: number): boolean {
  return n >= lo && n < hi;
}

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
