/**
 * Which live text nodes a reader can actually read: not inside an editor, a form field, code, an
 * SVG drawing or an element the page hides (by attribute or by its stylesheets). Readability works
 * on a clone, where neither the page's CSS nor its editing state exist, and it unwraps some
 * elements (a <div contenteditable> holding one <p> comes back as the <p>), so the check is made
 * on the live node, after mapping back.
 */
import { SKIPPED_TAGS } from './article-text';

type Visible = Element & { checkVisibility?: (options?: Record<string, boolean>) => boolean };

/** Whether an element, by itself, keeps its text out of reach (its ancestors are checked apart). */
export function excludesText(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/**
 * Keeps the nodes a reader sees. Elements are checked once each (memoized up the tree), so a page
 * with 100,000 text nodes costs one pass. Where the DOM has no layout (linkedom in the command
 * line), only the markup is checked.
 */
export function keepReadable(nodes: readonly Text[]): Text[] {
  const excluded = new Map<Element, boolean>();
  const rendered = new Map<Element, boolean>();
  const isExcluded = (start: Element): boolean => {
    const path: Element[] = [];
    let verdict = false;
    for (let el: Element | null = start; el; el = el.parentElement) {
      const known = excluded.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(el);
      if (excludesText(el) || (el as HTMLElement).isContentEditable === true) {
        verdict = true;
        break;
      }
    }
    for (const el of path) excluded.set(el, verdict);
    return verdict;
  };
  const isRendered = (el: Element): boolean => {
    let known = rendered.get(el);
    if (known === undefined) {
      known = renderedNow(el);
      rendered.set(el, known);
    }
    return known;
  };
  return nodes.filter((node) => {
    const parent = node.parentElement;
    if (!parent) return false;
    return !isExcluded(parent) && isRendered(parent);
  });
}

function renderedNow(el: Element): boolean {
  const v = el as Visible;
  if (typeof v.checkVisibility !== 'function') return true;
  if (v.checkVisibility({ visibilityProperty: true })) return true;
  // display: contents has no box of its own, yet its text is drawn by its parent's box.
  const view = el.ownerDocument.defaultView;
  if (view && view.getComputedStyle(el).display === 'contents' && el.parentElement) return renderedNow(el.parentElement);
  return false;
}
