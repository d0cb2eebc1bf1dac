import type { EntityKind, GlossaryEntry } from '../glossary/types';
import { LANGS } from '../glossary/types';
import { tokenize, type Token } from '../text/tokenize';

/** What a path of folded keys in the trie spells: one name of one entry. */
export interface NameEnd {
  entityId: string;
  kind: EntityKind;
  /** Per token of the name: its letter count when it is an all-caps abbreviation (case-sensitive), else 0. */
  caseSensitive: number[];
  /** A one-word name that is not an abbreviation: it must be capitalized in the text. */
  needsCapital: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  ends: NameEnd[];
}

/**
 * The glossary compiled for matching: a trie over folded word keys, so the matcher's work grows with
 * the text, not with the number of entries; plus the surnames of people, which count only once the
 * article has named the person in full (or with a title).
 */
export interface GlossaryIndex {
  root: TrieNode;
  /** Folded surname key → ids of people with that surname. */
  surnames: Map<string, string[]>;
  /** Folded given-name key → ids of people with that given name (a surname that is someone's given name is ambiguous alone). */
  givenNames: Map<string, string[]>;
  /** Person id → folded first letters of their given names, for "С. Лавров", "S. Lavrov". */
  initials: Map<string, Set<string>>;
  kinds: Map<string, EntityKind>;
  entryCount: number;
}

export function buildGlossaryIndex(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const index: GlossaryIndex = {
    root: newNode(), surnames: new Map(), givenNames: new Map(), initials: new Map(), kinds: new Map(), entryCount: 0,
  };
  for (const entry of entries) addEntry(index, entry);
  return index;
}

export function addEntry(index: GlossaryIndex, entry: GlossaryEntry): void {
  index.kinds.set(entry.id, entry.kind);
  index.entryCount++;
  for (const name of allNames(entry)) {
    const tokens = withoutArticle(tokenize(name));
    if (tokens.length === 0) continue;
    insertName(index.root, tokens, entry);
    if (entry.kind === 'person' && tokens.length >= 2) {
      addSurname(index, tokens[tokens.length - 1]!, entry.id);
      addTo(index.givenNames, tokens[0]!.key, entry.id);
      const initials = index.initials.get(entry.id) ?? new Set<string>();
      initials.add(tokens[0]!.key.charAt(0));
      index.initials.set(entry.id, initials);
    }
  }
}

/** "The Kremlin", "the Taliban": English text writes the article or leaves it out, so names never need it. */
function withoutArticle(tokens: Token[]): Token[] {
  return tokens.length > 1 && tokens[0]!.script === 'latin' && tokens[0]!.key === 'the' ? tokens.slice(1) : tokens;
}

function addTo(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  // An entry's names are added one after another, so a repeat is always the last id.
  else if (ids[ids.length - 1] !== id) ids.push(id);
}

/** Every name an entry may be written as, in any language: current names first, then former ones. */
export function allNames(entry: GlossaryEntry): string[] {
  const names = new Set<string>();
  for (const lang of LANGS) for (const n of entry.names[lang] ?? []) names.add(n);
  for (const lang of LANGS) for (const n of entry.formerNames?.[lang] ?? []) names.add(n);
  return [...names];
}

function insertName(root: TrieNode, tokens: Token[], entry: GlossaryEntry): void {
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token.key);
    if (!child) {
      child = newNode();
      node.next.set(token.key, child);
    }
    node = child;
  }
  const caseSensitive = tokens.map((t) => (t.allCaps ? letterCount(t.surface) : 0));
  const end: NameEnd = {
    entityId: entry.id,
    kind: entry.kind,
    caseSensitive,
    needsCapital: tokens.length === 1 && !tokens[0]!.allCaps,
  };
  const same = node.ends.find((e) => e.entityId === entry.id);
  if (!same) node.ends.push(end);
  else if (sameCaseRules(same, end) === false) node.ends.push(end);
}

function sameCaseRules(a: NameEnd, b: NameEnd): boolean {
  return a.needsCapital === b.needsCapital && a.caseSensitive.join() === b.caseSensitive.join();
}

function addSurname(index: GlossaryIndex, token: Token, entityId: string): void {
  // A one- or two-letter "surname" (Xi, Си) is too short to find alone without false hits.
  if (letterCount(token.surface) < 3) return;
  addTo(index.surnames, token.key, entityId);
}

function letterCount(s: string): number {
  return s.replace(/[^\p{L}]/gu, '').length;
}

function newNode(): TrieNode {
  return { next: new Map(), ends: [] };
}
