import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { foldPhrase } from '../text/fold';
import { collectTextNodes } from './article-text';
import { cloneWithTextMap } from './clone-map';
import { flattenDeepWrappers } from './flatten';
import { keepReadable } from './visibility';
import { dropLinkLists } from './link-lists';

export interface ExtractedArticle {
  title: string;
  byline?: string;
  /** The page's declared language (a hint only). */
  langHint?: string;
  /** Live text nodes of the article, headline first, in document order. */
  nodes: Text[];
  /** The live element the article came from (its common ancestor), for scoping. */
  root?: Element;
}

export type ExtractionResult =
  | { ok: true; article: ExtractedArticle }
  | { ok: false; reason: 'not-article' | 'empty' };

/** Options shared by the extension and the command line, so both extract the same text. */
export const READABILITY_OPTIONS = { charThreshold: 300, keepClasses: false } as const;

/**
 * Whether the page looks like an article at all (Readability's own pre-check). A page that does
 * not is "not an article", whatever Readability would make of it.
 */
export function isArticlePage(doc: Document): boolean {
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}

/**
 * Extracts the main article of a document with Mozilla Readability, run on a clone so the page is
 * never touched, and maps the result back to the live page's text nodes. Navigation, "Read also"
 * boxes, comments and footers are left out because Readability leaves them out.
 */
export function extractArticle(doc: Document, options: { callerChecksArticlePage?: boolean } = {}): ExtractionResult {
  if (!doc.body) return { ok: false, reason: 'empty' };
  // callerChecksArticlePage: the extension asks isArticlePage itself, while the background matches.
  if (!options.callerChecksArticlePage && !isArticlePage(doc)) return { ok: false, reason: 'not-article' };
  const { clone, liveTextOf } = cloneWithTextMap(doc);
  // Too deep even after unwrapping plain wrappers: Readability would run for minutes.
  if (flattenDeepWrappers(clone)) return { ok: false, reason: 'not-article' };
  const parsed = new Readability(clone, { ...READABILITY_OPTIONS, serializer: (el: Node) => el }).parse();
  const content = parsed?.content as unknown as Node | null | undefined;
  if (!parsed || !content) return { ok: false, reason: 'not-article' };

  const mapped: Text[] = [];
  const seen = new Set<Text>();
  for (const copy of collectTextNodes(content)) {
    const live = liveTextOf.get(copy);
    if (live && !seen.has(live) && isInDocument(live, doc)) {
      mapped.push(live);
      seen.add(live);
    }
  }
  // What Readability kept may still be hidden or editable in the live page.
  // Link lists Readability kept between paragraphs ("More:", "Read also") are navigation too.
  const nodes = dropLinkLists(keepReadable(mapped));
  const firstWords = nodes.find((n) => n.data.trim() !== '');
  if (!firstWords) return { ok: false, reason: 'not-article' };

  const title = (parsed.title ?? '').trim();
  const headline = findHeadline(doc, title, firstWords);
  const headlineNodes = headline ? keepReadable(collectTextNodes(headline).filter((n) => !seen.has(n))) : [];
  // The headline precedes the article's first text (findHeadline checks), so it simply goes first.
  const all = [...headlineNodes, ...nodes];
  return {
    ok: true,
    article: {
      title: (headline?.textContent ?? '').trim() || title,
      byline: parsed.byline ?? undefined,
      langHint: parsed.lang || doc.documentElement?.getAttribute('lang') || undefined,
      nodes: all,
      root: commonAncestor(nodes),
    },
  };
}

/** Text nodes of the whole body, for pages that are not articles when the reader asks anyway. */
export function wholePageText(doc: Document, isOwnUi?: (el: Element) => boolean): Text[] {
  return doc.body ? keepReadable(collectTextNodes(doc.body, isOwnUi)) : [];
}

/**
 * Readability drops the <h1> when it repeats the title; the headline is still part of the article
 * the reader sees, so it is found again in the live page: the heading before the article's first
 * text whose words match the title.
 */
function findHeadline(doc: Document, title: string, firstArticleNode: Text): Element | undefined {
  if (!title) return undefined;
  const wanted = foldPhrase(title);
  if (!wanted) return undefined;
  const headings = Array.from(doc.querySelectorAll('h1, h2'));
  for (const h of headings) {
    const text = foldPhrase(h.textContent ?? '');
    if (!text || !(text === wanted || wanted.includes(text) || text.includes(wanted))) continue;
    if (text.length < Math.min(wanted.length, 12) ) continue;
    // It must come before (or hold) the article's first text, not in a sidebar after it.
    const position = h.compareDocumentPosition(firstArticleNode);
    if (position & 4 /* FOLLOWING */ || position & 16 /* CONTAINED_BY */) return h;
  }
  return undefined;
}

function isInDocument(node: Node, doc: Document): boolean {
  return node.ownerDocument === doc && (doc.documentElement?.contains(node) ?? false);
}

function commonAncestor(nodes: Text[]): Element | undefined {
  if (nodes.length === 0) return undefined;
  let ancestor: Node | null = nodes[0]!.parentNode;
  for (const n of nodes) {
    while (ancestor && !ancestor.contains(n)) ancestor = ancestor.parentNode;
  }
  return ancestor && ancestor.nodeType === 1 ? (ancestor as Element) : undefined;
}
