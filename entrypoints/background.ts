import { browser } from 'wxt/browser';
import { openPanel } from '../components/open-panel';
import { defineBackground } from 'wxt/utils/define-background';
import {
  answerWith, isCardStringsRequest, isEntryRequest, isFromExtensionPage, isStateQuery, injectedState, isStateReport,
  type StateBroadcast, type TabState,
} from '../core/messages';
import { resolveCardStrings } from '../components/card-strings';
import { GlossaryService } from '../components/glossary-service';
import { createTranslator } from '../components/i18n';
import { setUpReaderGlossary } from '../components/glossary-background';
import { TabStates } from '../components/tab-states';
import { withRetries } from '../components/grant-retry';
import { serveAnalysisPort } from '../components/analysis-port';

const CONTENT_SCRIPT = '/tarjuma.js';
const PAGE_CSS = '/tarjuma-page.css';
const HIGHLIGHTS_CSS = '/tarjuma-highlights.css';

/** Counts each tab's navigations, so an analysis that outlives its page does not report to the next one. */
const navigations = new Map<number, number>();
/** The navigation (of navigations above) whose page already has the page styles, per tab. */
const styledPages = new Map<number, number>();

export default defineBackground(() => {
  const glossary = new GlossaryService();
  glossary.warm();
  // Pages send their article text here, where the glossary and its index live.
  serveAnalysisPort({
    match: (text, langHint) => glossary.match(text, langHint),
    discover: (text, found) => glossary.discover(text, found),
  });
  setUpReaderGlossary(); // "Add to Tarjuma glossary" menu, storage.sync of the reader's entries
  const states = new TabStates((tabId, state) => {
    const message: StateBroadcast = { type: 'tarjuma:tab-state', tabId, state };
    browser.runtime.sendMessage(message).catch(() => {
      // The panel is closed; it asks for the state when it opens.
    });
  });

  // The click is the reader's consent: inject into this tab only, and open the panel (before any
  // await, while the user gesture lasts). The injection is asked for first: the browser handles the
  // two requests in order, and the page's analysis is what the reader waits for.
  // Chrome MV3 has `action`; the Firefox MV2 build has `browserAction`.
  const toolbarButton = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  toolbarButton.onClicked.addListener((tab) => {
    if (tab.id === undefined) return;
    void analyzeTab(tab.id, states);
    openPanel(tab.id, tab.windowId);
    void insertPageStyles(tab.id);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // A content script may only speak for the tab it runs in, from its top frame.
    if (isStateReport(message) && sender.tab?.id !== undefined && sender.frameId === 0 && !isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      void states.set(sender.tab.id, message.state);
      return undefined;
    }
    if (isStateQuery(message) && isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      return answerWith(states.get(message.tabId), sendResponse);
    }
    // Cards ask for the one entry they show (content scripts and extension pages alike).
    if (isEntryRequest(message)) return answerWith(glossary.entry(message.id), sendResponse);
    if (isCardStringsRequest(message)) {
      return answerWith(createTranslator(message.lang).then((i18n) => resolveCardStrings(i18n, message.lang)), sendResponse);
    }
    return undefined;
  });

  // A navigation or reload takes the content script away: forget what it found.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    navigations.set(tabId, (navigations.get(tabId) ?? 0) + 1);
    void states.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void states.delete(tabId);
    navigations.delete(tabId);
    styledPages.delete(tabId);
  });
});

async function analyzeTab(tabId: number, states: TabStates): Promise<void> {
  const page = navigations.get(tabId) ?? 0;
  // The injected script analyzes the page at once and its state is the injection's result.
  const injection = inject(tabId);
  const announced = states.set(tabId, { status: 'analyzing' }); // the panel shows progress meanwhile
  let state: TabState;
  try {
    state = (await injection) ?? { status: 'error', message: 'no result' };
  } catch (err) {
    state = classifyInjectionError(err);
  }
  await announced;
  // The tab went to another page meanwhile: this result (or error) belongs to the old one.
  if ((navigations.get(tabId) ?? 0) !== page) return;
  await states.set(tabId, state);
}

/**
 * The card's host rules and the highlight colours, as user-origin sheets (a page cannot override
 * them), once per page. Every rule names the elements it styles (tarjuma-highlights.css applies only
 * inside elements Tarjuma marks), so taking them in costs the page no restyle of the whole document.
 */
async function insertPageStyles(tabId: number): Promise<void> {
  const page = navigations.get(tabId) ?? 0;
  if (styledPages.get(tabId) === page) return;
  styledPages.set(tabId, page);
  try {
    await withRetries(() => browser.scripting.insertCSS({ target: { tabId }, files: [PAGE_CSS, HIGHLIGHTS_CSS], origin: 'USER' }));
  } catch {
    // A page closed to extensions (the injection says so), or gone: the next click tries again.
    if (styledPages.get(tabId) === page) styledPages.delete(tabId);
  }
}

/** Injects the content script and returns what its analysis found. */
async function inject(tabId: number): Promise<TabState | undefined> {
  const [injection] = await withRetries(() => browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] }));
  return injectedState(injection?.result);
}

/** Pages closed to extensions (browser pages, the store, the PDF viewer) say so plainly. */
function classifyInjectionError(err: unknown): TabState {
  const message = String((err as Error)?.message ?? err);
  if (/cannot (access|be scripted)|chrome:\/\/|extensions gallery|missing host permission|about:|moz-extension|webstore|permission/i.test(message)) {
    return { status: 'restricted' };
  }
  return { status: 'error', message: message.slice(0, 500) };
}
