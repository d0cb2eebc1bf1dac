import type { Steps } from '../core/slices';
import type { PlacedMention } from './highlighter';

interface CaretPosition {
  node: Node;
  offset: number;
}

/** The text position under a point: caretPositionFromPoint where it exists, caretRangeFromPoint else. */
export function caretAt(doc: Document, x: number, y: number): CaretPosition | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
  }
  return undefined;
}

/**
 * Finds the highlighted mention under the pointer. Highlights are not elements, so there is no
 * mouseover to listen to: the caret position says which text node is under the point, and the
 * mention's own rectangles confirm the pointer is really on the name (not beyond the line's end).
 */
export class MentionLocator {
  private byNode = new Map<Node, PlacedMention[]>();
  /** Whether some names are anchored to their paragraph (very large pages), not their text node. */
  private paragraphAnchors = false;

  constructor(placed: readonly PlacedMention[] = []) {
    for (const p of placed) this.index(p);
  }

  /** The same, as steps that can pause (a very large page has tens of thousands of mentions). */
  static *build(placed: readonly PlacedMention[]): Steps<MentionLocator> {
    const locator = new MentionLocator();
    for (let i = 0; i < placed.length; i++) {
      if (i % 2000 === 1999) yield;
      locator.index(placed[i]!);
    }
    return locator;
  }

  private index(p: PlacedMention): void {
    for (const anchor of p.at.anchors) this.add(anchor, p);
  }

  private add(node: Node, p: PlacedMention): void {
    if (node.nodeType === 1) this.paragraphAnchors = true;
    const list = this.byNode.get(node);
    if (!list) this.byNode.set(node, [p]);
    else list.push(p);
  }

  at(doc: Document, x: number, y: number): PlacedMention | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    // A name's anchor is its text node, or the paragraph holding it on very large pages: only
    // there does a pointer move (this runs on every one) look further up than the caret's node.
    const last = this.paragraphAnchors ? null : caret.node.parentNode;
    for (let node: Node | null = caret.node; node && node !== last; node = node.parentNode) {
      for (const p of this.byNode.get(node) ?? []) {
        for (const rect of Array.from(p.at.range.getClientRects())) {
          if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return p;
        }
      }
    }
    return undefined;
  }
}
