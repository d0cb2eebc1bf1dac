/**
 * The highlight styles apply only inside elements carrying NAMES_ATTRIBUTE (tarjuma-highlights.css):
 * a rule on every element would make the browser restyle the whole document when the styles arrive.
 * On an ordinary page every element holding a name is marked; on a very large one only those near
 * the viewport are (near-viewport.ts). Either way stop() takes every attribute away again.
 */
export const NAMES_ATTRIBUTE = 'data-tarjuma-names';

export interface RangeSet {
  add(range: Range): unknown;
  delete(range: Range): boolean;
}

/** A span to paint: the element that holds it, and its range (which may be made only when asked for). */
export interface Paintable {
  readonly holder: Element | null;
  readonly range: Range;
}

/** Puts a name's range into its highlight and marks the element that holds it. */
export interface RangePainter {
  track(span: Paintable, into: RangeSet): void;
  /** The spans tracked from now on are in document order among themselves only (painters that search by position need to know). */
  newOrderedRun?(): void;
  stop(): void;
}

/** The element whose attribute styles the whole range (it holds both ends). */
export function holderOf(range: Range): Element | null {
  const common = range.commonAncestorContainer;
  return common.nodeType === 1 ? (common as Element) : common.parentElement;
}

/** Ordinary pages: every name painted at once, every element holding one marked. */
export class MarkedElements implements RangePainter {
  private readonly marked = new Set<Element>();

  track(span: Paintable, into: RangeSet): void {
    const element = span.holder;
    if (element && !this.marked.has(element)) {
      element.setAttribute(NAMES_ATTRIBUTE, '');
      this.marked.add(element);
    }
    into.add(span.range);
  }

  stop(): void {
    for (const element of this.marked) element.removeAttribute(NAMES_ATTRIBUTE);
    this.marked.clear();
  }
}
