import { drain, PAUSE, type Steps } from '../slices';

/**
 * What an article is made of: text nodes, or (on very large pages) whole paragraphs whose text is
 * read natively with textContent, so that no script object is made for each of their text nodes.
 */
export type ArticlePart = Text | Element;

/**
 * The article as one string, built from live text nodes, with a map back to them. Block boundaries
 * (paragraphs, headings, list items, table cells, <br>) become line breaks so that a name never
 * runs across two paragraphs; text inside one block is joined as it is.
 */
export interface TextPiece {
  node: ArticlePart;
  /** Offset of the part's first character in the article text. */
  start: number;
  length: number;
  /** A paragraph's text nodes with their offsets inside it, found the first time a name in it is located. */
  inner?: Array<{ node: Text; start: number }>;
}

export interface ArticleText {
  text: string;
  pieces: TextPiece[];
}

export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL',
]);

/** Elements whose text is never article prose (and never highlighted). */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD', 'TITLE',
]);

const PARAGRAPH_BREAK = '\n\n';

export function buildArticleText(parts: readonly ArticlePart[]): ArticleText {
  return drain(articleTextSteps(parts));
}

const STEP = 500;
const STEP_CHARS = 50_000;

/** The same, as steps that can pause every few hundred parts (see core/slices.ts). */
export function* articleTextSteps(parts: readonly ArticlePart[]): Steps<ArticleText> {
  const kept: Array<{ part: ArticlePart; text: string }> = [];
  yield* dropLayoutWhitespace(parts, kept);
  const pieces: TextPiece[] = [];
  // Joined a step at a time: one join of 200,000 parts (a 5 MB page) is a long task on its own.
  const joined: string[] = [];
  let strings: string[] = [];
  let length = 0;
  let previous: ArticlePart | undefined;
  let sinceJoin = 0;
  for (let i = 0; i < kept.length; i++) {
    // A pause every few hundred nodes, or every STEP_CHARS characters of whole paragraphs.
    if (strings.length >= STEP || sinceJoin >= STEP_CHARS) {
      joined.push(strings.join(''));
      strings = [];
      sinceJoin = 0;
      yield;
    }
    const { part, text } = kept[i]!;
    sinceJoin += text.length;
    if (previous && blockBoundaryBetween(previous, part)) {
      strings.push(PARAGRAPH_BREAK);
      length += PARAGRAPH_BREAK.length;
    }
    pieces.push({ node: part, start: length, length: text.length });
    strings.push(text);
    length += text.length;
    previous = part;
  }
  joined.push(strings.join(''));
  if (joined.length === 1) return { text: joined[0]!, pieces };
  // One string of a very large page's text (megabytes): its allocation alone has set off 30-60 ms
  // of garbage collection, so it is made at the start of a slice, never at the end of a full one.
  yield PAUSE;
  return { text: joined.join(''), pieces };
}

function textOf(part: ArticlePart): string {
  return part.nodeType === 3 ? (part as Text).data : (part.textContent ?? '');
}

/**
 * Whitespace-only nodes are kept only between two words of the same block ("<b>Sergey</b> <b>Lavrov</b>");
 * the indentation between blocks is layout, not text.
 */
function* dropLayoutWhitespace(parts: readonly ArticlePart[], kept: Array<{ part: ArticlePart; text: string }>): Steps<void> {
  let lastContent: ArticlePart | undefined;
  let pending: Array<{ part: ArticlePart; text: string }> = [];
  let chars = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i % STEP === STEP - 1 || chars >= STEP_CHARS) {
      chars = 0;
      yield;
    }
    const part = parts[i]!;
    const text = textOf(part);
    chars += text.length;
    if (text === '') continue;
    if (text.trim() === '') {
      if (lastContent && part.nodeType === 3) pending.push({ part, text });
      continue;
    }
    if (lastContent && pending.length > 0 && !blockBoundaryBetween(lastContent, part)) kept.push(...pending);
    pending = [];
    kept.push({ part, text });
    lastContent = part;
  }
}

