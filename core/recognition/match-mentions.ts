import type { EntityKind } from '../glossary/types';
import { T_CAPITALIZED, T_ONE_UNIT, scanText } from '../text/scan';
import { scriptName } from '../text/char-table';
import { isCommonSurname } from '../languages';
import { childOf, type GlossaryIndex, type TrieNode } from './glossary-index';
import { runtimeOf, type IndexRuntime } from './index-runtime';
import { repairedWords, wordLetterCount, type Word } from './word-graph';
import { caseFits, inCapitals, joins, wordOf, type Candidate, type MatchContext, type WordRef } from './match-context';
import { findItemsAfterShared, findItemsBeforeShared, separatorAfter } from './coordination';

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
 * finds people by surname alone, but only people the article has already named in full, or whose
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
  const covered = marks(rt, 'covered', s.count);
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

/** The words starting at a token that some glossary word may be a form of. */
function wordsAt(ctx: MatchContext, at: number): WordRef[] {
  const { s, rt } = ctx;
  const list: WordRef[] = rt.infoOf(s.keyId[at]!).forms.length > 0 ? [at] : [];
  for (const r of ctx.extraAt.get(at) ?? NO_REFS) if (rt.infoOf(ctx.extraList[~r]!.keyId).forms.length > 0) list.push(r);
  return list;
}

const NO_REFS: WordRef[] = [];

interface Linked {
  first: number;
  last: number;
  entityId: string;
  kind: EntityKind;
}

/** Pass 1: every name path in the trie; also collects the tokens where a surname or a name may start. */
function findNames(ctx: MatchContext, sites: number[], nameStarts: number[]): Candidate[] {
  const { s, rt } = ctx;
  const found: Candidate[] = [];
  const root = ctx.index.root;
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
      walk(ctx, first, root, path, -1, false, first, found);
      nameStarts.push(first);
    }
  }
  return found;
}

/** Reads on from a trie node at token `at`: the paths of name words (and skipped middle names) that join up. */
function walk(ctx: MatchContext, first: number, node: TrieNode, path: WordRef[], lastToken: number, afterInitial: boolean, at: number, found: Candidate[]): void {
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
  if (node !== ctx.index.root && path.length >= 1) {
    if (rt.isMiddleName(s.keyId[at]!)) walk(ctx, first, node, path, at, false, at + 1, found);
    else if ((s.flags[at]! & (T_ONE_UNIT | T_CAPITALIZED)) === (T_ONE_UNIT | T_CAPITALIZED) && ctx.text[s.end[at]!] === '.') {
      walk(ctx, first, node, path, at, true, at + 1, found);
    }
  }
}

/** Follows the trie from a node along each form of one word. */
function step(ctx: MatchContext, first: number, node: TrieNode, path: WordRef[], ref: WordRef, forms: number[], last: number, found: Candidate[]): void {
  for (const id of forms) {
    const child = childOf(node, id);
    if (!child) continue;
    path.push(ref);
    const ends = child.e;
    if (ends) {
      let fit: number[] | undefined;
      for (let k = 0; k < ends.length; k += 2) {
        const entity = ends[k]!;
        if ((!fit || !fit.includes(entity)) && caseFits(ctx.index.caseRules[ends[k + 1]!]!, path, ctx)) (fit ??= []).push(entity);
      }
      if (fit) found.push({ first, last, entities: fit });
    }
    if (child.k) walk(ctx, first, child, path, last, false, last + 1, found);
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
    linked.push({ first: c.first, last: c.last, entityId: pick, kind: index.entityKinds[entity]! });
  }
  return linked;
}

interface SurnameSite {
  word: Word;
  /** Entity numbers of the people with this surname. */
  ids: number[];
  evidence: SurnameEvidence;
}

