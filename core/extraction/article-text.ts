import { drain, type Steps } from '../slices';

/**
 * The article as one string, built from live text nodes, with a map back to them. Block boundaries
 * (paragraphs, headings, list items, table cells, <br>) become line breaks so that a name never
 * runs across two paragraphs; text inside one block is joined as it is.
 */
export interface TextPiece {
  node: Text;
  /** Offset of the node's first character in the article text. */
  start: number;
}

export interface ArticleText {
  text: string;
  pieces: TextPiece[];
}

const BLOCK_TAGS = new Set([
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

export function buildArticleText(nodes: readonly Text[]): ArticleText {
  return drain(articleTextSteps(nodes));
}

const STEP = 500;

/** The same, as steps that can pause every few hundred nodes (see core/slices.ts). */
export function* articleTextSteps(nodes: readonly Text[]): Steps<ArticleText> {
  const kept: Text[] = [];
  yield* dropLayoutWhitespace(nodes, kept);
  const pieces: TextPiece[] = [];
  // Joined a step at a time: one join of 200,000 parts (a 5 MB page) is a long task on its own.
  const joined: string[] = [];
  let parts: string[] = [];
  let length = 0;
  let previous: Text | undefined;
  for (let i = 0; i < kept.length; i++) {
    if (i % STEP === STEP - 1) {
      joined.push(parts.join(''));
      parts = [];
      yield;
    }
    const node = kept[i]!;
    if (previous && blockBoundaryBetween(previous, node)) {
      parts.push(PARAGRAPH_BREAK);
      length += PARAGRAPH_BREAK.length;
    }
    pieces.push({ node, start: length });
    parts.push(node.data);
    length += node.data.length;
    previous = node;
  }
  joined.push(parts.join(''));
  return { text: joined.length === 1 ? joined[0]! : joined.join(''), pieces };
}

/**
 * Whitespace-only nodes are kept only between two words of the same block ("<b>Sergey</b> <b>Lavrov</b>");
 * the indentation between blocks is layout, not text.
 */
function* dropLayoutWhitespace(nodes: readonly Text[], kept: Text[]): Steps<void> {
  let lastContent: Text | undefined;
  let pending: Text[] = [];
  for (let i = 0; i < nodes.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const node = nodes[i]!;
    if (node.data === '') continue;
    if (node.data.trim() === '') {
      if (lastContent) pending.push(node);
      continue;
    }
    if (lastContent && pending.length > 0 && !blockBoundaryBetween(lastContent, node)) kept.push(...pending);
    pending = [];
    kept.push(node);
    lastContent = node;
  }
}

/** Whether a block element starts or ends between two text nodes in document order. */
function blockBoundaryBetween(a: Node, b: Node): boolean {
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

/** Finds the text node and offset for a position in the article text (binary search over pieces). */
export function locate(article: ArticleText, offset: number): { node: Text; offset: number } | undefined {
  const { pieces } = article;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.start + p.node.data.length) lo = mid + 1;
    else return { node: p.node, offset: offset - p.start };
  }
  return undefined;
}
