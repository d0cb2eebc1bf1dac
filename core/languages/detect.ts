import { LANGUAGE_MODULES } from './index';
import { tokenize } from '../text/tokenize';
import { foldKey } from '../text/fold';

/** The article's language: one of the known modules' codes, or "und" when the text says too little. */
export type DetectedLanguage = string;

const commonWordSets = LANGUAGE_MODULES.map((m) => ({
  module: m,
  words: new Set(m.commonWords.map((w) => foldKey(w, m.script))),
}));

/**
 * Tells the article's language from its words: frequent function words of each language, and the
 * letters only one of them uses (Tajik ғ ӣ қ ӯ ҳ ҷ; Russian ы щ ц ь). The page's `lang` attribute is
 * only a tie-breaker: sites often leave it at a default.
 */
export function detectLanguage(text: string, langHint?: string): DetectedLanguage {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const tokens = tokenize(sample);
  if (tokens.length === 0) return 'und';
  const scores = new Map<string, number>();
  for (const { module, words } of commonWordSets) {
    let score = 0;
    for (const t of tokens) {
      if (t.script !== module.script) continue;
      if (words.has(t.key)) score += 1;
      if (module.distinctiveLetters) {
        const lower = t.surface.toLowerCase();
        for (const ch of module.distinctiveLetters) if (lower.includes(ch)) score += 0.5;
      }
    }
    scores.set(module.code, score / tokens.length);
  }
  const hint = langHint?.toLowerCase().split('-')[0];
  let best = 'und';
  let bestScore = 0.02; // below this share of telling words, the text is in none of our languages
  for (const [code, score] of scores) {
    const adjusted = code === hint ? score * 1.1 : score;
    if (adjusted > bestScore) {
      best = code;
      bestScore = adjusted;
    }
  }
  return best;
}
