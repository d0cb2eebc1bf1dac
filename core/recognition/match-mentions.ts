import type { EntityKind } from '../glossary/types';
import { T_CAPITALIZED, T_ONE_UNIT, scanText } from '../text/scan';
import { childOf, hasChildren, ROOT, type GlossaryIndex } from './glossary-index';
import { runtimeOf } from './index-runtime';
import { repairedWords } from './word-graph';
import { caseFits, joins, type Candidate, type Linked, type MatchContext, type WordRef } from './match-context';
import { findItemsAfterShared, findItemsBeforeShared } from './coordination';
import { findSurnames, only } from './surnames';

export interface Mention {
  /** UTF-16 offsets into the text: text.slice(start, end) is the mention as written. */
  start: number;
  end: number;
  text: string;
  entityId: string;
  kind: EntityKind;
}

/**
 * Finds the glossary's people and organizations in a text.
 *
 * One scan finds the words and their interned folded keys (no object per word). Pass 1 walks the
 * trie from every word that, in some base form (inflection rules of its script), starts a name,
 * and keeps the leftmost-longest names, with the items of lists that share a name's words ("the
 * Russian and Syrian defense ministries", "МИД России и Таджикистана": coordination.ts). Pass 2
 * (surnames.ts) finds people by surname alone, but only people the article has already named in full, or whose
 * surname follows a title ("President Rahmon", "Foreign Ministers Lavrov and Muhriddin") or their
 * initial ("С. Лавров"), or a rare surname the article repeats. Words that no glossary word can be a
 * form of are never looked at again after the scan.
 */
export function matchMentions(text: string, index: GlossaryIndex): Mention[] {
  const rt = runtimeOf(index);
  rt.prepare();
  const s = (rt.scanned = scanText(text, rt.keys, rt.scanned));
  const extraList = [...repairedWords(s).values()].flat();
  const extraAt = new Map<number, number[]>();
  extraList.forEach((w, k) => {
    const refs = extraAt.get(w.first);
    if (refs) refs.push(~k);
    else extraAt.set(w.first, [~k]);
  });
  const ctx: MatchContext = { text, s, rt, index, extraList, extraAt };

  const sites: number[] = [];
  const starts: number[] = [];
  const names = findNames(ctx, sites, starts);
  const named = selectLongest([...names, ...findItemsBeforeShared(ctx, starts)]);
  const covered = rt.marks('covered', s.count);
  for (const m of named) covered.fill(1, m.first, m.last + 1);
  const resolved = resolveAmbiguous(index, [...named, ...findItemsAfterShared(ctx, named, covered)]);
  covered.fill(0);
  for (const m of resolved) covered.fill(1, m.first, m.last + 1);
  const bySurname = findSurnames(ctx, resolved, covered, sites);

  const mentions = [...resolved, ...bySurname]
    .sort((a, b) => a.first - b.first)
    .map((m) => {
      const end = closeQuote(text, s.start[m.first]!, s.end[m.last]!);
      const start = openBracket(text, s.start[m.first]!, end);
      return { start, end, text: text.slice(start, end), entityId: m.entityId, kind: m.kind };
    });
  s.text = ''; // the reused scan must not keep the page's text alive
  return mentions;
}

const CLOSERS: Record<string, string> = { '«': '»', '“': '”', '„': '“”', '(': ')', '"': '"', '‘': '’' };

const OPENERS = new Set(Object.keys(CLOSERS).map((ch) => ch.charCodeAt(0)));

/** A name read through an editor's bracket ("[Syrian] Regime") takes the opening one too. */
function openBracket(text: string, start: number, end: number): number {
  if (start === 0 || text.charAt(start - 1) !== '[') return start;
  const inside = text.slice(start, end);
  return inside.includes(']') && !inside.includes('[') ? start - 1 : start;
}

/** A name that opens a quote or bracket inside it (АМИТ «Ховар») takes the closing one too. */
function closeQuote(text: string, start: number, end: number): number {
  let opens = false;
  for (let k = start; k < end && !opens; k++) {
    const c = text.charCodeAt(k);
    opens = c < 0x80 ? c === 0x28 || c === 0x22 : OPENERS.has(c);
  }
  if (!opens) return end;
  const inside = text.slice(start, end);
  for (const [open, close] of Object.entries(CLOSERS)) {
    if (!inside.includes(open)) continue;
    const opened = inside.split(open).length - 1;
    const closed = open === '"' ? 0 : [...close].reduce((n, c) => n + inside.split(c).length - 1, 0);
    const unbalanced = open === '"' ? opened % 2 === 1 : opened > closed;
    if (unbalanced && close.includes(text.charAt(end))) return end + 1;
  }
  return end;
}

const NO_REFS: WordRef[] = [];

