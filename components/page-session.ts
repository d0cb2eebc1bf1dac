import type { TFunction } from 'i18next';
import { browser } from 'wxt/browser';
import { extractDocumentInSlices, type DocumentExtraction } from '../core/extract-document';
import { isArticlePage } from '../core/extraction/extract-article';
import type { Discovery } from '../core/discovery';
import { readableArticle } from '../core/extraction/reader-article';
import { drainInSlices } from '../core/slices';
import type { GlossaryEntry } from '../core/glossary/types';
import {
  answerWith, isFromExtensionPage, isPageCommand, isStringRecord, MAX_CANDIDATES,
  type CandidateSummary, type CardStringsRequest, type EntryRequest, type PageCommand, type TabState,
} from '../core/messages';
import { openAnalysisPort, type Recognizing } from './analysis-port';
import { MentionLocator } from './hit-test';
import { CARD_TAG, HoverCard } from './hover-card';
import { HighlightColours } from './highlight-colours';
import { MentionHighlighter, type PlacedMention } from './highlighter';
import { translatorFromStrings } from './card-strings';
import { loadSettings, onSettingsChanged, type Settings } from './settings';

/**
 * Everything Tarjuma does inside one page: analyze on request, paint highlights, show cards on
 * hover, answer the panel. One session per tab, kept across clicks so a second click re-analyzes
 * in place instead of stacking a second set of listeners and highlights.
 *
 * The page never holds the glossary: it sends the article's text to the background, which
 * recognizes it, and a card asks the background for its one entry. Settings and translations are
 * loaded the first time a card is shown, not on the click.
 */
export class PageSession {
  private readonly highlighter: MentionHighlighter;
  /** The page's highlight colours (the reading view has its own, themed). */
  private readonly colours: HighlightColours;
  private readonly card: HoverCard;
  /** The latest analysis; the next one waits for it, so two never paint at once. */
  private analysis: Promise<TabState> | undefined;
  private readonly entries = new Map<string, Promise<GlossaryEntry | null>>();
  private locator: MentionLocator | undefined;
  private settings: Settings | undefined;
  private translator: TFunction | undefined;
  private state: TabState = { status: 'analyzing' };
  private pointer: { x: number; y: number } | undefined;
  private frame = 0;
  /** The mention under the pointer whose card is shown or about to be. */
  private hovered: PlacedMention | undefined;
  private ownScrollUntil = 0;
  /** The article text of the last analysis (the reading view's fallback for very large pages). */
  private lastText = '';
  private listening = false;

  constructor(private readonly doc: Document) {
    this.highlighter = new MentionHighlighter(doc);
    this.colours = new HighlightColours(doc);
    this.card = new HoverCard(doc);
  }

  /** Reads the page again (it may have changed since the last click) and repaints. */
  analyze(options: { wholePage?: boolean } = {}): Promise<TabState> {
    const previous = this.analysis;
    this.analysis = (async () => {
      await previous?.catch(() => undefined);
      return this.runAnalysis(options);
    })();
    return this.analysis;
  }

  private async runAnalysis(options: { wholePage?: boolean }): Promise<TabState> {
    this.entries.clear(); // the reader may have edited the glossary since the last click
    this.card.hide();
    this.locator = undefined;
    // Names wrapped in <mark> (no Highlight API) split the page's text nodes: undone before reading.
    // Highlights over Ranges change nothing in the page: they are replaced while the background matches.
    if (this.highlighter.wrapsText) this.clearPaint();
    const port = openAnalysisPort(); // before extracting: the channel opens meanwhile
    try {
      const started = performance.now();
      const extraction = await extractDocumentInSlices(this.doc, {
        wholePage: options.wholePage,
        isOwnUi: (el) => el.localName === CARD_TAG,
        callerChecksArticlePage: true,
      });
      if (extraction.status !== 'ok') {
        measure('tarjuma:extract', started, performance.now() - started);
        this.clearPaint();
        this.state = { status: 'not-article', title: extraction.title.slice(0, 500) };
      } else {
        const { article } = extraction;
        const matching = performance.now();
        const recognizing = port.recognize(article.text, extraction.langHint);
        // While the background recognizes: Readability's pre-check of the page (the same judgement
        // as before the extraction, a few milliseconds of the click no longer spent waiting), the
        // previous highlights cleared, the colours' sheet (parsed and adopted, a few milliseconds
        // the first time in a page) and the painter made ready before the names arrive.
        const isArticle = !extraction.articlePageUnchecked || isArticlePage(this.doc);
        this.clearPaint();
        if (isArticle) {
          this.state = await this.paintRecognized(extraction, recognizing, matching);
        } else {
          this.state = { status: 'not-article', title: (this.doc.title ?? '').trim().slice(0, 500) };
        }
        recordTimings(started, extraction.timings);
      }
    } catch (err) {
      this.clearPaint();
      this.state = { status: 'error', message: String((err as Error)?.message ?? err).slice(0, 500) };
    } finally {
      port.close();
    }
    this.listenOnce(); // before the panel hears of the result and may send commands
    this.report();
    return this.state;
  }

