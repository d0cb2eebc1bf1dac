/**
 * Folding: the one canonical key a word is matched by, whatever keyboard or page produced it.
 *
 * Why each step (see ../shared/LANGUAGE.md for sources):
 * - NFC first, so a decomposed и + U+0304 becomes ӣ before anything else;
 * - stress marks and invisible characters (soft hyphen, zero-width) never change a word;
 * - Latin look-alikes inside a Cyrillic word (a, o, x, p…) are Cyrillic letters typed by accident;
 * - Kazakh/Bashkir/Abkhaz letters (Һ, Ҡ, Ҹ…) and legacy-font letters (ї, ў) stand for Tajik ones;
 * - ё is written as е in most Russian text;
 * - Tajik is often typed on a Russian keyboard (х for ҳ, к for қ, ч for ҷ, г for ғ, и for ӣ, у for ӯ),
 *   so the key uses the Russian letter: Раҳмон and Рахмон fold to the same key. Display text keeps
 *   the correct Tajik letters; only matching is loose.
 * - Latin names reach English text through several romanizations of the same Cyrillic letters
 *   (х → kh or h, дж → dzh or j, final й → y or i, -ий → -iy, -ii, -y or -i), so the key
 *   takes one of each: Rakhmon = Rahmon, Sergey = Sergei, Dmitry = Dmitri, Dzhemilev = Jemilev.
 */

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Stress and grave accents: the only marks that never make a different Cyrillic letter.
const STRESS = /[\u0300\u0301]/g;
const ALL_MARKS = /\p{M}/gu;

const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', b: 'в', h: 'н',
};

// Applied after lower-casing. Each maps a letter to the plain Russian letter it is matched as.
const CYRILLIC_FOLD: Record<string, string> = {
  'ё': 'е', 'ѐ': 'е', 'ѝ': 'и',
  // Tajik letters → Russian look-alikes (Russian-keyboard Tajik)
  'ҳ': 'х', 'қ': 'к', 'ҷ': 'ч', 'ғ': 'г', 'ӣ': 'и', 'ӯ': 'у',
  // Letters of other Cyrillic alphabets that stand for the Tajik ones (Һ U+04BB, ӽ, Ҡ, Ӄ, ҝ, Ҹ U+04B9, Ӌ, ҫ)
  '\u04BB': 'х', '\u04FD': 'х', '\u04A1': 'к', '\u04C4': 'к', '\u049D': 'к', '\u04B9': 'ч', '\u04CC': 'ч', '\u04AB': 'с',
  // Legacy 8-bit fonts: Ukrainian ї for ӣ, short ў for ӯ
  'ї': 'и', 'ў': 'у',
};

export function foldKey(word: string, script: 'latin' | 'cyrillic' | 'other'): string {
  const s = word.normalize('NFC').replace(INVISIBLE, '').toLowerCase();
  if (script !== 'cyrillic') {
    // Latin: Erdoğan = Erdogan, António = Antonio.
    const plain = s.normalize('NFD').replace(ALL_MARKS, '');
    return script === 'latin' ? foldRomanization(plain) : plain;
  }
  let out = '';
  for (const ch of s.replace(STRESS, '')) {
    const c = LATIN_TO_CYRILLIC[ch] ?? ch;
    out += CYRILLIC_FOLD[c] ?? c;
  }
  return out;
}

const ROMANIZATION: [RegExp, string][] = [
  [/dzh/g, 'j'],
  [/kh/g, 'h'],
  // A final -y is written -i as often (Sergey/Sergei, Nikolay/Nikolai, Dmitry/Dmitri), and -iy/-ii as -i.
  [/y$/, 'i'],
  [/ii$/, 'i'],
];

export function foldRomanization(word: string): string {
  // Short words are abbreviations or function words: leave them exactly as written.
  if (word.length < 4) return word;
  let out = word;
  for (const [pattern, replacement] of ROMANIZATION) out = out.replace(pattern, replacement);
  return out;
}

/** Folds a whole phrase for loose comparison (titles against headlines). */
export function foldPhrase(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{Nd}]+/gu, ' ')
    .trim();
}
