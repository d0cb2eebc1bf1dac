import { browser } from 'wxt/browser';
import type { i18n as I18n } from 'i18next';
import { makeGlossary, type Glossary, type GlossaryEntry, type Lang } from '../../core/glossary/types';
import { isStateBroadcast, isTabState, type PageCommand, type TabState } from '../../core/messages';
import { createTranslator } from '../../components/i18n';
import { enableEntityKeys, renderTabState, type PanelActions } from '../../components/panel-view';
import type { EntitySort } from '../../components/panel-article-tools';
import { buildTermRows, termListClipboard, termListFile } from '../../core/export';
import { isLang } from '../../core/glossary/validate';
import { buildGlossaryIndex, type GlossaryIndex } from '../../core/recognition/glossary-index';
import { renderLookup } from '../../components/panel-lookup';
import type { Prefill } from '../../components/glossary-prefill';
import { loadSettings, onSettingsChanged, saveSettings, type Settings } from '../../components/settings';
import { GlossaryPanel } from '../../components/glossary-panel';
import { onPrefillRequested, takePrefill } from '../../components/glossary-prefill';
import { emptyUserGlossary, hideEntry, loadUserGlossary, mergeGlossaries, onUserGlossaryChanged, type UserGlossary } from '../../components/glossary-store';
import { displayName } from '../../core/glossary/display';
import { setUpTabs, showTab } from './tabs';
import { currentTabId, pinnedTab, queryTabState } from './panel-tab';
import { DeferredProgress } from '../../components/deferred-progress';

// What the panel shows: the built-in glossary minus what the reader hid, plus their own entries.
let user: UserGlossary = emptyUserGlossary();
/** The built-in glossary, once loaded (see loadBuiltin). */
let builtin: readonly GlossaryEntry[] | undefined;
let builtinLoading: Promise<void> | undefined;
let glossary: Glossary = makeGlossary([]);
let glossaryPanel: GlossaryPanel;
// A line added to the status until the tab's state changes ("… is hidden. Click the button…").
let notice: string | null = null;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let settings: Settings;
let translator: I18n;
let tabId: number | undefined;
let state: TabState | null = null;
// Which mention of each entity the next click goes to.
const nextMention = new Map<string, number>();
let sort: EntitySort = 'mentions';
// "Look up in Tarjuma": the selection shown above the article's lists until closed.
let lookup: Prefill | null = null;
let lookupIndex: { glossary: Glossary; index: GlossaryIndex } | undefined;
/**
 * "Analyzing…" after a click is shown only if the analysis lasts this long (see DeferredProgress):
 * a usual article is done sooner, and a long page gets its progress within a fifth of a second.
 */
const PROGRESS_DELAY_MS = 200;
const progress = new DeferredProgress(PROGRESS_DELAY_MS);

async function refresh(): Promise<void> {
  progress.cancel(); // the progress was for the tab the panel showed until now
  tabId = await currentTabId();
  nextMention.clear();
  if (tabId === undefined) {
    void loadBuiltin();
    return render(null);
  }
  const answer = await queryTabState(tabId);
  if (!answer) void loadBuiltin(); // no analysis in this tab to wait for
  render(answer);
}

/**
 * The built-in glossary is a megabyte of JSON. The panel opens on the same click that starts the
 * page's analysis, and parsing it then took the CPU from that analysis (on a two-core machine the
 * click's highlights came 10-20% later with the panel's start-up running beside them). So the panel
 * shows its progress first and loads the glossary when the analysis is over, or as soon as the
 * reader asks for something that needs it (the My glossary tab, a prefilled form, a lookup).
 */
function loadBuiltin(): Promise<void> {
  builtinLoading ??= import('../../glossary/index').then(({ BUILTIN_ENTRIES }) => {
    builtin = BUILTIN_ENTRIES;
    glossary = makeGlossary(mergeGlossaries(builtin, user));
    if (translator) render(state); // else the panel's first render is still to come
  });
  return builtinLoading;
}