/** Pass 1: every name path in the trie; also collects the tokens where a surname or a name may start. */
function findNames(ctx: MatchContext, sites: number[], nameStarts: number[]): Candidate[] {
  const { s, rt } = ctx;
  const found: Candidate[] = [];
  const keyId = s.keyId;
  const hasExtra = ctx.extraAt.size > 0;
  const path: WordRef[] = [];
  for (let first = 0; first < s.count; first++) {
    const info = rt.infoOf(keyId[first]!);
    let starts = info.startsName;
    let surname = info.surname;
    if (hasExtra) {
      for (const r of ctx.extraAt.get(first) ?? NO_REFS) {
        const wi = rt.infoOf(ctx.extraList[~r]!.keyId);
        starts ||= wi.startsName;
        surname ||= wi.surname;
      }
    }
    if (surname) sites.push(first);
    // Most words start no name: they cost the reads above.
    if (starts) {
      walk(ctx, first, ROOT, path, -1, false, first, found);
      nameStarts.push(first);
    }
  }
  return found;
}

/** Reads on from a trie node at token `at`: the paths of name words (and skipped middle names) that join up. */
function walk(ctx: MatchContext, first: number, node: number, path: WordRef[], lastToken: number, afterInitial: boolean, at: number, found: Candidate[]): void {
  const { s, rt } = ctx;
  if (at >= s.count) return;
  if (lastToken >= 0 && !joins(ctx, lastToken, at, afterInitial)) return;
  const forms = rt.infoOf(s.keyId[at]!).forms;
  if (forms.length > 0) step(ctx, first, node, path, at, forms, at, found);
  if (ctx.extraAt.size > 0) {
    for (const r of ctx.extraAt.get(at) ?? NO_REFS) {
      const w = ctx.extraList[~r]!;
      step(ctx, first, node, path, r, rt.infoOf(w.keyId).forms, w.last, found);
    }
  }
  // A patronymic or a middle initial inside a glossary name that has none ("Михаил
  // Владимирович Мишустин", "George W. Bush") is read past.
  if (node !== ROOT && path.length >= 1) {
    if (rt.isMiddleName(s.keyId[at]!)) walk(ctx, first, node, path, at, false, at + 1, found);
    else if ((s.flags[at]! & (T_ONE_UNIT | T_CAPITALIZED)) === (T_ONE_UNIT | T_CAPITALIZED) && ctx.text[s.end[at]!] === '.') {
      walk(ctx, first, node, path, at, true, at + 1, found);
    }
  }
}

/** Follows the trie from a node along each form of one word. */
function step(ctx: MatchContext, first: number, node: number, path: WordRef[], ref: WordRef, forms: number[], last: number, found: Candidate[]): void {
  const trie = ctx.index.trie;
  for (const id of forms) {
    const child = childOf(trie, node, id);
    if (child < 0) continue;
    path.push(ref);
    let fit: number[] | undefined;
    for (let e = trie.endFirst[child]!; e >= 0; e = trie.endNext[e]!) {
      const entity = trie.endEntity[e]!;
      if ((!fit || !fit.includes(entity)) && caseFits(ctx.index.caseRules[trie.endRule[e]!]!, path, ctx)) (fit ??= []).push(entity);
    }
    if (fit) found.push({ first, last, entities: fit });
    if (hasChildren(trie, child)) walk(ctx, first, child, path, last, false, last + 1, found);
    path.pop();
  }
}

/** Leftmost-longest: at each position the longest name wins; overlapping shorter names are dropped. */
function selectLongest(candidates: Candidate[]): Candidate[] {
  const bestAt = new Map<number, Candidate>();
  const reach = (c: Candidate) => c.reach ?? c.last;
  for (const c of candidates) {
    const best = bestAt.get(c.first);
    if (!best || reach(c) > reach(best)) bestAt.set(c.first, c);
    else if (reach(c) === reach(best) && c.last === best.last) best.entities.push(...c.entities.filter((e) => !best.entities.includes(e)));
  }
  const chosen: Candidate[] = [];
  let nextFree = 0;
  for (const first of [...bestAt.keys()].sort((a, b) => a - b)) {
    const c = bestAt.get(first)!;
    if (first < nextFree) continue;
    chosen.push(c);
    nextFree = c.last + 1;
  }
  return chosen;
}

/**
 * A name shared by several entries is linked to the one the article names unambiguously elsewhere;
 * if none or several are, it stays unlinked rather than guessed.
 */
function resolveAmbiguous(index: GlossaryIndex, candidates: Candidate[]): Linked[] {
  const idsOf = (c: Candidate) => (c.entities.length === 1 ? [index.entities[c.entities[0]!]!] : [...new Set(c.entities.map((e) => index.entities[e]!))]);
  const sure = new Set<string>();
  for (const c of candidates) {
    const ids = idsOf(c);
    if (ids.length === 1) sure.add(ids[0]!);
  }
  const linked: Linked[] = [];
  for (const c of candidates) {
    const ids = idsOf(c);
    const pick = ids.length === 1 ? ids[0] : only(ids.filter((id) => sure.has(id)));
    if (!pick) continue;
    const entity = c.entities.find((e) => index.entities[e] === pick)!;
    linked.push({ first: c.first, last: c.last, entity, entityId: pick, kind: index.entityKinds[entity]! });
  }
  return linked;
}
