import { findUnknownOfficials, type Discovery } from './discovery';
import { detectLanguage } from './languages/detect';
import { countEntities, type EntityCount } from './recognition/analyze';
import type { GlossaryIndex } from './recognition/glossary-index';
import { matchMentions, type Mention } from './recognition/match-mentions';

/** What recognition finds in an article's text. Offsets are into that text. */
export interface Recognition {
  language: string;
  mentions: Mention[];
  entities: EntityCount[];
  /** Likely officials and bodies the glossary does not know yet (shown dotted, listed apart). */
  candidates: Discovery[];
}

/**
 * Text is matched in pieces of about this size, cut at paragraph breaks: the word graph of one
 * piece stays small, and a name never spans a paragraph break anyway.
 */
const MATCH_CHUNK = 16 * 1024;
const PARAGRAPH_BREAK = '\n\n';

/** Glossary mentions, the language, and likely officials the glossary does not know. */
export function recognizeText(text: string, index: GlossaryIndex, langHint?: string): Recognition {
  const found = matchText(text, index, langHint);
  return { ...found, candidates: discoverInText(text, found) };
}

/** What the glossary knows in the text: its mentions, their counts, and the text's language. */
export type GlossaryMatch = Omit<Recognition, 'candidates'>;

/**
 * The glossary's half of recognition. Apart from discovery so that the extension can paint the
 * glossary's names while the suggestions (several times the work on a long text) are still found.
 */
export function matchText(text: string, index: GlossaryIndex, langHint?: string): GlossaryMatch {
  const mentions: Mention[] = [];
  for (const [start, end] of chunksOf(text)) {
    const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
    for (const m of matchMentions(chunk, index)) mentions.push(start === 0 ? m : { ...m, start: m.start + start, end: m.end + start });
  }
  return { language: detectLanguage(text, langHint), mentions, entities: countEntities(mentions) };
}

/** Likely officials and bodies the glossary does not know, next to what it matched. */
export function discoverInText(text: string, { mentions, language }: Pick<GlossaryMatch, 'mentions' | 'language'>): Discovery[] {
  const candidates: Discovery[] = [];
  let next = 0;
  for (const [start, end] of chunksOf(text)) {
    const inChunk: Mention[] = [];
    for (; next < mentions.length && mentions[next]!.end <= end; next++) {
      const m = mentions[next]!;
      if (m.start >= start) inChunk.push(start === 0 ? m : { ...m, start: m.start - start, end: m.end - start });
    }
    const chunk = start === 0 && end === text.length ? text : text.slice(start, end);
    for (const c of findUnknownOfficials(chunk, inChunk, { language })) candidates.push(start === 0 ? c : { ...c, start: c.start + start, end: c.end + start });
  }
  return candidates;
}

/** [start, end) ranges of at most about MATCH_CHUNK characters, ending at paragraph breaks. */
function chunksOf(text: string): Array<[number, number]> {
  if (text.length <= MATCH_CHUNK) return [[0, text.length]];
  const chunks: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MATCH_CHUNK);
    if (end < text.length) {
      const cut = text.lastIndexOf(PARAGRAPH_BREAK, end);
      end = cut > start ? cut : end;
    }
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}