function render(next: TabState | null): void {
  // Another state shown cancels a pending "Analyzing…"; the same one re-rendered (the glossary or the
  // settings changed meanwhile) does not, or a long analysis could lose its progress line.
  if (next !== state) progress.cancel();
  state = next;
  // A result to list: its entries come from the glossary.
  if (!builtin && next !== null && next.status !== 'analyzing') {
    void loadBuiltin();
    return;
  }
  const t = translator.t.bind(translator);
  document.documentElement.lang = settings.uiLanguage;
  $('settings-toggle').textContent = t('panel.settings');
  $('ui-language-label').textContent = t('panel.uiLanguage');
  $('glossary-language-label').textContent = t('panel.glossaryLanguage');
  $('panel-tabs').setAttribute('aria-label', t('glossary.tabs'));
  $('tab-article').textContent = t('glossary.tabArticle');
  $('tab-glossary').textContent = t('glossary.tabGlossary');
  renderGlossarySection();
  ($('ui-language') as HTMLSelectElement).value = settings.uiLanguage;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="glossary-language"]')) {
    radio.checked = radio.value === settings.glossaryLanguage;
  }
  const view = renderTabState(state, { doc: document, t, glossary, glossaryLang: settings.glossaryLanguage, uiLang: settings.uiLanguage, actions, sort });
  const status = $('status');
  status.textContent = notice ? `${view.status} ${notice}` : view.status;
  status.classList.toggle('notice', view.notice || notice !== null);
  const lookupView = lookup ? [lookupSection(lookup)] : [];
  $('result').replaceChildren(...lookupView, ...view.body);
}

async function command(message: PageCommand): Promise<unknown> {
  if (tabId === undefined) return undefined;
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    // The content script is gone (the page navigated or was reloaded).
    render({ status: 'error', message: translator.t('panel.gone') });
    return undefined;
  }
}

function lookupSection(request: Prefill): HTMLElement {
  // The index follows the merged glossary (rebuilt only when the reader's glossary changed).
  if (lookupIndex?.glossary !== glossary) lookupIndex = { glossary, index: buildGlossaryIndex(glossary.entries) };
  return renderLookup(document, translator.t.bind(translator), request.name, glossary, lookupIndex.index,
    { glossaryLang: settings.glossaryLanguage, uiLang: settings.uiLanguage }, {
      add() {
        lookup = null;
        showTab('glossary', false);
        glossaryPanel.addFromSelection({ name: request.name, lang: request.lang, at: Date.now() });
      },
      close() {
        lookup = null;
        render(state);
      },
    });
}

/** The article's entities as term-list rows, in the panel's order, with headings in the UI language. */
function termRows() {
  const entities = state?.status === 'ok' ? state.entities.filter((e) => glossary.byId.has(e.id)) : [];
  return buildTermRows(entities, glossary.byId, { sort: sort === 'mentions' ? 'kind' : sort, nameLang: settings.glossaryLanguage });
}

function termLabels() {
  const t = translator.t.bind(translator);
  return { kinds: { person: t('kind.person'), organization: t('kind.organization') } };
}