/** Pass 2: surnames alone, at the tokens pass 1 marked as possible surnames. */
function findSurnames(ctx: MatchContext, named: Linked[], covered: Uint8Array, at: number[]): Linked[] {
  const { s, rt, index } = ctx;
  if (at.length === 0) return [];
  // Where each person was named in full, in text order.
  const fullMentions = new Map<string, number[]>();
  for (const m of named) {
    if (m.kind !== 'person') continue;
    const list = fullMentions.get(m.entityId) ?? [];
    list.push(m.first);
    fullMentions.set(m.entityId, list);
  }
  // People the article names in full in lower case ("шавкат мирзиёев"): its author writes names so,
  // and their surname alone counts in lower case too.
  const namedInLowerCase = new Set<string>();
  for (const m of named) if (m.kind === 'person' && (s.flags[m.first]! & T_CAPITALIZED) === 0) namedInLowerCase.add(m.entityId);
  // Tokens inside a person's name: a title before them is that person's, not the next surname's.
  const personAt = marks(ctx.rt, 'personAt', s.count);
  for (const m of named) if (m.kind === 'person') personAt.fill(1, m.first, m.last + 1);
  const sites: SurnameSite[] = [];
  let nextFree = 0;
  for (const i of at) {
    if (i < nextFree) continue;
    // The longest word first: "Раҳмон" split as "Ра ҳ мон" reads as one word.
    const candidates = wordsAt(ctx, i).map((r) => wordOf(ctx, r)).sort((a, b) => b.last - a.last);
    for (const word of candidates) {
      if ((!word.capitalized && namedInLowerCase.size === 0) || isCovered(covered, word)) continue;
      // A surname that is also a common word (Tajik "дар" = in; Dar) is that word.
      if (rt.isFunctionWord(word.keyId)) continue;
      const ids = new Set<number>();
      // A surname that is also someone's given name (Эмомалӣ) is ambiguous on its own; only the
      // form that is the surname counts (Жээнбеков is not a form of the given name Жээнбек).
      const alsoGiven = new Set<number>();
      let common = false;
      for (const form of rt.infoOf(word.keyId).forms) {
        const owners = index.surnames[form];
        if (!owners) continue;
        common ||= isCommonSurname(index.keys[form]!, scriptName(word.script));
        for (const id of owners) if (word.capitalized || namedInLowerCase.has(index.entities[id]!)) ids.add(id);
        for (const id of index.givenNames[form] ?? []) alsoGiven.add(id);
      }
      if (ids.size === 0) continue;
      // In a headline in capitals every word looks like a name: only a person named in full counts.
      const shouted = word.allCaps && inCapitals(word, ctx);
      const evidence: SurnameEvidence = {
        title: i > 0 && !shouted && afterTitle(ctx, i, personAt),
        initial: i > 0 ? initialBefore(ctx, i) : undefined,
        midSentence: i > 0 && !shouted && midSentence(ctx, i),
        repeated: false,
        common,
        alsoGiven,
      };
      sites.push({ word, ids: [...ids], evidence });
      nextFree = word.last + 1;
      break;
    }
  }
  // A title before a list of surnames is each one's: "Foreign Ministers Lavrov and Muhriddin",
  // "президенты Путин и Рахмон".
  for (let k = 1; k < sites.length; k++) {
    const before = sites[k - 1]!;
    if (before.evidence.title && separatorAfter(ctx, before.word.last)?.next === sites[k]!.word.first) sites[k]!.evidence.title = true;
  }
  // A surname that only one glossary person has, written several times and at least once inside a
  // sentence (so capitalized as a name, not as a first word), is that person: "Путин" in an article
  // that never gives his first name. Not a common surname (Иванов, Miller): pickPerson.
  const uses = new Map<number, { count: number; mid: boolean }>();
  for (const site of sites) {
    if (site.ids.length !== 1 || site.evidence.alsoGiven.size > 0) continue;
    const u = uses.get(site.ids[0]!) ?? { count: 0, mid: false };
    u.count++;
    u.mid ||= site.evidence.midSentence;
    uses.set(site.ids[0]!, u);
  }
  const found: Linked[] = [];
  for (const site of sites) {
    const u = site.ids.length === 1 ? uses.get(site.ids[0]!) : undefined;
    site.evidence.repeated = !!u && u.count >= MIN_REPEATS && u.mid && wordLetterCount(s, site.word) >= 4;
    const pick = pickPerson(index, site.ids, site.word.first, fullMentions, site.evidence);
    if (pick !== undefined) found.push({ first: site.word.first, last: site.word.last, entityId: index.entities[pick]!, kind: 'person' });
  }
  return found;
}

