import { isCommonSurname, isPlaceWord } from '../languages';
import { scriptName } from '../text/char-table';
import { T_CAPITALIZED } from '../text/scan';
import type { GlossaryIndex } from './glossary-index';
import { inCapitals, wordOf, type Linked, type MatchContext, type WordRef } from './match-context';
import { separatorAfter } from './coordination';
import { wordLetterCount, type Word } from './word-graph';

/**
 * Pass 2 of the matcher: people by surname alone, but only people the article has already named in
 * full, or whose surname follows a title ("President Rahmon", "Foreign Ministers Lavrov and
 * Muhriddin") or their initial ("С. Лавров"), or a rare surname the article repeats.
 *
 * A surname may belong to thousands of people in a large glossary (generated or imported), so the
 * people a surname may be are never listed: they are tested one by one against the few people the
 * article names (SurnameOwners), and counted only as far as "none, one or several".
 */

interface SurnameSite {
  word: Word;
  owners: SurnameOwners;
  evidence: SurnameEvidence;
}

/** Surnames alone, at the tokens pass 1 marked as possible surnames (`at`); `covered` marks tokens inside names found. */
export function findSurnames(ctx: MatchContext, named: Linked[], covered: Uint8Array, at: number[]): Linked[] {
  const { s, rt, index } = ctx;
  if (at.length === 0) return [];
  // Where each person was named in full, in text order (entity numbers: glossary ids are unique).
  const fullMentions = new Map<number, number[]>();
  for (const m of named) {
    if (m.kind !== 'person') continue;
    const list = fullMentions.get(m.entity);
    if (list) list.push(m.first);
    else fullMentions.set(m.entity, [m.first]);
  }
  // People the article names in full in lower case ("шавкат мирзиёев"): its author writes names so,
  // and their surname alone counts in lower case too.
  const namedInLowerCase = new Set<number>();
  for (const m of named) if (m.kind === 'person' && (s.flags[m.first]! & T_CAPITALIZED) === 0) namedInLowerCase.add(m.entity);
  // Tokens inside a person's name: a title before them is that person's, not the next surname's.
  const personAt = rt.marks('personAt', s.count);
  for (const m of named) if (m.kind === 'person') personAt.fill(1, m.first, m.last + 1);
  const sites: SurnameSite[] = [];
  // Surname forms the article also writes as something else: in lower case (a common word: "чайка",
  // "the hunt"), or right after another given name ("Michael Hunt" is not Jeremy Hunt). Repeating
  // such a surname proves nothing.
  const notOnlySurname = new Set<number>();
  let nextFree = 0;
  for (const i of at) {
    if (i < nextFree) continue;
    // The longest word first: "Раҳмон" split as "Ра ҳ мон" reads as one word.
    const refs = wordsAt(ctx, i);
    const candidates = refs.length === 1 ? [wordOf(ctx, refs[0]!)] : refs.map((r) => wordOf(ctx, r)).sort((a, b) => b.last - a.last);
    for (const word of candidates) {
      if (!word.capitalized && !isCovered(covered, word)) for (const form of rt.infoOf(word.keyId).forms) if (index.surnames[form]) notOnlySurname.add(form);
      if ((!word.capitalized && namedInLowerCase.size === 0) || isCovered(covered, word)) continue;
      // A surname that is also a common word (Tajik "дар" = in; Dar) is that word.
      if (rt.isFunctionWord(word.keyId)) continue;
      const forms: number[] = [];
      let common = false;
      for (const form of rt.infoOf(word.keyId).forms) {
        if (!index.surnames[form]) continue;
        forms.push(form);
        common ||= isCommonSurname(index.keys[form]!, scriptName(word.script));
      }
      const owners = new SurnameOwners(index, forms, word.capitalized ? undefined : namedInLowerCase);
      if (owners.first(1).length === 0) continue;
      // In a headline in capitals every word looks like a name: only a person named in full counts.
      const shouted = word.allCaps && inCapitals(word, ctx);
      const evidence: SurnameEvidence = {
        title: i > 0 && !shouted && afterTitle(ctx, i, personAt),
        initial: i > 0 ? initialBefore(ctx, i) : undefined,
        midSentence: i > 0 && !shouted && midSentence(ctx, i),
        repeated: false,
        common,
        placeLike: placeLike(ctx, word, covered),
      };
      if (!evidence.title && !evidence.initial && evidence.midSentence && afterOtherGivenName(ctx, i, covered)) for (const f of forms) notOnlySurname.add(f);
      sites.push({ word, owners, evidence });
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
  const soleOwner = sites.map((site) => only(site.owners.first(2)) ?? -1);
  const uses = new Map<number, { count: number; mid: boolean }>();
  sites.forEach((site, k) => {
    if (soleOwner[k]! < 0 || site.owners.alsoGiven() || site.evidence.placeLike) return;
    if (rt.infoOf(site.word.keyId).forms.some((f) => notOnlySurname.has(f))) {
      soleOwner[k] = -1;
      return;
    }
    const u = uses.get(soleOwner[k]!) ?? { count: 0, mid: false };
    u.count++;
    u.mid ||= site.evidence.midSentence;
    uses.set(soleOwner[k]!, u);
  });
  const found: Linked[] = [];
  sites.forEach((site, k) => {
    const u = uses.get(soleOwner[k]!);
    site.evidence.repeated = !!u && !site.evidence.placeLike && u.count >= MIN_REPEATS && u.mid && wordLetterCount(s, site.word) >= 4;
    const pick = pickPerson(index, site.owners, site.word.first, fullMentions, site.evidence);
    if (pick !== undefined) found.push({ first: site.word.first, last: site.word.last, entity: pick, entityId: index.entities[pick]!, kind: 'person' });
  });
  return found;
}

/**
 * The people a surname of the text may be: the owners of its surname forms in the glossary, in the
 * order of the forms and then of the entries, each once; when the word is in lower case, only those
 * the article names in full in lower case (`lowerCaseNamed`).
 */
class SurnameOwners {
  constructor(
    private readonly index: GlossaryIndex,
    /** Vocabulary ids of the word's forms that are surnames. */
    private readonly forms: number[],
    private readonly lowerCaseNamed: Set<number> | undefined,
  ) {}

  /** Whether a person is among them. */
  has(entity: number): boolean {
    return this.formOf(entity) >= 0 && (!this.lowerCaseNamed || this.lowerCaseNamed.has(entity));
  }

  /**
   * The first `max` of them (that pass `filter`), in order. Cost grows with the people skipped, so
   * callers ask for one or two, and lower-case words read only the people the article names.
   */
  first(max: number, filter?: (entity: number) => boolean): number[] {
    const out: number[] = [];
    if (this.lowerCaseNamed) {
      for (const e of this.lowerCaseNamed) if (this.formOf(e) >= 0 && (!filter || filter(e))) out.push(e);
      return this.inOrder(out).slice(0, max);
    }
    for (const form of this.forms) {
      for (const e of this.index.surnames[form]!) {
        if (out.length === max) return out;
        if ((!filter || filter(e)) && !out.includes(e)) out.push(e);
      }
    }
    return out;
  }

  /** Sorts people of this set into its order (by first surname form, then by entry). */
  inOrder(entities: number[]): number[] {
    return entities.sort((a, b) => this.formOf(a) - this.formOf(b) || a - b);
  }

  /**
   * Whether a surname form is also the given name of someone (other than `except`): such a surname
   * (Эмомалӣ) is ambiguous on its own. Only the form that is the surname counts (Жээнбеков is not a
   * form of the given name Жээнбек).
   */
  alsoGiven(except?: number): boolean {
    for (const form of this.forms) {
      const given = this.index.givenNames[form];
      if (given && (given.length > 1 || given[0] !== except)) return true;
    }
    return false;
  }

  /** The position of the first form the person has as surname, or -1 (owner lists are sorted by entity number). */
  private formOf(entity: number): number {
    for (let f = 0; f < this.forms.length; f++) if (sortedIncludes(this.index.surnames[this.forms[f]!]!, entity)) return f;
    return -1;
  }
}

function sortedIncludes(list: number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The words starting at a token that some glossary word may be a form of. */
function wordsAt(ctx: MatchContext, at: number): WordRef[] {
  const { s, rt } = ctx;
  const list: WordRef[] = rt.infoOf(s.keyId[at]!).forms.length > 0 ? [at] : [];
  const extra = ctx.extraAt.get(at);
  if (extra) for (const r of extra) if (rt.infoOf(ctx.extraList[~r]!.keyId).forms.length > 0) list.push(r);
  return list;
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

/**
 * Whether a capitalized word is used as a place or inside another name rather than as a person's
 * surname alone: after a place word ("the Hague", "in Austin", "в Остине", "дар Душанбе") or
 * followed, in the same phrase, by another capitalized word that no glossary name covers ("Costa Rica").
 */
function placeLike(ctx: MatchContext, word: Word, covered: Uint8Array): boolean {
  const { s, text } = ctx;
  const before = word.first - 1;
  if (before >= 0 && /^[ \u00A0]+$/.test(text.slice(s.end[before]!, s.start[word.first]!))) {
    if (isPlaceWord(s.keys.keys[s.keyId[before]!]!, scriptName(s.script[before]!))) return true;
  }
  const after = word.last + 1;
  return after < s.count && !covered[after] && (s.flags[after]! & T_CAPITALIZED) !== 0 && /^[ \u00A0]+$/.test(text.slice(s.end[word.last]!, s.start[after]!));
}

/**
 * Whether a surname follows, in the same phrase, a capitalized word that is no title, no initial and
 * no part of a glossary name: another person's given name ("Michael Hunt"), so the surname in this
 * article is (also) someone else's.
 */
function afterOtherGivenName(ctx: MatchContext, i: number, covered: Uint8Array): boolean {
  const { s, text, rt } = ctx;
  const before = i - 1;
  if (covered[before] || (s.flags[before]! & T_CAPITALIZED) === 0 || s.end[before]! - s.start[before]! < 2) return false;
  if (!/^[ \u00A0]+$/.test(text.slice(s.end[before]!, s.start[i]!))) return false;
  if (rt.isTitle(s.keyId[before]!) || rt.isFunctionWord(s.keyId[before]!)) return false;
  return before === 0 || midSentence(ctx, before);
}

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
  /** The word stands as a place or inside another name here (placeLike): it does not count as the surname repeated. */
  placeLike: boolean;
}

/**
 * Of the people sharing a surname: the one the article named in full most recently before this
 * word; else the only one it names in full anywhere; else, after a title or the right initial, or
 * when the article repeats the surname, the only such person in the glossary. Otherwise nobody: a wrong link is worse than none.
 */
function pickPerson(index: GlossaryIndex, owners: SurnameOwners, at: number, fullMentions: Map<number, number[]>, evidence: SurnameEvidence): number | undefined {
  const initial = evidence.initial;
  // "С. Лавров" is only someone whose given name starts with С.
  const fits = initial === undefined ? undefined : (e: number) => index.initials[e]!.includes(initial);
  if (fits && owners.first(1, fits).length === 0) return undefined;
  const introduced: number[] = [];
  for (const e of fullMentions.keys()) if (owners.has(e) && (!fits || fits(e))) introduced.push(e);
  owners.inOrder(introduced);
  let best: number | undefined;
  let bestPos = -1;
  for (const e of introduced) {
    for (const pos of fullMentions.get(e)!) {
      if (pos < at && pos > bestPos) {
        best = e;
        bestPos = pos;
      }
    }
  }
  if (best !== undefined) return best;
  if (introduced.length > 0) return only(introduced);
  if (!evidence.title && !evidence.initial && !(evidence.repeated && !evidence.common)) return undefined;
  // The only such person, unless the surname is also someone else's given name.
  const sole = only(owners.first(2, fits));
  return sole !== undefined && !owners.alsoGiven(sole) ? sole : undefined;
}

export function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