/** Whether a block element starts or ends between two parts in document order (a paragraph part is a block). */
function blockBoundaryBetween(a: ArticlePart, b: ArticlePart): boolean {
  if (a.nodeType !== 3 || b.nodeType !== 3) return true;
  const blockA = nearestBlock(a);
  const blockB = nearestBlock(b);
  if (blockA !== blockB) return true;
  // Same block, but a <br> or nested block may sit between them.
  for (let n = nextInOrder(a); n && n !== b; n = nextInOrder(n)) {
    if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName.toUpperCase())) return true;
  }
  return false;
}

function nearestBlock(node: Node): Node | null {
  let n = node.parentNode;
  while (n && n.nodeType === 1 && !BLOCK_TAGS.has((n as Element).tagName.toUpperCase())) n = n.parentNode;
  return n;
}

function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && !n.nextSibling) n = n.parentNode;
  return n ? n.nextSibling : null;
}

/** Text nodes under a root, in document order, leaving out script, code, form fields and the like. */
export function collectTextNodes(root: Node, skip?: (el: Element) => boolean): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out.push(node as Text);
      continue;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) continue;
      if (el.getAttribute('contenteditable') === 'true' || el.getAttribute('contenteditable') === '') continue;
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
      if (skip?.(el)) continue;
    } else if (node.nodeType !== 9 && node.nodeType !== 11) {
      continue;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/**
 * Which node a position on the boundary of two text nodes belongs to: a name's start goes with the
 * node after it (where its first letter is), its end with the node before.
 */
export type Side = 'start' | 'end';

/**
 * Finds the text node and offset for a position in the article text (binary search over pieces), or
 * undefined where the page has changed that text since the analysis.
 */
export function locate(article: ArticleText, offset: number, side: Side = 'end'): { node: Text; offset: number } | undefined {
  const piece = pieceAt(article, offset, side);
  if (!piece) return undefined;
  const within = offset - piece.start;
  if (piece.node.nodeType !== 1) {
    const node = piece.node as Text;
    return within <= node.data.length ? { node, offset: within } : undefined;
  }
  return locateInside(article, piece, within, side);
}

/** The piece holding a position of the article text. */
export function pieceAt(article: ArticleText, offset: number, side: Side = 'end'): TextPiece | undefined {
  return spanAt(article.pieces, offset, (p) => p.length, side);
}

function locateInside(article: ArticleText, piece: TextPiece, offset: number, side: Side): { node: Text; offset: number } | undefined {
  piece.inner ??= textNodesWithOffsets(piece.node, article.text.slice(piece.start, piece.start + piece.length));
  const at = spanAt(piece.inner, offset, (t) => t.node.data.length, side);
  return at && { node: at.node, offset: offset - at.start };
}

/** Binary search over spans in text order for the one whose [start, start + length] holds the offset. */
function spanAt<T extends { start: number }>(spans: readonly T[], offset: number, lengthOf: (span: T) => number, side: Side): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset > span.start + lengthOf(span)) lo = mid + 1;
    else {
      const next = spans[mid + 1];
      const previous = spans[mid - 1];
      if (side === 'start' && offset === span.start + lengthOf(span) && next?.start === offset) return next;
      if (side === 'end' && offset === span.start && previous && previous.start + lengthOf(previous) === offset) return previous;
      return span;
    }
  }
  return undefined;
}

/**
 * Every text node under a paragraph with its offset in the paragraph's textContent, or none when
 * that text is no longer what was analyzed (the page changed it): its names then stay unplaced
 * rather than land on the wrong words.
 */
function textNodesWithOffsets(root: Node, analyzed: string): Array<{ node: Text; start: number }> {
  if (root.textContent !== analyzed) return [];
  const out: Array<{ node: Text; start: number }> = [];
  const stack: Node[] = [root];
  let at = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    // CDATA sections (XHTML pages) are text too, and in textContent.
    if (node.nodeType === 3 || node.nodeType === 4) {
      out.push({ node: node as Text, start: at });
      at += (node as Text).data.length;
      continue;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}