  /**
   * Paints the glossary's names as they arrive, then the suggestions; the result for the panel. The
   * measures are at their real times: the benchmark's click ends where tarjuma:highlight ends.
   */
  private async paintRecognized(extraction: DocumentExtraction, recognizing: Recognizing, matching: number): Promise<TabState> {
    const { article } = extraction;
    this.lastText = article.text;
    this.highlighter.paintNearViewportOnly(extraction.largePage);
    this.colours.adopt();
    const result = await recognizing.matched;
    const painting = performance.now();
    await drainInSlices(this.highlighter.applySteps(article, result.mentions));
    const painted = performance.now();
    this.listenOnce(); // now there are names to hover
    this.locator = await drainInSlices(MentionLocator.build(this.highlighter.mentions));
    // The suggestions come second; the glossary's names are already on the page.
    const candidates = await recognizing.suggestions();
    const suggesting = performance.now();
    await drainInSlices(this.highlighter.candidateSteps(article, candidates));
    measure('tarjuma:match', matching, painting - matching);
    measure('tarjuma:highlight', painting, painted - painting);
    measure('tarjuma:suggest', suggesting, performance.now() - suggesting);
    return {
      status: 'ok',
      scope: extraction.scope,
      title: extraction.title.slice(0, 500),
      language: result.language,
      entities: result.entities,
      candidates: summarizeCandidates(candidates),
      highlightsOn: true,
    };
  }

  /** The previous analysis's highlights and colours off. */
  private clearPaint(): void {
    this.highlighter.clear();
    this.colours.remove();
  }

  private async ensureUi(): Promise<void> {
    if (this.settings) return;
    this.settings = await loadSettings();
    this.translator = await this.cardTranslator(this.settings.uiLanguage);
    onSettingsChanged(async (settings) => {
      this.settings = settings;
      this.translator = await this.cardTranslator(settings.uiLanguage);
      const shown = this.card.visibleFor as PlacedMention | undefined;
      if (shown) {
        const entry = await this.entryFor(shown.mention.entityId);
        if (entry) this.paintCard(shown, entry, true);
      }
    });
  }

  /**
   * The page's listeners (pointer and keys for the card, the panel's commands), added when the first
   * analysis has painted its names or ended: not on the click's way to the highlights, which they
   * have nothing to do with. Before that there is nothing to hover, and the panel only sends the
   * page commands about a result it has been told of.
   */
  private listenOnce(): void {
    if (this.listening) return;
    this.listening = true;
    this.listen();
  }

