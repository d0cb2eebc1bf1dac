import type { EntityKind } from '../glossary/types';
import type { ScannedText } from '../text/scan';
import { T_ALL_CAPS, T_CAPITALIZED } from '../text/scan';
import { CHAR_INFO, charInfo, LETTER, LOWER, scriptName, UPPER } from '../text/char-table';
import { isFunctionWord } from '../languages';
import type { CaseRule, GlossaryIndex } from './glossary-index';
import type { IndexRuntime } from './index-runtime';
import { tokenWord, type Word } from './word-graph';

/** What the matcher's passes share while they read one text, and the word-level tests they all use. */

export interface Candidate {
  first: number;
  last: number;
  /** Entity numbers (GlossaryIndex.entities) of the names that end here, each once. */
  entities: number[];
  /**
   * The last token of the phrase the name was read through, when it reaches past `last`: in "the
   * Russian and Syrian defense ministries" the name "Russian Defense Ministry" is marked on
   * "Russian" but read to "ministries". Leftmost-longest compares reaches.
   */
  reach?: number;
}

/** A name found and linked to one entry. */
export interface Linked {
  first: number;
  last: number;
  /** Entity number (GlossaryIndex.entities). */
  entity: number;
  entityId: string;
  kind: EntityKind;
}

export interface MatchContext {
  text: string;
  s: ScannedText;
  rt: IndexRuntime;
  index: GlossaryIndex;
  /** Repaired words (split letters, hyphenation, dotted abbreviations). */
  extraList: Word[];
  /** Word references of the repaired words, by first token. */
  extraAt: Map<number, number[]>;
}

/**
 * A word of the text by reference, so that reading a token makes no object: a token index stands for
 * the token as a word, ~k for ctx.extraList[k].
 */
export type WordRef = number;

export function wordOf(ctx: MatchContext, ref: WordRef): Word {
  return ref >= 0 ? tokenWord(ctx.s, ref) : ctx.extraList[~ref]!;
}

export function capitalizedRef(ctx: MatchContext, ref: WordRef): boolean {
  return ref >= 0 ? (ctx.s.flags[ref]! & T_CAPITALIZED) !== 0 : ctx.extraList[~ref]!.capitalized;
}

// What may stand between two words of one name: spaces and line breaks, hyphens (Қосим-Жомарт,
// names hyphenated across lines), apostrophes (O'Brien), brackets and quotes inside organization
// names (АМИТ «Ховар», Russian-Tajik (Slavonic) University), an editor's square brackets in a
// quotation ("the [Syrian] Regime"). Never sentence punctuation or a paragraph break.
const PARAGRAPH_BREAK = /\n[\s\u00A0]*\n/;
const MAX_JOINER_LENGTH = 6;

/** Whether two tokens are words of one name as far as the characters between them go. */
export function joins(ctx: MatchContext, left: number, right: number, afterInitial = false): boolean {
  const { s, text } = ctx;
  const from = s.end[left]!;
  const to = s.start[right]!;
  if (to - from > MAX_JOINER_LENGTH) return false;
  if (afterInitial) return text.charCodeAt(from) === 0x2e && (to - from === 1 || (to - from === 2 && isSpaceOrNbsp(text.charCodeAt(from + 1))));
  if (to === from) return false;
  // Spaces, or spaces around one joiner character; never a paragraph break (two line breaks).
  let joiners = 0;
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) breaks++;
    if (WHITE.has(c)) continue;
    if (!JOINERS.has(c) || ++joiners > 1) return false;
  }
  return breaks < 2 || !PARAGRAPH_BREAK.test(text.slice(from, to));
}

