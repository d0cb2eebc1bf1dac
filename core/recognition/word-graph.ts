import { CHAR_INFO, charInfo, LETTER, scriptName, SCRIPT_CYRILLIC } from '../text/char-table';
import { foldKey } from '../text/fold';
import { T_ALL_CAPS, T_CAPITALIZED, T_HYPHEN_AFTER, T_ONE_UNIT, type ScannedText } from '../text/scan';

/**
 * A word the matcher may read: one token, or several tokens that real pages broke apart and that
 * are read back as one word. The broken forms are added next to the tokens, never instead of them,
 * so a repair can only add a match, and only where the glossary has the repaired word.
 */
export interface Word {
  /** Index of the first and last token the word covers. */
  first: number;
  last: number;
  /** Interned key id (ScannedText.keys). */
  keyId: number;
  script: number;
  capitalized: boolean;
  allCaps: boolean;
}

// Tajik letters that scraped pages split off with spaces ("То ҷ икистон", "Эмомал ӣ Раҳмон"),
// with the Kazakh Һ that stands for Ҳ.
const SPLIT_LETTERS = new Set([...'ҒғӢӣҚқӮӯҲҳҶҷҺһ'].map((ch) => ch.charCodeAt(0)));
const ONE_SPACE = /^[ \u00A0]$/;
// A hyphen at the end of a line: the rest of the word is on the next line ("Lav-\nrov").
const LINE_BREAK_HYPHEN = /^[-\u2010\u00AD][ \t\u00A0]*\r?\n[ \t\u00A0]*$/;
const HYPHEN = /^[-\u2010\u2011]$/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function letters(surface: string): string {
  return surface.replace(/[^\p{L}]/gu, '');
}

/** The word a token is by itself. */
export function tokenWord(s: ScannedText, i: number): Word {
  const f = s.flags[i]!;
  return { first: i, last: i, keyId: s.keyId[i]!, script: s.script[i]!, capitalized: (f & T_CAPITALIZED) !== 0, allCaps: (f & T_ALL_CAPS) !== 0 };
}

/** The letters of a word as written (case kept), for the case checks of abbreviations. */
export function wordLetterCount(s: ScannedText, w: Word): number {
  let n = 0;
  for (let k = s.start[w.first]!, to = s.end[w.last]!; k < to; k++) {
    const c = s.text.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return wordLetters(s, w).length;
    if ((CHAR_INFO[c] || charInfo(c)) & LETTER) n++;
  }
  return n;
}

export function wordLetters(s: ScannedText, w: Word): string {
  // Gaps between the tokens of a word hold no letters, so the slice's letters are the tokens' letters.
  return letters(s.text.slice(s.start[w.first]!, s.end[w.last]!));
}

/**
 * The repaired words of a text, grouped by first token index (tokens themselves are not listed):
 * - a special Tajik letter split off by stray spaces, joined to its neighbours (left, right, both);
 *   "ӯ" alone is also a word, which is why the token stays available as it was;
 * - a word hyphenated across a line break ("Lav-\nrov");
 * - a suffix hyphenated after an abbreviation (СҲШ-ро, ООН-и);
 * - a dotted abbreviation (U.N., U.S.) read as the letters (UN, US).
 * Only tokens the scanner flagged (one unit long, or followed by a hyphen) are looked at.
 */
export function repairedWords(s: ScannedText): Map<number, Word[]> {
  const { text, count } = s;
  const extra = new Map<number, Word[]>();
  const surface = (i: number) => text.slice(s.start[i]!, s.end[i]!);
  const gap = (i: number) => text.slice(s.end[i]!, s.start[i + 1]!);
  const isCyr = (i: number) => s.script[i] === SCRIPT_CYRILLIC;
  const capsOf = (i: number) => (s.flags[i]! & T_ALL_CAPS) !== 0;
  const add = (first: number, last: number, opts: { allCaps?: boolean; capitalized?: boolean } = {}) => {
    let joined = '';
    let cyr = false;
    for (let t = first; t <= last; t++) {
      joined += surface(t);
      cyr ||= isCyr(t);
    }
    const script = cyr ? SCRIPT_CYRILLIC : s.script[first]!;
    const ls = letters(joined);
    const word: Word = {
      first,
      last,
      keyId: s.keys.internString(foldKey(joined, scriptName(script)), script),
      script,
      capitalized: opts.capitalized ?? (s.flags[first]! & T_CAPITALIZED) !== 0,
      allCaps: opts.allCaps ?? (ls.length >= 2 && !LOWER.test(ls) && UPPER.test(ls)),
    };
    const list = extra.get(first);
    if (list) list.push(word);
    else extra.set(first, [word]);
  };

  for (let i = 0; i < count; i++) {
    const f = s.flags[i]!;
    if ((f & (T_ONE_UNIT | T_HYPHEN_AFTER)) === 0) continue;
    const hasNext = i + 1 < count;

    if (f & T_ONE_UNIT && SPLIT_LETTERS.has(text.charCodeAt(s.start[i]!))) {
      const upper = (f & T_CAPITALIZED) !== 0;
      // Joins left when the letter's case continues the previous word (милл ӣ, ЭМОМАЛ Ӣ).
      const left = i > 0 && isCyr(i - 1) && ONE_SPACE.test(gap(i - 1)) &&
        (upper ? capsOf(i - 1) : LOWER.test(surface(i - 1).slice(-1)));
      // Joins right when the next word carries on in lower case (Ҷ умҳурии, ҷ икистон) or in capitals.
      const right = hasNext && isCyr(i + 1) && ONE_SPACE.test(gap(i)) &&
        (LOWER.test(surface(i + 1).charAt(0)) || (upper && capsOf(i + 1)));
      if (left) add(i - 1, i);
      if (right) add(i, i + 1, { capitalized: upper });
      if (left && right) add(i - 1, i + 1);
    }

    if (hasNext && f & T_HYPHEN_AFTER) {
      const next = surface(i + 1);
      const between = gap(i);
      const sameScript = s.script[i] === s.script[i + 1];
      if (LINE_BREAK_HYPHEN.test(between) && LOWER.test(next.charAt(0)) && sameScript) {
        add(i, i + 1, { allCaps: capsOf(i) && capsOf(i + 1), capitalized: (f & T_CAPITALIZED) !== 0 });
      }
      if (capsOf(i) && HYPHEN.test(between) && !UPPER.test(next) && letters(next).length <= 6 && sameScript) {
        add(i, i + 1, { allCaps: false, capitalized: true });
      }
    }

    // U.N., U.S.: single capitals each followed by a dot.
    if (isInitial(s, i) && text[s.end[i]!] === '.') {
      let last = i;
      while (last + 1 < count && isInitial(s, last + 1) && s.start[last + 1] === s.end[last]! + 1 && text[s.end[last + 1]!] === '.') last++;
      if (last > i) add(i, last, { allCaps: true, capitalized: true });
    }
  }
  return extra;
}

export function isInitial(s: ScannedText, i: number): boolean {
  return (s.flags[i]! & (T_ONE_UNIT | T_CAPITALIZED)) === (T_ONE_UNIT | T_CAPITALIZED);
}
