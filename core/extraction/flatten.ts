/**
 * Readability's work grows much faster than the depth of the tree (a 1,000-deep page takes seconds,
 * 5,000 deep minutes). Pages that deep are wrapper chains (a div in a div in a div...), so before
 * Readability runs, the clone's plain wrappers that hold a single element and no text are
 * unwrapped. Text nodes are moved, never copied, so the clone→live map stays valid. Ordinary pages
 * are far below the limit and are left exactly as they are.
 */
export const MAX_DEPTH = 256;

/** Wrappers that carry no meaning Readability scores; article, main, p, headings, lists stay. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'SPAN', 'B', 'I', 'U', 'EM', 'STRONG', 'FONT', 'CENTER', 'SMALL', 'BIG', 'ABBR', 'CITE', 'DFN', 'S', 'Q', 'TIME', 'DATA', 'LABEL', 'MARK']);

/**
 * The depth of the deepest element under `root`. Walks from element to element by hand: no
 * recursion (deep trees must not overflow the stack), nothing allocated, no text nodes visited.
 */
export function treeDepth(root: Node): number {
  let node = root as ParentNode & Partial<Element>;
  let depth = 0;
  let max = 0;
  for (;;) {
    const child = node.firstElementChild;
    if (child) {
      node = child;
      if (++depth > max) max = depth;
      continue;
    }
    for (;;) {
      if (depth === 0) return max;
      const next = node.nextElementSibling;
      if (next) {
        node = next;
        break;
      }
      node = node.parentElement!;
      depth--;
    }
  }
}

/**
 * Whether an element lies more than `limit` levels below `root` (treeDepth(root) > limit), asked as
 * one native selector match: `:scope > * > … > *` finds an element exactly limit + 1 levels down,
 * which exists whenever anything is deeper. The walk above, from script, costs a millisecond or more
 * on every click (a content script runs cold in a fresh world each time); the match a tenth of that.
 */
export function isDeeperThan(root: Element, limit: number): boolean {
  try {
    return root.querySelector(`:scope${' > *'.repeat(limit + 1)}`) !== null;
  } catch {
    return treeDepth(root) > limit; // a DOM without :scope
  }
}

/**
 * Unwraps single-element wrappers until the tree is no deeper than `limit`. Returns whether it is
 * still deeper (nothing left to unwrap).
 */
export function flattenDeepWrappers(doc: Document, limit = MAX_DEPTH): boolean {
  const root = doc.documentElement;
  if (!root || !isDeeperThan(root, limit)) return false;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!WRAPPERS.has(el.tagName.toUpperCase()) || !el.parentNode) continue;
    if (el.childElementCount !== 1 || hasOwnText(el) || decidesReadability(el)) continue;
    el.replaceWith(...Array.from(el.childNodes));
  }
  return isDeeperThan(root, limit);
}

/** Attributes that hide or fence off what is inside: unwrapping would let that text through. */
function decidesReadability(el: Element): boolean {
  return el.hasAttribute('hidden') || el.hasAttribute('aria-hidden') || el.hasAttribute('contenteditable') || el.hasAttribute('inert');
}

function hasOwnText(el: Element): boolean {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child as Text).data.trim() !== '') return true;
  }
  return false;
}
