import { articleTextSteps, type ArticleText } from './extraction/article-text';
import { extractArticle, wholePageText } from './extraction/extract-article';
import { findUnknownOfficials, type Discovery } from './discovery';
import { findLargePageArticle, isLargePage } from './extraction/large-page';
import { detectLanguage } from './languages/detect';
import { countEntities, type EntityCount } from './recognition/analyze';
import type { GlossaryIndex } from './recognition/glossary-index';
import { matchMentions, type Mention } from './recognition/match-mentions';
import { drain, drainInSlices, type Steps } from './slices';

export interface DocumentAnalysis {
  status: 'ok';
  /** "article" when an article was found; "page" when the reader asked to scan the whole page. */
  scope: 'article' | 'page';
  title: string;
  language: string;
  article: ArticleText;
  mentions: Mention[];
  entities: EntityCount[];
  /** Likely officials and bodies the glossary does not know yet (shown dotted, listed apart). */
  candidates: Discovery[];
  /** Where the time went, in milliseconds (for the benchmark and the page's performance timeline). */
  timings: { extract: number; text: number; match: number };
}

export type DocumentResult = DocumentAnalysis | { status: 'not-article'; title: string };

export interface AnalyzeOptions {
  wholePage?: boolean;
  isOwnUi?: (el: Element) => boolean;
}

/** Text is matched in pieces of about this size, cut at paragraph breaks, so no step runs long. */
const MATCH_CHUNK = 16 * 1024;
const PARAGRAPH_BREAK = '\n\n';

/**
 * The whole recognition path for a document, shared by the content script and the command line so
 * both give the same mentions: extract the article, build its text from the live nodes, recognize.
 */
export function analyzeDocument(doc: Document, index: GlossaryIndex, options: AnalyzeOptions = {}): DocumentResult {
  return drain(analyzeDocumentSteps(doc, index, options));
}

/** The same, pausing every few milliseconds so the page stays responsive. */
export function analyzeDocumentInSlices(doc: Document, index: GlossaryIndex, options: AnalyzeOptions = {}, budgetMs = 8): Promise<DocumentResult> {
  return drainInSlices(analyzeDocumentSteps(doc, index, options), budgetMs);
}

export function* analyzeDocumentSteps(doc: Document, index: GlossaryIndex, options: AnalyzeOptions = {}): Steps<DocumentResult> {
  const title = (doc.title ?? '').trim();
  const t0 = performance.now();
  let nodes: Text[];
  let scope: DocumentAnalysis['scope'] = 'article';
  let articleTitle = title;
  let langHint = doc.documentElement?.getAttribute('lang') ?? undefined;
  if (options.wholePage) {
    nodes = wholePageText(doc, options.isOwnUi);
    scope = 'page';
  } else if (isLargePage(doc)) {
    // Readability on a page this size would hold the page for seconds in one task.
    const found = yield* findLargePageArticle(doc);
    if (!found || found.nodes.length === 0) return { status: 'not-article', title };
    nodes = found.nodes;
    articleTitle = found.title || title;
  } else {
    const extracted = extractArticle(doc);
    if (!extracted.ok) return { status: 'not-article', title };
    nodes = extracted.article.nodes;
    articleTitle = extracted.article.title || title;
    langHint = extracted.article.langHint ?? langHint;
  }
  yield;
  const t1 = performance.now();
  const article = yield* articleTextSteps(nodes);
  const t2 = performance.now();
  const mentions: Mention[] = [];
  for (const [start, end] of chunksOf(article.text)) {
    yield;
    const chunk = start === 0 && end === article.text.length ? article.text : article.text.slice(start, end);
    for (const m of matchMentions(chunk, index)) mentions.push(start === 0 ? m : { ...m, start: m.start + start, end: m.end + start });
  }
  const t3 = performance.now();
  const language = detectLanguage(article.text, langHint);
  const candidates: Discovery[] = [];
  for (const [start, end] of chunksOf(article.text)) {
    yield;
    const inChunk = mentions.filter((m) => m.start >= start && m.end <= end).map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
    const chunk = start === 0 && end === article.text.length ? article.text : article.text.slice(start, end);
    for (const c of findUnknownOfficials(chunk, inChunk, { language })) candidates.push(start === 0 ? c : { ...c, start: c.start + start, end: c.end + start });
  }
  return {
    status: 'ok',
    scope,
    title: articleTitle,
    language,
    article,
    mentions,
    entities: countEntities(mentions),
    candidates,
    timings: { extract: t1 - t0, text: t2 - t1, match: t3 - t2 },
  };
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
