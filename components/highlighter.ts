import { locate, pieceAt, type ArticleText } from '../core/extraction/article-text';
import type { Mention } from '../core/recognition/match-mentions';
import { drain, type Steps } from '../core/slices';
import { holderOf, MarkedElements, type RangePainter, type RangeSet } from './marked-elements';
import { NearViewport } from './near-viewport';

/** Names under which highlights are registered; the page (and tests) can see them in CSS.highlights. */
export const HIGHLIGHT = {
  person: 'tarjuma-person',
  organization: 'tarjuma-organization',
  flash: 'tarjuma-flash',
  /** Likely officials the glossary does not know yet (dotted). */
  candidate: 'tarjuma-candidate',
} as const;

/**
 * Where a span of the article sits in the page. A name inside a paragraph that was read whole (very
 * large pages, see large-page.ts) gets its Range, and its text nodes their script objects, only when
 * the range is first needed: painting near the viewport, hovering, jumping to it from the panel.
 */
export class SpanPlacement {
  // Plain fields, no closure: a very large page has tens of thousands of these, and every object
  // they hold lengthens the garbage collections that land inside the analysis' slices.
  private constructor(
    /** The element whose attribute lets the highlight styles apply (it holds the whole span). */
    readonly holder: Element | null,
    private made: Range | undefined,
    /** For a span inside a paragraph read whole: the article and offsets to find its range by. */
    private readonly article?: ArticleText,
    private readonly start = 0,
    private readonly end = 0,
  ) {}

  static of(range: Range): SpanPlacement {
    return new SpanPlacement(holderOf(range), range);
  }

  static inParagraph(paragraph: Element, article: ArticleText, start: number, end: number): SpanPlacement {
    return new SpanPlacement(paragraph, undefined, article, start, end);
  }

  /** The nodes under which a pointer finds this span (MentionLocator), known without making the range. */
  get anchors(): Node[] {
    if (this.article) return this.holder ? [this.holder] : [];
    const { startContainer, endContainer } = this.range;
    return startContainer === endContainer ? [startContainer] : [startContainer, endContainer];
  }

  get range(): Range {
    if (!this.made) {
      const paragraph = this.holder!;
      const doc = paragraph.ownerDocument;
      this.made = rangeBetween(doc, this.article!, this.start, this.end) ?? collapsedIn(doc, paragraph);
    }
    return this.made;
  }
}

export interface PlacedMention {
  mention: Mention;
  at: SpanPlacement;
}

/** The placement of article text [start, end), or undefined when it is not on the page any more. */
export function placeSpan(doc: Document, article: ArticleText, start: number, end: number): SpanPlacement | undefined {
  const piece = pieceAt(article, start, 'start');
  if (piece && piece.node.nodeType === 1 && end <= piece.start + piece.length) {
    return SpanPlacement.inParagraph(piece.node as Element, article, start, end);
  }
  const range = rangeBetween(doc, article, start, end);
  return range && SpanPlacement.of(range);
}

function rangeBetween(doc: Document, article: ArticleText, start: number, end: number): Range | undefined {
  const from = locate(article, start, 'start');
  const to = locate(article, end, 'end');
  if (!from || !to) return undefined;
  try {
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  } catch {
    // The page moved or changed these nodes since the analysis: the name is not placed.
    return undefined;
  }
}

/** Stands in for a paragraph's name whose text changed since the analysis: paints nothing. */
function collapsedIn(doc: Document, element: Element): Range {
  const range = doc.createRange();
  range.selectNodeContents(element);
  range.collapse(true);
  return range;
}

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): boolean };
type HighlightCtor = new (...ranges: Range[]) => RangeSet;

function highlightApi(): { registry: HighlightRegistry; Highlight: HighlightCtor } | undefined {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  if (g.CSS?.highlights && typeof g.Highlight === 'function') return { registry: g.CSS.highlights, Highlight: g.Highlight };
  return undefined;
}

/**
 * Paints mentions without touching the page's nodes: CSS Custom Highlights over live Ranges. Only
 * where the API is missing are text nodes wrapped in <mark data-tarjuma-entity>, and that wrapping
 * is undone exactly (the split text nodes are joined back into the original node).
 */
