import type { Steps } from '../slices';
import { BLOCK_TAGS, SKIPPED_TAGS, type ArticlePart } from './article-text';

/**
 * Above this many elements, Readability (which clones the document and rescans it many times)
 * would hold the page for seconds; such pages get this single read-only pass instead.
 */
export const LARGE_PAGE_ELEMENTS = 15_000;

export function isLargePage(doc: Document): boolean {
  // getElementsByTagName is a live count in browsers (cheap); some Node DOMs only answer querySelectorAll.
  return (doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length) > LARGE_PAGE_ELEMENTS;
}

// Boilerplate by its name, as Readability judges it ("unlikely candidates").
const BOILERPLATE = /(^|[\s_-])(nav|navbar|menu|header|footer|sidebar|side-bar|aside|related|read-?also|recommend|promo|share|social|comment|comments|cookie|banner|advert|ads?|sponsor|subscribe|newsletter|breadcrumbs?|pagination|popup|modal|widget|ticker|tags?)([\s_-]|$)/i;
const BOILERPLATE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG']);
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'LI', 'BLOCKQUOTE', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BODY']);
const STEP = 50;
/** A paragraph read whole counts as one node of work per this many characters (for the pauses). */
const CHARS_PER_NODE = 25;

/**
 * Inside a paragraph matching none of these, every text node is article text and belongs to the
 * paragraph itself: such a paragraph is read whole with textContent, not node by node. Anything the
 * walk below would judge on its own (a nested block, a skipped or hidden element, a class or id that
 * may name boilerplate) sends the paragraph down the node-by-node path.
 */
const NOT_PLAIN = [...BLOCK_TAGS, ...SKIPPED_TAGS, ...BOILERPLATE_TAGS]
  .map((tag) => tag.toLowerCase())
  .concat(['[hidden]', '[aria-hidden]', '[contenteditable]', '[role]', '[class]', '[id]'])
  .join(',');

export interface LargePageArticle {
  title: string;
  /** Text nodes, and plain paragraphs taken whole (see NOT_PLAIN). */
  parts: ArticlePart[];
}

/**
 * Finds the article of a very large page in one pass over its text, yielding every few hundred
 * nodes: each paragraph's text scores its block, half of that goes to the parent and a quarter to
 * the grandparent (Readability's idea), link text counts against a block, and boilerplate
 * (navigation, sidebars, comments, footers, by tag or by class/id) is never entered. The best
 * block's text, plus the headline before it, is the article.
 *
 * Plain paragraphs are measured and taken whole through native calls (textContent): a script
 * object for each of a 5 MB page's 100,000 text nodes costs more in garbage collection pauses
 * than the walk itself, and those pauses land inside our short slices as long tasks.
 */
export function* findLargePageArticle(doc: Document): Steps<LargePageArticle | undefined> {
  const body = doc.body;
  if (!body) return undefined;
  const scores = new Map<Element, { text: number; links: number }>();
  // Depth-first, carrying whether we are inside a link (no per-node ancestor walks).
  const stack: Node[] = [body];
  const inLinks: boolean[] = [false];
  const plain = new Set<Element>();
  // Work since the last chance to pause, in nodes; a paragraph read whole counts by its length.
  let work = 0;
  while (stack.length > 0) {
    if (++work >= STEP) {
      work = 0;
      yield;
    }
    const node = stack.pop()!;
    const inLink = inLinks.pop()!;
    if (node.nodeType === 3) {
      const length = (node as Text).data.trim().length;
      if (length === 0) continue;
      const block = blockOf(node);
      if (!block) continue;
      creditWithAncestors(scores, block, length, inLink ? length : 0);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isSkipped(el)) continue;
    if (isPlainParagraph(el)) {
      plain.add(el);
      work += creditParagraph(scores, el, inLink) / CHARS_PER_NODE;
      continue;
    }
    const link = inLink || el.tagName.toUpperCase() === 'A';
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push(kids[i]!);
      inLinks.push(link);
    }
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (el === body) continue;
    const score = s.text * (1 - s.links / Math.max(1, s.text));
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  const parts: ArticlePart[] = [];
  const headline = headlineBefore(doc, best);
  if (headline) collectInto(headline, parts);
  const inner: Node[] = [best];
  while (inner.length > 0) {
    if (++work >= STEP) {
      work = 0;
      yield;
    }
    const node = inner.pop()!;
    if (node.nodeType === 3 || plain.has(node as Element)) {
      parts.push(node as ArticlePart);
      continue;
    }
    if (node.nodeType !== 1 || isSkipped(node as Element)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) inner.push(kids[i]!);
  }
  return { title: (headline?.textContent ?? doc.title ?? '').trim(), parts };
}

function isPlainParagraph(el: Element): boolean {
  return BLOCKS.has(el.tagName.toUpperCase()) && el.querySelector(NOT_PLAIN) === null;
}

/**
 * What the walk would credit for each text node of a plain paragraph, from two native reads.
 * Returns the paragraph's length (the work it took).
 */
function creditParagraph(scores: Map<Element, { text: number; links: number }>, el: Element, inLink: boolean): number {
  const length = (el.textContent ?? '').trim().length;
  if (length === 0) return 0;
  let linked = 0;
  if (inLink) linked = length;
  else for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').trim().length;
  creditWithAncestors(scores, el, length, linked);
  return length;
}

/** A block's text scores the block, half of it its parent and a quarter its grandparent. */
function creditWithAncestors(scores: Map<Element, { text: number; links: number }>, block: Element, length: number, linked: number): void {
  credit(scores, block, length, linked, 1);
  if (block.parentElement) credit(scores, block.parentElement, length, linked, 0.5);
  if (block.parentElement?.parentElement) credit(scores, block.parentElement.parentElement, length, linked, 0.25);
}

function credit(scores: Map<Element, { text: number; links: number }>, el: Element, length: number, linked: number, share: number) {
  let s = scores.get(el);
  if (!s) {
    s = { text: 0, links: 0 };
    scores.set(el, s);
  }
  s.text += length * share;
  s.links += linked * share;
}

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCKS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || BOILERPLATE_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const contentEditable = el.getAttribute('contenteditable');
  if (contentEditable === '' || contentEditable === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner') return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return name.length > 1 && BOILERPLATE.test(name);
}

function headlineBefore(doc: Document, article: Element): Element | undefined {
  const h1 = doc.querySelector('h1');
  if (!h1 || article.contains(h1)) return undefined;
  return h1.compareDocumentPosition(article) & 4 /* FOLLOWING */ ? h1 : undefined;
}

function collectInto(el: Element, out: ArticlePart[]): void {
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out.push(node as Text);
    else for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
}
