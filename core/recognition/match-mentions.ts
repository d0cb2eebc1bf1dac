import type { EntityKind } from '../glossary/types';
import { baseForms, isTitleWord, type BaseForm } from '../languages';
import { tokenize, type Token } from '../text/tokenize';
import type { GlossaryIndex, NameEnd, TrieNode } from './glossary-index';

export interface Mention {
  /** UTF-16 offsets into the text: text.slice(start, end) is the mention as written. */
  start: number;
  end: number;
  text: string;
  entityId: string;
  kind: EntityKind;
}

interface Candidate {
  first: number;
  last: number;
  ends: NameEnd[];
}

// What may stand between two words of one name: spaces and line breaks, hyphens (Қосим-Жомарт,
// names hyphenated across lines), brackets and quotes inside organization names (АМИТ «Ховар»,
// Russian-Tajik (Slavonic) University). Never sentence punctuation or a paragraph break.
const JOINER = /^(?:[\s\u00A0]*[-\u2010\u2011\u2012\u2013(«"“„)»”][\s\u00A0]*|[\s\u00A0]+)$/u;
const PARAGRAPH_BREAK = /\n[\s\u00A0]*\n/;
const MAX_JOINER_LENGTH = 6;

/**
 * Finds the glossary's people and organizations in a text.
 *
 * Pass 1 walks the trie from every word over the word's possible base forms (inflection rules of
 * its script) and keeps the leftmost-longest names. Pass 2 finds people by surname alone, but only
 * people the article has already named in full, or whose surname follows a title ("President Rahmon").
 */
export function matchMentions(text: string, index: GlossaryIndex): Mention[] {
  const tokens = tokenize(text);
  const formsCache = new Map<string, BaseForm[]>();
  const formsOf = (t: Token): BaseForm[] => {
    const cacheKey = t.script + t.key;
    let forms = formsCache.get(cacheKey);
    if (!forms) {
      forms = baseForms(t.key, t.script);
      formsCache.set(cacheKey, forms);
    }
    return forms;
  };

  const named = selectLongest(findNames(text, tokens, index, formsOf), tokens.length);
  const resolved = resolveAmbiguous(named);
  const covered = new Uint8Array(tokens.length);
  for (const m of resolved) covered.fill(1, m.first, m.last + 1);
  const bySurname = findSurnames(tokens, index, formsOf, resolved, covered);

  return [...resolved, ...bySurname]
    .sort((a, b) => a.first - b.first)
    .map((m) => {
      const start = tokens[m.first]!.start;
      const end = tokens[m.last]!.end;
      return { start, end, text: text.slice(start, end), entityId: m.entityId, kind: m.kind };
    });
}

interface Linked {
  first: number;
  last: number;
  entityId: string;
  kind: EntityKind;
}

function findNames(
  text: string,
  tokens: Token[],
  index: GlossaryIndex,
  formsOf: (t: Token) => BaseForm[],
): Candidate[] {
  const found: Candidate[] = [];
  for (let first = 0; first < tokens.length; first++) {
    // Each active state: a trie node reached after matching tokens first..j.
    let active: TrieNode[] = [index.root];
    for (let j = first; j < tokens.length && active.length > 0; j++) {
      if (j > first && !joins(text, tokens[j - 1]!, tokens[j]!)) break;
      const token = tokens[j]!;
      const nextActive: TrieNode[] = [];
      for (const node of active) {
        for (const form of formsOf(token)) {
          const child = node.next.get(form.key);
          if (!child || nextActive.includes(child)) continue;
          nextActive.push(child);
          const ends = child.ends.filter((end) => caseFits(end, tokens, first, j));
          if (ends.length > 0) found.push({ first, last: j, ends });
        }
      }
      active = nextActive;
    }
  }
  return found;
}

function joins(text: string, left: Token, right: Token): boolean {
  if (right.start - left.end > MAX_JOINER_LENGTH) return false;
  const between = text.slice(left.end, right.start);
  return JOINER.test(between) && !PARAGRAPH_BREAK.test(between);
}

/** All-caps abbreviations must be all caps in the text (ООН, not "он"); one-word names capitalized. */
function caseFits(end: NameEnd, tokens: Token[], first: number, last: number): boolean {
  if (end.needsCapital && !tokens[first]!.capitalized) return false;
  for (let p = 0; p < end.caseSensitive.length; p++) {
    const letters = end.caseSensitive[p]!;
    if (letters === 0) continue;
    const token = tokens[first + p];
    if (!token || first + p > last) return false;
    const prefix = token.surface.replace(/[^\p{L}]/gu, '').slice(0, letters);
    if (prefix.length < letters || prefix !== prefix.toUpperCase()) return false;
    // An abbreviation must not run on into more capitals (UN in UNDP is already a different key,
    // but UNDPs or ОДКБЕ would otherwise reach here through an ending rule).
    const rest = token.surface.replace(/[^\p{L}]/gu, '').slice(letters);
    if (rest !== rest.toLowerCase()) return false;
  }
  return true;
}

/** Leftmost-longest: at each position the longest name wins; overlapping shorter names are dropped. */
function selectLongest(candidates: Candidate[], tokenCount: number): Candidate[] {
  const bestAt = new Array<Candidate | undefined>(tokenCount);
  for (const c of candidates) {
    const best = bestAt[c.first];
    if (!best || c.last > best.last) bestAt[c.first] = c;
    else if (c.last === best.last) best.ends.push(...c.ends.filter((e) => !best.ends.some((b) => b.entityId === e.entityId)));
  }
  const chosen: Candidate[] = [];
  let nextFree = 0;
  for (let i = 0; i < tokenCount; i++) {
    const c = bestAt[i];
    if (!c || i < nextFree) continue;
    chosen.push(c);
    nextFree = c.last + 1;
  }
  return chosen;
}

/**
 * A name shared by several entries is linked to the one the article names unambiguously elsewhere;
 * if none or several are, it stays unlinked rather than guessed.
 */
function resolveAmbiguous(candidates: Candidate[]): Linked[] {
  const sure = new Set<string>();
  for (const c of candidates) {
    const ids = new Set(c.ends.map((e) => e.entityId));
    if (ids.size === 1) sure.add(c.ends[0]!.entityId);
  }
  const linked: Linked[] = [];
  for (const c of candidates) {
    const ids = [...new Set(c.ends.map((e) => e.entityId))];
    const pick = ids.length === 1 ? ids[0] : only(ids.filter((id) => sure.has(id)));
    if (!pick) continue;
    const end = c.ends.find((e) => e.entityId === pick)!;
    linked.push({ first: c.first, last: c.last, entityId: pick, kind: end.kind });
  }
  return linked;
}

function findSurnames(
  tokens: Token[],
  index: GlossaryIndex,
  formsOf: (t: Token) => BaseForm[],
  named: Linked[],
  covered: Uint8Array,
): Linked[] {
  // Where each person was named in full, in text order.
  const fullMentions = new Map<string, number[]>();
  for (const m of named) {
    if (m.kind !== 'person') continue;
    const list = fullMentions.get(m.entityId) ?? [];
    list.push(m.first);
    fullMentions.set(m.entityId, list);
  }
  const found: Linked[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const token = tokens[i]!;
    if (!token.capitalized) continue;
    const ids = new Set<string>();
    for (const form of formsOf(token)) for (const id of index.surnames.get(form.key) ?? []) ids.add(id);
    if (ids.size === 0) continue;
    const afterTitle = i > 0 && isTitleWord(tokens[i - 1]!.key, tokens[i - 1]!.script);
    const pick = pickPerson([...ids], i, fullMentions, afterTitle);
    if (pick) found.push({ first: i, last: i, entityId: pick, kind: 'person' });
  }
  return found;
}

/**
 * Of the people sharing a surname: the one the article named in full most recently before this
 * word; else the only one it names in full anywhere; else, after a title, the only such person in
 * the glossary. Otherwise nobody: a wrong link is worse than none.
 */
function pickPerson(ids: string[], at: number, fullMentions: Map<string, number[]>, afterTitle: boolean): string | undefined {
  const introduced = ids.filter((id) => fullMentions.has(id));
  let best: string | undefined;
  let bestPos = -1;
  for (const id of introduced) {
    for (const pos of fullMentions.get(id)!) {
      if (pos < at && pos > bestPos) {
        best = id;
        bestPos = pos;
      }
    }
  }
  if (best) return best;
  if (introduced.length > 0) return only(introduced);
  return afterTitle ? only(ids) : undefined;
}

function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
