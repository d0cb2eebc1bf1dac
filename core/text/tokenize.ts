import { scriptName } from './char-table';
import { foldKey } from './fold';
import { KeyTable, scanText, T_ALL_CAPS, T_CAPITALIZED, type ScannedText } from './scan';

/** One word of the text, with its position and the folded key used for matching. */
export interface Token {
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** The word as written. */
  surface: string;
  /** Folded form: lower case, look-alike letters unified, marks and invisible characters removed. */
  key: string;
  /** The script of the word's letters. */
  script: 'latin' | 'cyrillic' | 'other';
  /** Every letter is upper case (and there are at least two letters). */
  allCaps: boolean;
  /** The first letter is upper case. */
  capitalized: boolean;
}

let scratch: { keys: KeyTable; scanned?: ScannedText } | undefined;
const MAX_SHARED_KEYS = 50_000;

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * The words of a text: `[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\u00AD\u200B-\u200D\u2060\uFEFF]*` — letters
 * and digits, plus combining marks (stress, decomposed macrons) and the invisible characters that
 * scraped pages leave inside words (soft hyphen, zero-width joiners). The matcher reads the same words
 * through scanText without making these objects.
 */
export function tokenize(text: string): Token[] {
  // One key table and one set of scan arrays for all calls (discovery tokenizes many short lines):
  // typed arrays are cheap to reuse and, in a browser, costly to allocate. The table is started
  // afresh once it holds many keys, so a long-lived service worker does not grow without end.
  if (!scratch || scratch.keys.size > MAX_SHARED_KEYS) scratch = { keys: new KeyTable() };
  const s = (scratch.scanned = scanText(text, scratch.keys, scratch.scanned));
  const tokens: Token[] = new Array(s.count);
  for (let i = 0; i < s.count; i++) {
    const start = s.start[i]!;
    const end = s.end[i]!;
    const f = s.flags[i]!;
    tokens[i] = {
      start,
      end,
      surface: text.slice(start, end),
      key: s.keys.keys[s.keyId[i]!]!,
      script: scriptName(s.script[i]!),
      allCaps: (f & T_ALL_CAPS) !== 0,
      capitalized: (f & T_CAPITALIZED) !== 0,
    };
  }
  return tokens;
}

/** One token from its surface, the slow way (the reference the scanner must agree with). */
export function makeToken(surface: string, start: number): Token {
  const script = CYRILLIC.test(surface) ? 'cyrillic' : LATIN.test(surface) ? 'latin' : 'other';
  const letters = surface.replace(/[^\p{L}]/gu, '');
  const first = letters.charAt(0);
  return {
    start,
    end: start + surface.length,
    surface,
    key: foldKey(surface, script),
    script,
    allCaps: letters.length >= 2 && !LOWER.test(letters) && UPPER.test(letters),
    capitalized: first !== '' && UPPER.test(first),
  };
}

/** Tokenizes a name from the glossary into its folded keys. */
export function nameKeys(name: string): string[] {
  return tokenize(name).map((t) => t.key);
}
