import { NAMES_ATTRIBUTE, type Paintable, type RangePainter, type RangeSet } from './marked-elements';

/**
 * On very large pages only the names near the viewport are in the highlight registry, and only their
 * elements carry NAMES_ATTRIBUTE (which the highlight styles require). Why: the browser redoes
 * its highlight bookkeeping for every registered range on each change (registering 28,000 ranges at
 * once is one 150–200 ms task; adding them in batches costs more in total), and a highlight rule on
 * every element restyles the whole document at once. A band of about one screen above and below the
 * viewport is kept highlighted as the reader scrolls: the names' elements are in document order, which
 * on a page is top-to-bottom order, so a binary search finds the band in a few dozen layout queries
 * (an IntersectionObserver on thousands of elements costs more per frame than that). Everything is
 * undone by stop(): the attributes go, the page is as it was.
 */
export class NearViewport implements RangePainter {
  /** Elements holding names, in document order, with their spans (whose ranges are made when first painted). */
  private readonly elements: Element[] = [];
  /**
   * Elements first met after a new ordered run began (the suggestions, tracked after every name):
   * in document order among themselves but not after the names, so they are searched on their own.
   */
  private readonly later: Element[] = [];
  private tracking: Element[] = this.elements;
  private readonly rangesOf = new Map<Element, Array<[Paintable, RangeSet]>>();
  private near = new Set<Element>();
  private frame = 0;
  private listening = false;
  private readonly onScroll = () => {
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.update());
  };

  constructor(private readonly win: Window & typeof globalThis) {}

  /** Paints the span into `into` whenever its element is near the viewport. Call in document order (within a run: newOrderedRun). */
  track(span: Paintable, into: RangeSet): void {
    const element = span.holder;
    if (!element) return;
    let list = this.rangesOf.get(element);
    if (!list) {
      list = [];
      this.rangesOf.set(element, list);
      this.tracking.push(element);
    }
    list.push([span, into]);
    if (this.near.has(element)) into.add(span.range);
    if (!this.listening) {
      this.listening = true;
      this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      this.win.addEventListener('resize', this.onScroll, { passive: true });
    }
    this.onScroll();
  }

  /**
   * The spans tracked from now on are in document order among themselves, not after the ones
   * before (the suggestions, which come after every name).
   */
  newOrderedRun(): void {
    this.tracking = this.later;
  }

  /** Registers the ranges of the elements in the band around the viewport, and drops the others. */
  update(): void {
    this.frame = 0;
    const height = this.win.innerHeight || 800;
    const next = new Set<Element>();
    addNear(this.elements, -height, 2 * height, next);
    addNear(this.later, -height, 2 * height, next);
    for (const element of this.near) if (!next.has(element)) this.paint(element, false);
    for (const element of next) if (!this.near.has(element)) this.paint(element, true);
    this.near = next;
  }

  stop(): void {
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.win.removeEventListener('scroll', this.onScroll, { capture: true });
    this.win.removeEventListener('resize', this.onScroll);
    this.listening = false;
    for (const element of this.near) element.removeAttribute(NAMES_ATTRIBUTE);
    this.near = new Set();
    this.elements.length = 0;
    this.later.length = 0;
    this.tracking = this.elements;
    this.rangesOf.clear();
  }

  private paint(element: Element, on: boolean): void {
    if (on) element.setAttribute(NAMES_ATTRIBUTE, '');
    else element.removeAttribute(NAMES_ATTRIBUTE);
    for (const [span, into] of this.rangesOf.get(element) ?? []) {
      if (on) into.add(span.range);
      else into.delete(span.range);
    }
  }
}

/** Adds the elements of a list in document order that lie in the band [top, bottom] (binary search for its start). */
function addNear(elements: readonly Element[], top: number, bottom: number, near: Set<Element>): void {
  let lo = 0;
  let hi = elements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (elements[mid]!.getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < elements.length; i++) {
    const element = elements[i]!;
    const rect = element.getBoundingClientRect();
    if (rect.top > bottom) break;
    if (rect.bottom >= top && element.isConnected) near.add(element);
  }
}
