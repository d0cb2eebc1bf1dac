import { foldKey } from './fold';

/**
 * Per-UTF-16-unit facts the scanner needs, computed once per code unit on first sight (a page uses a
 * few hundred distinct characters), so the hot loop is an array read instead of a regular expression.
 */

export const START = 1; // may start a word: a letter or a digit
export const CONT = 2; // may continue a word: letter, mark, digit, invisible
export const LETTER = 4;
export const UPPER = 8;
export const LOWER = 16;
export const CYRILLIC = 32;
export const LATIN = 64;
export const KNOWN = 128;

/** charInfo's table: 0 until the code unit is first seen (read it directly in hot loops). */
export const CHAR_INFO = new Uint8Array(65536);
const info = CHAR_INFO;

const RE_START = /^[\p{L}\p{Nd}]$/u;
const RE_CONT = /^[\p{L}\p{M}\p{Nd}\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_UPPER = /^\p{Lu}$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_CYRILLIC = /^\p{Script=Cyrillic}$/u;
const RE_LATIN = /^\p{Script=Latin}$/u;

/** The flags of one UTF-16 unit (a lone surrogate has none of them: astral words take the slow path). */
export function charInfo(code: number): number {
  const known = info[code]!;
  if (known !== 0) return known;
  let v = KNOWN;
  if (code < 0xd800 || code > 0xdfff) {
    const ch = String.fromCharCode(code);
    if (RE_START.test(ch)) v |= START;
    if (RE_CONT.test(ch)) v |= CONT;
    if (RE_LETTER.test(ch)) v |= LETTER;
    if (RE_UPPER.test(ch)) v |= UPPER;
    if (RE_LOWER.test(ch)) v |= LOWER;
    if (RE_CYRILLIC.test(ch)) v |= CYRILLIC;
    if (RE_LATIN.test(ch)) v |= LATIN;
  }
  info[code] = v;
  return v;
}

/** Fold results: a code unit, or one of these. */
export const FOLD_DROP = 0xfffe; // the character disappears from the key (invisible characters)
export const FOLD_SLOW = 0xffff; // the character needs the whole-word fold (marks, context-dependent case)
const UNKNOWN = 0;

/** foldChar's tables per script: 0 until the code unit is first seen (read them directly in hot loops). */
export const FOLD_TABLES = [new Uint16Array(65536), new Uint16Array(65536), new Uint16Array(65536)] as const;
const foldTables = FOLD_TABLES;
export const SCRIPT_LATIN = 0;
export const SCRIPT_CYRILLIC = 1;
export const SCRIPT_OTHER = 2;
const SCRIPT_NAMES = ['latin', 'cyrillic', 'other'] as const;

// Blocks whose letters fold one by one exactly as foldKey folds the whole word: lower-casing there is
// context-free and NFC composes nothing but marks (which take the slow path).
function foldsAlone(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0x130) || (code >= 0x400 && code <= 0x52f) ||
    code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

/** The folded code unit of one character in a word of the given script (see foldKey). */
export function foldChar(code: number, script: number): number {
  const table = foldTables[script]!;
  const known = table[code]!;
  if (known !== UNKNOWN) return known;
  let v = FOLD_SLOW;
  if (foldsAlone(code)) {
    const folded = foldKey(String.fromCharCode(code), SCRIPT_NAMES[script]!);
    if (folded.length === 0) v = FOLD_DROP;
    else if (folded.length === 1 && folded.charCodeAt(0) < FOLD_DROP && folded.charCodeAt(0) !== 0) v = folded.charCodeAt(0);
  }
  table[code] = v;
  return v;
}

export function scriptName(script: number): 'latin' | 'cyrillic' | 'other' {
  return SCRIPT_NAMES[script]!;
}