export class MentionHighlighter {
  private placed: PlacedMention[] = [];
  private wrapped: WrappedText[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** Paints each range and marks its element (only those near the viewport on very large pages). */
  private painter: RangePainter;

  constructor(private readonly doc: Document) {
    this.painter = new MarkedElements();
  }

  /** Whether the next painting registers only the names near the viewport (very large pages). */
  paintNearViewportOnly(on: boolean): void {
    this.painter.stop();
    this.painter = on && this.doc.defaultView ? new NearViewport(this.doc.defaultView) : new MarkedElements();
  }

  /** The names are wrapped in <mark> elements (no Highlight API): the page's text nodes are split. */
  get wrapsText(): boolean {
    return this.wrapped.length > 0;
  }

  get mentions(): readonly PlacedMention[] {
    return this.placed;
  }

  apply(article: ArticleText, mentions: readonly Mention[]): void {
    drain(this.applySteps(article, mentions));
  }

  /** The same, as steps that can pause: a long page may have tens of thousands of mentions. */
  *applySteps(article: ArticleText, mentions: readonly Mention[]): Steps<void> {
    this.clear();
    const api = highlightApi();
    const highlights = api
      ? { person: new api.Highlight(), organization: new api.Highlight() }
      : undefined;
    if (api && highlights) {
      api.registry.set(HIGHLIGHT.person, highlights.person);
      api.registry.set(HIGHLIGHT.organization, highlights.organization);
    }
    for (let i = 0; i < mentions.length; i++) {
      if (i % 500 === 499) yield;
      const mention = mentions[i]!;
      const at = placeSpan(this.doc, article, mention.start, mention.end);
      if (!at) continue;
      this.placed.push({ mention, at });
      if (highlights) this.painter.track(at, highlights[mention.kind]);
    }
    if (!api) this.wrapped = wrapMentions(this.doc, this.placed);
  }

  /** Marks likely officials the glossary does not know yet; they get no card, only the panel's list. */
  *candidateSteps(article: ArticleText, spans: ReadonlyArray<{ start: number; end: number }>): Steps<void> {
    const api = highlightApi();
    if (!api) return;
    const highlight = new api.Highlight();
    api.registry.set(HIGHLIGHT.candidate, highlight);
    this.painter.newOrderedRun?.();
    for (let i = 0; i < spans.length; i++) {
      if (i % 500 === 499) yield;
      const at = placeSpan(this.doc, article, spans[i]!.start, spans[i]!.end);
      if (at) this.painter.track(at, highlight);
    }
  }

  /** Removes every highlight; the page is left exactly as it was before `apply`. */
  clear(): void {
    const api = highlightApi();
    if (api) for (const name of Object.values(HIGHLIGHT)) api.registry.delete(name);
    this.painter.stop();
    if (this.flashTimer) clearTimeout(this.flashTimer);
    unwrapMentions(this.wrapped);
    this.wrapped = [];
    this.placed = [];
  }

  /** Draws attention to one mention for a moment (after the panel scrolled to it). */
  flash(range: Range, ms = 1600): void {
    const api = highlightApi();
    if (!api) return;
    api.registry.set(HIGHLIGHT.flash, new api.Highlight(range));
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => api.registry.delete(HIGHLIGHT.flash), ms);
  }
}

interface WrappedText {
  original: Text;
  pieces: Node[];
  text: string;
}

/** Fallback for browsers without CSS highlights: wraps each mention's text in marks. */
function wrapMentions(doc: Document, placed: PlacedMention[]): WrappedText[] {
  const byNode = new Map<Text, Array<{ start: number; end: number; mention: Mention }>>();
  for (const { mention, at } of placed) {
    const range = at.range;
    // Only same-node mentions are wrapped; a name split across elements stays unmarked here.
    if (range.startContainer !== range.endContainer) continue;
    const node = range.startContainer as Text;
    const list = byNode.get(node) ?? [];
    list.push({ start: range.startOffset, end: range.endOffset, mention });
    byNode.set(node, list);
  }
  const wrapped: WrappedText[] = [];
  for (const [node, spans] of byNode) {
    const parent = node.parentNode;
    if (!parent) continue;
    const text = node.data;
    spans.sort((a, b) => a.start - b.start);
    const pieces: Node[] = [];
    let at = 0;
    const fragment = doc.createDocumentFragment();
    for (const span of spans) {
      if (span.start > at) pieces.push(fragment.appendChild(doc.createTextNode(text.slice(at, span.start))));
      const mark = doc.createElement('mark');
      mark.setAttribute('data-tarjuma-entity', span.mention.entityId);
      mark.setAttribute('data-tarjuma-kind', span.mention.kind);
      mark.textContent = text.slice(span.start, span.end);
      pieces.push(fragment.appendChild(mark));
      at = span.end;
    }
    if (at < text.length) pieces.push(fragment.appendChild(doc.createTextNode(text.slice(at))));
    parent.replaceChild(fragment, node);
    wrapped.push({ original: node, pieces, text });
  }
  return wrapped;
}

function unwrapMentions(wrapped: WrappedText[]): void {
  for (const w of wrapped) {
    const first = w.pieces[0];
    const parent = first?.parentNode;
    if (!first || !parent) continue;
    w.original.data = w.text;
    parent.insertBefore(w.original, first);
    for (const piece of w.pieces) piece.parentNode?.removeChild(piece);
  }
}
