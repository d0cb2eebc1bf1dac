import { buildArticleText, type ArticleText } from './extraction/article-text';
import { extractArticle, wholePageText } from './extraction/extract-article';
import type { GlossaryIndex } from './recognition/glossary-index';
import { analyzeText, type EntityCount } from './recognition/analyze';
import type { Mention } from './recognition/match-mentions';

export interface DocumentAnalysis {
  status: 'ok';
  /** "article" when Readability found one; "page" when the reader asked to scan the whole page. */
  scope: 'article' | 'page';
  title: string;
  language: string;
  article: ArticleText;
  mentions: Mention[];
  entities: EntityCount[];
}

export type DocumentResult = DocumentAnalysis | { status: 'not-article'; title: string };

/**
 * The whole recognition path for a document, shared by the content script and the command line so
 * both give the same mentions: extract the article, build its text from the live nodes, recognize.
 */
export function analyzeDocument(
  doc: Document,
  index: GlossaryIndex,
  options: { wholePage?: boolean; isOwnUi?: (el: Element) => boolean } = {},
): DocumentResult {
  const title = (doc.title ?? '').trim();
  let nodes: Text[];
  let scope: DocumentAnalysis['scope'] = 'article';
  let articleTitle = title;
  let langHint = doc.documentElement?.getAttribute('lang') ?? undefined;
  if (options.wholePage) {
    nodes = wholePageText(doc, options.isOwnUi);
    scope = 'page';
  } else {
    const extracted = extractArticle(doc);
    if (!extracted.ok) return { status: 'not-article', title };
    nodes = extracted.article.nodes;
    articleTitle = extracted.article.title || title;
    langHint = extracted.article.langHint ?? langHint;
  }
  const article = buildArticleText(nodes);
  const { language, mentions, entities } = analyzeText(article.text, index, langHint);
  return { status: 'ok', scope, title: articleTitle, language, article, mentions, entities };
}