const actions: PanelActions = {
  openReader() {
    if (tabId !== undefined) void browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?tabId=${tabId}`) });
  },
  async copyTerms() {
    const { text, html } = termListClipboard(termRows(), termLabels());
    try {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
      notice = translator.t('panel.copied');
    } catch {
      await navigator.clipboard.writeText(text).then(
        () => (notice = translator.t('panel.copied')),
        () => (notice = translator.t('panel.copyFailed')),
      );
    }
    render(state);
  },
  exportTerms(format) {
    const title = state?.status === 'ok' ? state.title : '';
    const file = termListFile(termRows(), format, { title, labels: termLabels() });
    const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  setSort(next) {
    sort = next;
    render(state);
    document.getElementById('entity-sort')?.focus();
  },
  addCandidate(candidate) {
    const [lang, name] = Object.entries(candidate.suggestedNames)[0] ?? ['en', candidate.text];
    showTab('glossary', false);
    glossaryPanel.addFromSelection({ name: name ?? candidate.text, lang: isLang(lang) ? lang : 'en', at: Date.now() });
  },
  async showMention(entityId, options = {}) {
    const index = nextMention.get(entityId) ?? 0;
    const answer = (await command({ type: 'tarjuma:show-mention', entityId, index, card: options.card })) as { index: number; count: number } | undefined;
    if (!answer || answer.count === 0) return;
    nextMention.set(entityId, (answer.index + 1) % answer.count);
    const item = document.querySelector<HTMLElement>(`li[data-entity-id="${CSS.escape(entityId)}"] [data-role="goto"]`);
    item?.setAttribute('aria-label', translator.t('panel.showMention', { index: ((answer.index + 1) % answer.count) + 1, count: answer.count }));
  },
  async setHighlights(on) {
    const answer = await command({ type: 'tarjuma:set-highlights', on });
    if (isTabState(answer)) render(answer);
  },
  async hideEntry(entityId) {
    const entry = glossary.byId.get(entityId);
    const result = await hideEntry(entityId);
    notice = result.ok
      ? translator.t('glossary.hidden', { name: entry ? displayName(entry, settings.glossaryLanguage) : entityId })
      : translator.t('glossary.quota');
    render(state);
  },
  async scanWholePage() {
    render({ status: 'analyzing' });
    const answer = await command({ type: 'tarjuma:scan-whole-page' });
    if (isTabState(answer)) render(answer);
  },
};

/**
 * Starts the panel. `analysisOver`: no analysis is running in the panel's tab, so the built-in
 * glossary starts loading at once, beside the settings and translations.
 */
export async function startPanel(analysisOver: boolean): Promise<void> {
  if (analysisOver) void loadBuiltin();
  settings = await loadSettings();
  translator = await createTranslator(settings.uiLanguage);

  $('settings-toggle').addEventListener('click', () => {
    const panel = $('settings');
    panel.hidden = !panel.hidden;
    $('settings-toggle').setAttribute('aria-expanded', String(!panel.hidden));
  });
  $('ui-language').addEventListener('change', (e) => {
    void saveSettings({ uiLanguage: (e.target as HTMLSelectElement).value as Lang });
  });
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="glossary-language"]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) void saveSettings({ glossaryLanguage: radio.value as Lang });
    });
  }
  onSettingsChanged(async (next) => {
    settings = next;
    await translator.changeLanguage(next.uiLanguage);
    render(state);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isStateBroadcast(message) && message.tabId === tabId) {
      notice = null;
      if (message.state?.status !== state?.status) nextMention.clear();
      const next = message.state;
      if (next?.status === 'analyzing') progress.later(() => render(next));
      else render(next);
    }
    return undefined;
  });
  // The panel follows the active tab.
  if (!pinnedTab) {
    browser.tabs.onActivated.addListener(() => void refresh());
    browser.windows?.onFocusChanged.addListener(() => void refresh());
  }
  user = await loadUserGlossary();
  if (builtin) glossary = makeGlossary(mergeGlossaries(builtin, user));
  glossaryPanel = new GlossaryPanel($('glossary'));
  setUpTabs();
  for (const event of ['click', 'focus']) $('tab-glossary').addEventListener(event, () => void loadBuiltin());
  // The reader's edits (here, in another window, or synced from another browser) show at once.
  onUserGlossaryChanged(async () => {
    user = await loadUserGlossary();
    if (builtin) glossary = makeGlossary(mergeGlossaries(builtin, user));
    render(state);
  });
  // "Add to Tarjuma glossary" from the page's context menu: open the Add form with the name.
  const takeWaitingPrefill = async () => {
    const prefill = await takePrefill();
    if (!prefill) return;
    await loadBuiltin();
    if (prefill.purpose === 'lookup') {
      lookup = prefill;
      showTab('article', false);
      render(state);
      document.getElementById('lookup-title')?.focus();
      return;
    }
    showTab('glossary', false);
    glossaryPanel.addFromSelection(prefill);
  };
  onPrefillRequested(() => void takeWaitingPrefill());
  enableEntityKeys($('result'), actions);
  render(null);
  await takeWaitingPrefill();
  await refresh();
}

function renderGlossarySection(): void {
  if (!builtin) return;
  glossaryPanel?.update({
    doc: document,
    t: translator.t.bind(translator),
    uiLang: settings.uiLanguage,
    glossaryLang: settings.glossaryLanguage,
    user,
    builtin,
    readSelection,
  });
}

/** The selection on the panel's page, where the toolbar click gave Tarjuma access to it. */
async function readSelection(): Promise<string | null> {
  const id = tabId ?? (await currentTabId());
  if (id === undefined) return null;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: id }, func: () => getSelection()?.toString() ?? '' });
    return typeof result?.result === 'string' ? result.result : null;
  } catch {
    return null;
  }
}