// What \s matches (it includes U+00A0).
const WHITE = new Set([...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'].map((ch) => ch.charCodeAt(0)));
const JOINERS = new Set([...'-\u2010\u2011\u2012\u2013(«"“„‘’\'‹›)»”[]'].map((ch) => ch.charCodeAt(0)));

function isSpaceOrNbsp(c: number): boolean {
  return c === 0x20 || c === 0xa0;
}

/**
 * All-caps abbreviations must be all caps in the text (ООН, not "он"), and may take a lower-case
 * ending (МИДа, СҲШ-ро) but not run on into more capitals (UNDP). One-word names must be capitalized.
 * In an all-caps headline an abbreviation that spells a common word (US, WHO) is that word.
 */
export function caseFits(end: CaseRule, path: WordRef[], ctx: MatchContext): boolean {
  if (end.needsCapital && !capitalizedRef(ctx, path[0]!)) return false;
  if (izofatOnward(ctx, path[path.length - 1]!)) return false;
  const cs = end.caseSensitive;
  for (let p = 0; p < cs.length; p++) {
    const count = cs[p]!;
    if (count === 0) continue;
    const ref = path[p];
    if (ref === undefined) return false;
    const word = wordOf(ctx, ref);
    if (!abbreviationCase(ctx, word, count)) return false;
    if (cs.length === 1 && isFunctionWord(ctx.s.keys.keys[word.keyId]!.slice(0, count), scriptName(word.script)) && inCapitals(word, ctx)) return false;
  }
  return true;
}

/**
 * Whether a name's last word carries the Tajik izofat (-и, -йи after a vowel) and a capitalized word
 * follows it in the same phrase: the name goes on into one the glossary does not have ("Вазорати
 * корҳои хориҷии Литва" is Lithuania's ministry, not "Вазорати корҳои хориҷӣ"; "Ховари Миёна" the
 * Middle East, not Khovar). Only a word whose stem without the ending is itself a glossary word counts.
 */
function izofatOnward(ctx: MatchContext, ref: WordRef): boolean {
  const { s, text, index } = ctx;
  const last = ref >= 0 ? ref : ctx.extraList[~ref]!.last;
  const next = last + 1;
  if (next >= s.count || (s.flags[next]! & T_CAPITALIZED) === 0) return false;
  const keyId = wordOf(ctx, ref).keyId;
  const key = s.keys.keys[keyId]!;
  if (key.length < 4 || key.charCodeAt(key.length - 1) !== 0x438 /* и */) return false;
  const stem = key.charCodeAt(key.length - 2) === 0x439 /* й */ ? key.slice(0, -2) : key.slice(0, -1);
  if (!ctx.rt.infoOf(keyId).forms.some((id) => index.keys[id] === stem)) return false;
  for (let k = s.end[last]!, to = s.start[next]!; k < to; k++) if (!isSpaceOrNbsp(text.charCodeAt(k))) return false;
  return true;
}

/** The word's first `count` letters are capitals and the rest are not (СҲШ, СҲШро, МИДа; not "Сҳш", UNDP for UN). */
function abbreviationCase(ctx: MatchContext, word: Word, count: number): boolean {
  const { s, text } = ctx;
  let seen = 0;
  for (let k = s.start[word.first]!, to = s.end[word.last]!; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return false; // astral letters never spell a glossary abbreviation
    let f = CHAR_INFO[c]!;
    if (f === 0) f = charInfo(c);
    if ((f & LETTER) === 0) continue;
    if (seen < count ? (f & LOWER) !== 0 : (f & UPPER) !== 0) return false;
    seen++;
  }
  return seen >= count;
}

/** Whether a word stands among all-caps words of its line (a headline in capitals). */
export function inCapitals(word: Word, ctx: MatchContext): boolean {
  const { s, text } = ctx;
  const sameLine = (a: number, b: number) => text.indexOf('\n', s.end[a]!) < 0 || text.indexOf('\n', s.end[a]!) >= s.start[b]!;
  const capsWord = (t: number) => t >= 0 && t < s.count && (s.flags[t]! & T_ALL_CAPS) !== 0 && s.end[t]! - s.start[t]! >= 2;
  // A one-letter word between ("ВОЗ И НЫНЕ ТАМ", "US A…") is read past.
  const oneLetter = (t: number) => t >= 0 && t < s.count && s.end[t]! - s.start[t]! === 1 && (s.flags[t]! & T_CAPITALIZED) !== 0;
  const before = oneLetter(word.first - 1) ? word.first - 2 : word.first - 1;
  const after = oneLetter(word.last + 1) ? word.last + 2 : word.last + 1;
  return (capsWord(before) && sameLine(before, word.first)) || (capsWord(after) && sameLine(word.last, after));
}