  private listen(): void {
    const win = this.doc.defaultView!;
    this.doc.addEventListener('mousemove', (e) => this.onPointer(e.clientX, e.clientY), { passive: true, capture: true });
    this.doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.card.hide();
    }, { capture: true });
    win.addEventListener('scroll', (e) => {
      if (this.card.contains(e.target) || performance.now() <= this.ownScrollUntil) return;
      // Only a scroll that moves the hovered name closes its card: the document's, or an ancestor's.
      // A ticker or carousel scrolling elsewhere on the page must not.
      const name = (this.card.visibleFor as PlacedMention | undefined) ?? this.hovered;
      if (!name) return;
      const target = e.target as Node | null;
      const movesName = !target || target === this.doc || target === this.doc.documentElement || target === this.doc.body ||
        target.contains(name.at.range.startContainer);
      if (movesName) this.card.hide();
    }, { passive: true, capture: true });
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      // Only the extension itself (panel, background) may command the page session.
      if (!isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
      if (!isPageCommand(message)) return undefined;
      return answerWith(this.handle(message), sendResponse);
    });
  }

  private async handle(command: PageCommand): Promise<unknown> {
    switch (command.type) {
      case 'tarjuma:get-state':
        return this.state;
      case 'tarjuma:scan-whole-page':
        return this.analyze({ wholePage: true });
      case 'tarjuma:set-highlights':
        if (command.on) return this.analyze({ wholePage: this.state.status === 'ok' && this.state.scope === 'page' });
        this.turnOff();
        if (this.state.status === 'ok') this.state = { ...this.state, highlightsOn: false };
        this.report();
        return this.state;
      case 'tarjuma:get-article':
        return readableArticle(this.doc, () => this.lastText) ?? null;
      case 'tarjuma:show-mention':
        return this.showMention(command.entityId, command.index, command.card ?? false);
    }
  }

  /** Highlights and card off; the page is left exactly as it was. On the timeline as tarjuma:remove. */
  private turnOff(): void {
    const started = performance.now();
    this.card.hide();
    this.clearPaint();
    this.locator = undefined;
    measure('tarjuma:remove', started, performance.now() - started);
  }

  private showMention(entityId: string, index: number, card: boolean): { index: number; count: number } {
    const mentions = this.highlighter.mentions.filter((p) => p.mention.entityId === entityId);
    if (mentions.length === 0) return { index: 0, count: 0 };
    const i = index % mentions.length;
    const placed = mentions[i]!;
    const target = placed.at.range.startContainer.parentElement;
    // Our own scroll must not close the card we are about to open.
    this.ownScrollUntil = performance.now() + 250;
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.highlighter.flash(placed.at.range);
    if (card) requestAnimationFrame(() => this.showCard(placed, true));
    else this.card.hide();
    return { index: i, count: mentions.length };
  }

  private onPointer(x: number, y: number): void {
    this.pointer = { x, y };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const at = this.pointer && this.locator?.at(this.doc, this.pointer.x, this.pointer.y);
      // Still on the same name as the last frame: its card is shown or on its way.
      if (at && at === this.hovered) return;
      this.hovered = at || undefined;
      if (at) this.showCard(at, false);
      else this.card.scheduleHide();
    });
  }

  private showCard(placed: PlacedMention, immediately: boolean): void {
    void Promise.all([this.entryFor(placed.mention.entityId), this.ensureUi()]).then(([entry]) => {
      if (entry) this.paintCard(placed, entry, immediately);
    });
  }

  /** Card strings come resolved from the background (no i18n library in the page). */
  private async cardTranslator(lang: Settings['uiLanguage']): Promise<TFunction> {
    const request: CardStringsRequest = { type: 'tarjuma:get-card-strings', lang };
    const strings: unknown = await browser.runtime.sendMessage(request).catch(() => null);
    return translatorFromStrings(isStringRecord(strings) ? strings : {});
  }

  private entryFor(id: string): Promise<GlossaryEntry | null> {
    let entry = this.entries.get(id);
    if (!entry) {
      const request: EntryRequest = { type: 'tarjuma:get-entry', id };
      entry = browser.runtime.sendMessage(request).then((e: unknown) => (e && typeof e === 'object' ? (e as GlossaryEntry) : null), () => null);
      this.entries.set(id, entry);
    }
    return entry;
  }

  private paintCard(placed: PlacedMention, entry: GlossaryEntry, immediately: boolean): void {
    if (!this.settings || !this.translator) return;
    const anchor = placed.at.range.getClientRects()[0] ?? placed.at.range.getBoundingClientRect();
    const render = () => ({
      entry,
      glossaryLang: this.settings!.glossaryLanguage,
      uiLang: this.settings!.uiLanguage,
      t: this.translator!,
    });
    if (immediately) {
      const r = render();
      this.card.show(placed, anchor, r.entry, r.glossaryLang, r.uiLang, r.t);
    } else {
      this.card.scheduleShow(placed, anchor, render);
    }
  }

  private report(): void {
    browser.runtime.sendMessage({ type: 'tarjuma:state', state: this.state }).catch(() => {
      // No panel or background listening right now: the state is also returned to the click.
    });
  }
}

/**
 * Puts extraction's phases on the page's performance timeline (visible in DevTools and to the
 * benchmark), back to back from the click's start: they run without a pause between. The later
 * phases (tarjuma:match, tarjuma:highlight, tarjuma:suggest) are measured where they happen.
 */
function recordTimings(start: number, timings: { extract: number; text: number }): void {
  measure('tarjuma:extract', start, timings.extract);
  measure('tarjuma:text', start + timings.extract, timings.text);
}

function measure(name: string, start: number, duration: number): void {
  try {
    performance.measure(name, { start, duration });
  } catch {
    // An old browser without the options form of measure(): timings are only a diagnostic.
  }
}

/** One line per distinct candidate (by the name it suggests), with how often the article names it. */
function summarizeCandidates(found: readonly Discovery[]): CandidateSummary[] {
  const byName = new Map<string, CandidateSummary>();
  for (const c of found) {
    const key = `${c.kind}:${Object.values(c.suggestedNames)[0] ?? c.text}`.toLowerCase();
    const seen = byName.get(key);
    if (seen) {
      seen.count++;
      continue;
    }
    byName.set(key, {
      text: c.text.slice(0, 300),
      kind: c.kind,
      context: c.context.slice(0, 1000),
      suggestedNames: c.suggestedNames,
      ...(c.suggestedOffice ? { suggestedOffice: c.suggestedOffice } : {}),
      ...(c.abbreviation ? { abbreviation: c.abbreviation.slice(0, 40) } : {}),
      count: 1,
    });
  }
  return [...byName.values()].slice(0, MAX_CANDIDATES);
}
