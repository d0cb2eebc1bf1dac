/**
 * The page's half of the recognition path: find the article (or take the whole page) and build its
 * text from the live nodes. It needs the DOM, so in the extension it runs in the page; recognition
 * (recognize-text.ts) runs in the background, where the glossary is.
 */
import { articleTextSteps, type ArticlePart, type ArticleText } from './extraction/article-text';
import { extractArticle, wholePageText } from './extraction/extract-article';
import { findLargePageArticle, isLargePage } from './extraction/large-page';
import { drainInSlices, yieldToEventLoop, type Steps } from './slices';

/** The article found in a document, as text with the live nodes (or paragraphs) behind each piece. */
export interface DocumentExtraction {
  status: 'ok';
  /** "article" when an article was found; "page" when the reader asked to scan the whole page. */
  scope: 'article' | 'page';
  title: string;
  /** A very large page (large-page.ts): painted only near the viewport. Counted once, here. */
  largePage: boolean;
  /** The page's or the article's `lang`, a tie-breaker for language detection. */
  langHint: string | undefined;
  article: ArticleText;
  /** Where the time went, in milliseconds (for the benchmark and the page's performance timeline). */
  timings: { extract: number; text: number };
  /**
   * Readability's article, not yet judged by isArticlePage (AnalyzeOptions.callerChecksArticlePage):
   * the caller must ask it and treat a "no" as not-article.
   */
  articlePageUnchecked: boolean;
}

/** A page without an article (and not scanned whole). */
export interface NotArticle {
  status: 'not-article';
  title: string;
}

export type DocumentExtractionResult = DocumentExtraction | NotArticle;

export interface AnalyzeOptions {
  wholePage?: boolean;
  isOwnUi?: (el: Element) => boolean;
  /**
   * Readability's article comes back without the isArticlePage pre-check, which the caller makes
   * itself (the extension: while the background matches the text; the judgement is the same).
   */
  callerChecksArticlePage?: boolean;
}

/** Extraction pausing every few milliseconds, so the page stays responsive. */
export async function extractDocumentInSlices(doc: Document, options: AnalyzeOptions = {}, budgetMs = 8): Promise<DocumentExtractionResult> {
  const largePage = isLargePage(doc);
  // The task that injected the content script has compiled it already (20+ ms on a slow machine):
  // on a very large page the extraction's first slice starts in a task of its own.
  if (largePage) await yieldToEventLoop();
  return drainInSlices(extractDocumentSteps(doc, options, largePage), budgetMs);
}

export function* extractDocumentSteps(doc: Document, options: AnalyzeOptions = {}, largePage = isLargePage(doc)): Steps<DocumentExtractionResult> {
  const title = (doc.title ?? '').trim();
  const t0 = performance.now();
  let parts: readonly ArticlePart[];
  let scope: DocumentExtraction['scope'] = 'article';
  let articleTitle = title;
  let langHint = doc.documentElement?.getAttribute('lang') ?? undefined;
  if (options.wholePage) {
    parts = wholePageText(doc, options.isOwnUi);
    scope = 'page';
    yield;
  } else if (largePage) {
    // Readability on a page this size would hold the page for seconds in one task.
    const found = yield* findLargePageArticle(doc);
    if (!found || found.parts.length === 0) return { status: 'not-article', title };
    parts = found.parts;
    articleTitle = found.title || title;
    yield;
  } else {
    const extracted = extractArticle(doc, { callerChecksArticlePage: options.callerChecksArticlePage });
    if (!extracted.ok) return { status: 'not-article', title };
    parts = extracted.article.nodes;
    articleTitle = extracted.article.title || title;
    langHint = extracted.article.langHint ?? langHint;
    // No pause between Readability and the text of a news article (a millisecond's work): the text
    // leaves for the background at the end of this task, and what the browser does next (the styles
    // the background inserts make it restyle the page) overlaps with the recognition.
  }
  const t1 = performance.now();
  const article = yield* articleTextSteps(parts);
  const articlePageUnchecked = scope === 'article' && !largePage && options.callerChecksArticlePage === true;
  return {
    status: 'ok', scope, title: articleTitle, largePage, langHint, article, articlePageUnchecked,
    timings: { extract: t1 - t0, text: performance.now() - t1 },
  };
}
