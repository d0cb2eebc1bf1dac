import type { Lang } from './types';

const TAJIK_LETTERS = /[ғӣқӯҳҷҒӢҚӮҲҶ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The glossary language a selected name is written in: Latin letters → English; Cyrillic with a
 * Tajik letter (ғ ӣ қ ӯ ҳ ҷ) → Tajik; other Cyrillic → Russian. Null when it has neither script.
 */
export function selectionLanguage(text: string): Lang | null {
  const cyr = [...text].filter((c) => CYRILLIC.test(c)).length;
  const lat = [...text].filter((c) => LATIN.test(c)).length;
  if (cyr === 0 && lat === 0) return null;
  if (lat > cyr) return 'en';
  return TAJIK_LETTERS.test(text) ? 'tg' : 'ru';
}

export const MAX_SELECTION_CHARS = 200;

/** A selection made fit to be a name: one line, single spaces, no quotes or punctuation around it. */
export function cleanSelection(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'«»“”„‘’.,:;!?…-]+|[\s"'«»“”„‘’.,:;!?…-]+$/gu, '')
    .slice(0, MAX_SELECTION_CHARS)
    .trim();
}

/** A name for a new entry's id: kebab-case ASCII from the English name, else from the date. */
export function idFromName(name: string, taken: ReadonlySet<string>, now = Date.now()): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || `entry-${now.toString(36)}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
