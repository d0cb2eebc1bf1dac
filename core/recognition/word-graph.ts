import { foldKey } from '../text/fold';
import type { Token } from '../text/tokenize';

/**
 * A word the matcher may read: one token, or several tokens that real pages broke apart and that
 * are read back as one word. The broken forms are added next to the tokens, never instead of them,
 * so a repair can only add a match, and only where the glossary has the repaired word.
 */
export interface Word {
  /** Index of the first and last token the word covers. */
  first: number;
  last: number;
  key: string;
  script: Token['script'];
  /** The word's letters as written (case kept), for the case checks of abbreviations. */
  letters: string;
  capitalized: boolean;
  allCaps: boolean;
}

// Tajik letters that scraped pages split off with spaces ("То ҷ икистон", "Эмомал ӣ Раҳмон"),
// with the Kazakh Һ that stands for Ҳ.
const SPLIT_LETTERS = new Set('ҒғӢӣҚқӮӯҲҳҶҷҺһ');
const ONE_SPACE = /^[ \u00A0]$/;
// A hyphen at the end of a line: the rest of the word is on the next line ("Lav-\nrov").
const LINE_BREAK_HYPHEN = /^[-\u2010\u00AD][ \t\u00A0]*\r?\n[ \t\u00A0]*$/;
const HYPHEN = /^[-\u2010\u2011]$/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function letters(surface: string): string {
  return surface.replace(/[^\p{L}]/gu, '');
}

export function tokenWord(t: Token, i: number): Word {
  return {
    first: i, last: i, key: t.key, script: t.script, letters: letters(t.surface), capitalized: t.capitalized, allCaps: t.allCaps,
  };
}

/**
 * The words of a text: every token, plus
 * - a special Tajik letter split off by stray spaces, joined to its neighbours (left, right, both);
 *   "ӯ" alone is also a word, which is why the token stays available as it was;
 * - a word hyphenated across a line break ("Lav-\nrov");
 * - a suffix hyphenated after an abbreviation (СҲШ-ро, ООН-и);
 * - a dotted abbreviation (U.N., U.S.) read as the letters (UN, US).
 * Returned grouped by first token index.
 */
export function buildWords(text: string, tokens: readonly Token[]): Word[][] {
  const byFirst: Word[][] = tokens.map((t, i) => [tokenWord(t, i)]);
  const gap = (i: number) => text.slice(tokens[i]!.end, tokens[i + 1]!.start);
  const add = (first: number, last: number, opts: { allCaps?: boolean; capitalized?: boolean } = {}) => {
    const parts = tokens.slice(first, last + 1);
    const surface = parts.map((t) => t.surface).join('');
    const script = parts.some((t) => t.script === 'cyrillic') ? 'cyrillic' : parts[0]!.script;
    const ls = letters(surface);
    byFirst[first]!.push({
      first,
      last,
      key: foldKey(surface, script),
      script,
      letters: ls,
      capitalized: opts.capitalized ?? parts[0]!.capitalized,
      allCaps: opts.allCaps ?? (ls.length >= 2 && !LOWER.test(ls) && UPPER.test(ls)),
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hasNext = i + 1 < tokens.length;

    if (t.surface.length === 1 && SPLIT_LETTERS.has(t.surface)) {
      const upper = UPPER.test(t.surface);
      const prev = i > 0 ? tokens[i - 1] : undefined;
      const next = hasNext ? tokens[i + 1] : undefined;
      // Joins left when the letter's case continues the previous word (милл ӣ, ЭМОМАЛ Ӣ).
      const left = prev && prev.script === 'cyrillic' && ONE_SPACE.test(gap(i - 1)) &&
        (upper ? prev.allCaps : LOWER.test(prev.surface.slice(-1)));
      // Joins right when the next word carries on in lower case (Ҷ умҳурии, ҷ икистон) or in capitals.
      const right = next && next.script === 'cyrillic' && ONE_SPACE.test(gap(i)) &&
        (LOWER.test(next.surface.charAt(0)) || (upper && next.allCaps));
      if (left) add(i - 1, i);
      if (right) add(i, i + 1, { capitalized: upper });
      if (left && right) add(i - 1, i + 1);
    }

    if (hasNext) {
      const next = tokens[i + 1]!;
      const between = gap(i);
      if (LINE_BREAK_HYPHEN.test(between) && LOWER.test(next.surface.charAt(0)) && next.script === t.script) {
        addJoined(byFirst, t, next, i);
      }
      if (t.allCaps && HYPHEN.test(between) && !UPPER.test(next.surface) && letters(next.surface).length <= 6 && next.script === t.script) {
        add(i, i + 1, { allCaps: false, capitalized: true });
      }
    }

    // U.N., U.S.: single capitals each followed by a dot.
    if (isInitial(t) && text[t.end] === '.') {
      let last = i;
      while (last + 1 < tokens.length && isInitial(tokens[last + 1]!) && tokens[last + 1]!.start === tokens[last]!.end + 1 && text[tokens[last + 1]!.end] === '.') last++;
      if (last > i) add(i, last, { allCaps: true, capitalized: true });
    }
  }
  return byFirst;
}

function isInitial(t: Token): boolean {
  return t.surface.length === 1 && UPPER.test(t.surface);
}

/** A word split by a line-break hyphen: its key drops the hyphen, its case is the first part's. */
function addJoined(byFirst: Word[][], a: Token, b: Token, i: number): void {
  const surface = a.surface + b.surface;
  byFirst[i]!.push({
    first: i,
    last: i + 1,
    key: foldKey(surface, a.script),
    script: a.script,
    letters: letters(surface),
    capitalized: a.capitalized,
    allCaps: a.allCaps && b.allCaps,
  });
}
