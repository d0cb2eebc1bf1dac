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

  constructor(placed: readonly PlacedMention[]) {
    for (const p of placed) {
      for (const node of [p.range.startContainer, p.range.endContainer]) {
        const list = this.byNode.get(node) ?? [];
        if (!list.includes(p)) list.push(p);
        this.byNode.set(node, list);
      }
    }
  }

  at(doc: Document, x: number, y: number): PlacedMention | undefined {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const candidates = this.byNode.get(caret.node);
    if (!candidates) return undefined;
    for (const p of candidates) {
      for (const rect of Array.from(p.range.getClientRects())) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return p;
      }
    }
    return undefined;
  }
}
