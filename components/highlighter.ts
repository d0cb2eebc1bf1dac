import { locate, type ArticleText } from '../core/extraction/article-text';
import type { Mention } from '../core/recognition/match-mentions';
import { drain, type Steps } from '../core/slices';
import { MarkedElements, type RangePainter, type RangeSet } from './marked-elements';
import { NearViewport } from './near-viewport';

/** Names under which highlights are registered; the page (and tests) can see them in CSS.highlights. */
export const HIGHLIGHT = {
  person: 'tarjuma-person',
  organization: 'tarjuma-organization',
  flash: 'tarjuma-flash',
  /** Likely officials the glossary does not know yet (dotted). */
  candidate: 'tarjuma-candidate',
} as const;

export interface PlacedMention {
  mention: Mention;
  range: Range;
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
      const range = this.rangeFor(article, mention);
      if (!range) continue;
      this.placed.push({ mention, range });
      if (highlights) this.painter.track(range, highlights[mention.kind]);
    }
    if (!api) this.wrapped = wrapMentions(this.doc, this.placed);
  }

  /** Marks likely officials the glossary does not know yet; they get no card, only the panel's list. */
  *candidateSteps(article: ArticleText, spans: ReadonlyArray<{ start: number; end: number }>): Steps<void> {
    const api = highlightApi();
    if (!api) return;
    const highlight = new api.Highlight();
    api.registry.set(HIGHLIGHT.candidate, highlight);
    for (let i = 0; i < spans.length; i++) {
      if (i % 500 === 499) yield;
      const from = locate(article, spans[i]!.start);
      const to = locate(article, spans[i]!.end);
      if (!from || !to) continue;
      const range = this.doc.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      this.painter.track(range, highlight);
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

  private rangeFor(article: ArticleText, mention: Mention): Range | undefined {
    const from = locate(article, mention.start);
    const to = locate(article, mention.end);
    if (!from || !to) return undefined;
    const range = this.doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
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
  for (const { mention, range } of placed) {
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
