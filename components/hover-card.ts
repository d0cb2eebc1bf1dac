import type { TFunction } from 'i18next';
import type { GlossaryEntry, Lang } from '../core/glossary/types';
import { renderEntityDetails } from './entity-details';
import { CARD_CSS } from './hover-card-style';

/** The custom element that hosts the card; page-css.css pins its box with user-origin !important rules. */
export const CARD_TAG = 'tarjuma-card';
/** Marks the plain <div> host used when a page has claimed CARD_TAG for itself. */
export const FALLBACK_ATTRIBUTE = 'data-tarjuma-card';

export const SHOW_DELAY_MS = 500;
export const HIDE_GRACE_MS = 300;
const MARGIN = 8;

/**
 * A definition card in a shadow root, shown in the top layer (popover) so the page's CSS, z-index
 * wars and transforms cannot restyle, bury or displace it. The host element exists only while a
 * card is shown: the rest of the time the page has no node of ours.
 */
export class HoverCard {
  private host: HTMLElement | undefined;
  private card: HTMLElement | undefined;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private shownFor: unknown;
  private pointerInside = false;

  constructor(private readonly doc: Document) {}

  get visibleFor(): unknown {
    return this.host ? this.shownFor : undefined;
  }

  /** Schedules the card for a mention after the hover delay; a card already open moves at once. */
  scheduleShow(key: unknown, anchor: DOMRect, render: () => { entry: GlossaryEntry; glossaryLang: Lang; uiLang: Lang; t: TFunction }): void {
    this.cancelHide();
    if (this.host && this.shownFor === key) return;
    if (this.showTimer) clearTimeout(this.showTimer);
    const delay = this.host ? 0 : SHOW_DELAY_MS;
    this.showTimer = setTimeout(() => {
      const { entry, glossaryLang, uiLang, t } = render();
      this.show(key, anchor, entry, glossaryLang, uiLang, t);
    }, delay);
  }

  /** The pointer left the name: hide after a grace period unless it moves into the card. */
  scheduleHide(): void {
    if (this.showTimer) {
      clearTimeout(this.showTimer);
      this.showTimer = undefined;
    }
    if (!this.host || this.hideTimer || this.pointerInside) return;
    this.hideTimer = setTimeout(() => this.hide(), HIDE_GRACE_MS);
  }

  show(key: unknown, anchor: DOMRect, entry: GlossaryEntry, glossaryLang: Lang, uiLang: Lang, t: TFunction): void {
    this.cancelHide();
    this.ensureHost();
    const card = this.card!;
    card.replaceChildren(
      closeButton(this.doc, t, () => this.hide()),
      renderEntityDetails(this.doc, entry, glossaryLang, uiLang, t),
    );
    card.setAttribute('aria-label', entry.names[glossaryLang][0] ?? entry.id);
    this.shownFor = key;
    this.position(anchor);
  }

  hide(): void {
    this.cancelHide();
    if (this.showTimer) clearTimeout(this.showTimer);
    this.showTimer = undefined;
    this.pointerInside = false;
    this.host?.remove();
    this.host = undefined;
    this.card = undefined;
    this.shownFor = undefined;
  }

  /** Whether an event target is inside the card (events from the shadow root retarget to the host). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private ensureHost(): void {
    if (this.host) return;
    // A page can claim the name `tarjuma-card` with customElements.define and make the element attach
    // its own shadow root or remove itself when inserted. Then the host is a plain <div>, which no
    // page can redefine, marked with an attribute the user-origin stylesheet pins just the same.
    const built = this.buildHost(this.doc.createElement(CARD_TAG)) ?? this.buildHost(this.fallbackHost());
    if (!built) return;
    this.host = built.host;
    this.card = built.card;
  }

  private fallbackHost(): HTMLElement {
    const div = this.doc.createElement('div');
    div.setAttribute(FALLBACK_ATTRIBUTE, '');
    return div;
  }

  private buildHost(host: HTMLElement): { host: HTMLElement; card: HTMLElement } | undefined {
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode: 'open' });
    } catch {
      return undefined;
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    const card = this.doc.createElement('section');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-live', 'polite');
    shadow.append(card);
    host.addEventListener('pointerenter', () => {
      this.pointerInside = true;
      this.cancelHide();
    });
    host.addEventListener('pointerleave', () => {
      this.pointerInside = false;
      this.scheduleHide();
    });
    // The top layer escapes the page's stacking contexts, transforms and overflow clipping.
    host.setAttribute('popover', 'manual');
    // Before <head>, not after <body>: appended last, the host would take over `:last-child` from the
    // body, and a page styling `html > :last-child` would relayout under the pointer and hide the card.
    // First, it only shifts <head>'s place, which nothing renders.
    this.doc.documentElement.prepend(host);
    if (!host.isConnected) return undefined;
    try {
      (host as HTMLElement & { showPopover?: () => void }).showPopover?.();
    } catch {
      // Not in a document that supports popovers: the user-origin styles still pin it on top.
    }
    return { host, card };
  }

  /** Below the name if it fits, else above; always inside the viewport. */
  private position(anchor: DOMRect): void {
    const host = this.host!;
    const { width: vw, height: vh } = viewportSize(this.doc);
    const width = Math.min(360, vw - 2 * MARGIN);
    const set = (name: string, px: number) => host.style.setProperty(name, `${Math.round(px)}px`, 'important');
    set('--tarjuma-width', width);
    set('--tarjuma-max-height', vh - 2 * MARGIN);
    const height = Math.min(this.card!.getBoundingClientRect().height || 200, vh - 2 * MARGIN);
    const left = Math.max(MARGIN, Math.min(anchor.left, vw - width - MARGIN));
    let top = anchor.bottom + 6;
    if (top + height > vh - MARGIN) top = anchor.top - 6 - height;
    top = Math.min(Math.max(top, MARGIN), Math.max(MARGIN, vh - height - MARGIN));
    set('--tarjuma-left', left);
    set('--tarjuma-top', top);
  }
}

/**
 * The layout viewport without scrollbars. In standards mode that is the root element's client size,
 * which the page cannot change; in quirks mode the root's client size is its own box (a page can
 * make it 200px wide), so the visual viewport is used instead.
 */
export function viewportSize(doc: Document): { width: number; height: number } {
  const win = doc.defaultView;
  const root = doc.documentElement;
  if (doc.compatMode === 'CSS1Compat' && root.clientWidth > 0 && root.clientHeight > 0) {
    return { width: root.clientWidth, height: root.clientHeight };
  }
  const visual = win?.visualViewport;
  if (visual && visual.width > 0 && visual.height > 0) return { width: visual.width, height: visual.height };
  return { width: win?.innerWidth || root.clientWidth, height: win?.innerHeight || root.clientHeight };
}

function closeButton(doc: Document, t: TFunction, onClose: () => void): HTMLElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'close';
  button.setAttribute('aria-label', t('card.close'));
  button.textContent = '×';
  button.addEventListener('click', onClose);
  return button;
}