/** A zeroed per-token mark array, reused between calls (large typed arrays count as external memory and hasten GC). */
function marks(rt: IndexRuntime, name: 'covered' | 'personAt', count: number): Uint8Array {
  let a = rt[name];
  if (a.length < count) a = rt[name] = new Uint8Array(Math.max(count, a.length * 2));
  else a.fill(0, 0, count);
  return a.subarray(0, count);
}

function isCovered(covered: Uint8Array, word: Word): boolean {
  for (let t = word.first; t <= word.last; t++) if (covered[t]) return true;
  return false;
}

const MIN_REPEATS = 2;

/** Whether a word follows another word of the same sentence (not a sentence or quotation start). */
function midSentence(ctx: MatchContext, i: number): boolean {
  const between = ctx.text.slice(ctx.s.end[i - 1]!, ctx.s.start[i]!);
  return !/[.!?…:;\n«"“„(–—]/.test(between);
}

/**
 * A title before the surname: right before it ("President Rahmon", "министра Лаврова", "Mr. Lavrov")
 * or a few words before, within one stretch of words ("глава МИД России Лавров", "раисҷумҳури
 * Қирғизистон Сооронбой Жээнбеков"). A function word or any punctuation ends the stretch.
 */
function afterTitle(ctx: MatchContext, i: number, personAt: Uint8Array): boolean {
  const { s, text, rt } = ctx;
  for (let j = i - 1, n = 0; j >= 0 && n < MAX_TITLE_DISTANCE; j--, n++) {
    if (personAt[j]) return false;
    const between = text.slice(s.end[j]!, s.start[j + 1]!);
    const abbreviated = n === 0 && s.end[j]! - s.start[j]! <= 4 && /^\.[ \u00A0]$/.test(between);
    if (!/^[ \u00A0]+$|^-$/.test(between) && !abbreviated) return false;
    if (rt.isTitle(s.keyId[j]!)) return true;
    if (rt.isFunctionWord(s.keyId[j]!)) return false;
  }
  return false;
}

const MAX_TITLE_DISTANCE = 4;

/** The folded initial before a surname ("С. Лавров", "S.Lavrov"), if there is one. */
function initialBefore(ctx: MatchContext, i: number): string | undefined {
  const { s } = ctx;
  const prev = i - 1;
  if (s.end[prev]! - s.start[prev]! !== 1 || (s.flags[prev]! & T_CAPITALIZED) === 0) return undefined;
  const between = ctx.text.slice(s.end[prev]!, s.start[i]!);
  return /^\.[ \u00A0]?$/.test(between) ? s.keys.keys[s.keyId[prev]!] : undefined;
}

interface SurnameEvidence {
  title: boolean;
  initial?: string;
  midSentence: boolean;
  /** The surname is written several times in the article and belongs to one glossary person. */
  repeated: boolean;
  /** The surname is among the commonest of its region (Иванов, Miller, Aliyev): repeating it proves nothing. */
  common: boolean;
  alsoGiven: Set<number>;
}

/**
 * Of the people sharing a surname: the one the article named in full most recently before this
 * word; else the only one it names in full anywhere; else, after a title or the right initial, or
 * when the article repeats the surname, the only such person in the glossary. Otherwise nobody: a wrong link is worse than none.
 */
function pickPerson(index: GlossaryIndex, ids: number[], at: number, fullMentions: Map<string, number[]>, evidence: SurnameEvidence): number | undefined {
  let candidates = ids;
  if (evidence.initial) {
    // "С. Лавров" is only someone whose given name starts with С.
    candidates = ids.filter((e) => index.initials[e]!.includes(evidence.initial!));
    if (candidates.length === 0) return undefined;
  }
  const introduced = candidates.filter((e) => fullMentions.has(index.entities[e]!));
  let best: number | undefined;
  let bestPos = -1;
  for (const e of introduced) {
    for (const pos of fullMentions.get(index.entities[e]!)!) {
      if (pos < at && pos > bestPos) {
        best = e;
        bestPos = pos;
      }
    }
  }
  if (best !== undefined) return best;
  if (introduced.length > 0) return only(introduced);
  if (!evidence.title && !evidence.initial && !(evidence.repeated && !evidence.common)) return undefined;
  const rivals = [...evidence.alsoGiven].filter((e) => !candidates.includes(e));
  return rivals.length === 0 ? only(candidates) : undefined;
}

function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
