import { browser } from 'wxt/browser';
import type { i18n as I18n } from 'i18next';
import { buildArticleText, collectTextNodes } from '../../core/extraction/article-text';
import { detectLanguage } from '../../core/languages/detect';
import { makeGlossary } from '../../core/glossary/types';
import { isReadableArticle, type PageCommand } from '../../core/messages';
import { buildGlossaryIndex } from '../../core/recognition/glossary-index';
import { matchMentions } from '../../core/recognition/match-mentions';
import { sanitizeArticleHtml } from '../../core/sanitize';
import { MentionLocator } from '../../components/hit-test';
import { HoverCard } from '../../components/hover-card';
import { MentionHighlighter, type PlacedMention } from '../../components/highlighter';
import { createTranslator } from '../../components/i18n';
import { loadUserGlossary, mergeGlossaries } from '../../components/glossary-store';
import { articleLanguageKey, FONT_SIZES, loadReaderSettings, readingMinutes, saveReaderSettings, type ReaderSettings } from '../../components/reading-view';
import { loadSettings, onSettingsChanged, type Settings } from '../../components/settings';
import { BUILTIN_ENTRIES } from '../../glossary/index';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const tabId = Number(new URLSearchParams(location.search).get('tabId'));

let settings: Settings;
let reader: ReaderSettings;
let translator: I18n;

function applyReaderSettings(): void {
  document.body.dataset.theme = reader.theme;
  document.body.style.setProperty('--size', `${reader.fontSize}px`);
  document.body.style.setProperty('--spacing', String(reader.lineHeight));
  ($('spacing') as HTMLSelectElement).value = reader.lineHeight.toFixed(1);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) radio.checked = radio.value === reader.theme;
  ($('font-smaller') as HTMLButtonElement).disabled = reader.fontSize <= FONT_SIZES[0]!;
  ($('font-larger') as HTMLButtonElement).disabled = reader.fontSize >= FONT_SIZES[FONT_SIZES.length - 1]!;
}

function changeReader(change: Partial<ReaderSettings>): void {
  reader = { ...reader, ...change };
  applyReaderSettings();
  void saveReaderSettings(reader);
}

function labelToolbar(): void {
  const t = translator.t.bind(translator);
  document.documentElement.lang = settings.uiLanguage;
  $('toolbar').setAttribute('aria-label', t('reader.toolbar'));
  // The accessible name starts with the visible "A−"/"A+", so voice control users can say it.
  $('font-smaller').setAttribute('aria-label', `A− ${t('reader.smaller')}`);
  $('font-larger').setAttribute('aria-label', `A+ ${t('reader.larger')}`);
  $('font-group').setAttribute('aria-label', t('reader.fontSize'));
  $('spacing-label').textContent = t('reader.lineSpacing');
  $('theme-label').textContent = t('reader.theme');
  for (const span of document.querySelectorAll<HTMLElement>('[data-theme-name]')) span.textContent = t(`reader.themes.${span.dataset.themeName}`);
}

async function main(): Promise<void> {
  [settings, reader] = await Promise.all([loadSettings(), loadReaderSettings()]);
  translator = await createTranslator(settings.uiLanguage);
  const t = translator.t.bind(translator);
  labelToolbar();
  applyReaderSettings();
  $('font-smaller').addEventListener('click', () => changeReader({ fontSize: FONT_SIZES[Math.max(0, FONT_SIZES.indexOf(reader.fontSize) - 1)]! }));
  $('font-larger').addEventListener('click', () => changeReader({ fontSize: FONT_SIZES[Math.min(FONT_SIZES.length - 1, FONT_SIZES.indexOf(reader.fontSize) + 1)]! }));
  $('spacing').addEventListener('change', (e) => changeReader({ lineHeight: Number((e.target as HTMLSelectElement).value) }));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
    radio.addEventListener('change', () => radio.checked && changeReader({ theme: radio.value as ReaderSettings['theme'] }));
  }

  $('status').textContent = t('panel.analyzing');
  const command: PageCommand = { type: 'tarjuma:get-article' };
  const article: unknown = Number.isSafeInteger(tabId) ? await browser.tabs.sendMessage(tabId, command).catch(() => null) : null;
  if (!isReadableArticle(article)) {
    $('status').textContent = t('reader.unavailable');
    return;
  }
  document.title = `${article.title} — Tarjuma`;
  $('title').textContent = article.title;
  const content = $('content');
  // Page HTML only ever enters through DOMPurify, as a fragment.
  content.replaceChildren(sanitizeArticleHtml(article.html, window));
  // Readability sometimes keeps the headline in the body; it is already the page title here.
  const first = content.querySelector('h1, h2');
  if (first && first.textContent?.trim() === article.title.trim() && !first.previousElementSibling?.textContent?.trim()) first.remove();
  const text = content.textContent ?? '';
  const language = detectLanguage(text, article.lang ?? undefined);
  const meta = [article.byline, article.siteName, t(articleLanguageKey(language)), t('reader.minutes', { count: readingMinutes(text) })].filter(Boolean);
  $('meta').textContent = meta.join(' · ');
  const source = $('source') as HTMLAnchorElement;
  if (/^https?:\/\//.test(article.url)) {
    source.href = article.url;
    source.textContent = t('reader.original');
  }
  $('article').hidden = false;
  $('status').textContent = '';

  // The same highlights and cards as on the page, over the reading view's own text.
  const entries = mergeGlossaries(BUILTIN_ENTRIES, await loadUserGlossary());
  const glossary = makeGlossary(entries);
  const articleText = buildArticleText(collectTextNodes($('article')));
  const highlighter = new MentionHighlighter(document);
  highlighter.apply(articleText, matchMentions(articleText.text, buildGlossaryIndex(entries)));
  const locator = new MentionLocator(highlighter.mentions);
  const card = new HoverCard(document);
  const show = (placed: PlacedMention) => {
    const entry = glossary.byId.get(placed.mention.entityId);
    if (!entry) return;
    const anchor = placed.at.range.getClientRects()[0] ?? placed.at.range.getBoundingClientRect();
    card.scheduleShow(placed, anchor, () => ({ entry, glossaryLang: settings.glossaryLanguage, uiLang: settings.uiLanguage, t }));
  };
  document.addEventListener('mousemove', (e) => {
    const at = locator.at(document, e.clientX, e.clientY);
    if (at) show(at);
    else card.scheduleHide();
  }, { passive: true });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && card.hide());
  window.addEventListener('scroll', (e) => !card.contains(e.target) && card.hide(), { passive: true, capture: true });
  onSettingsChanged(async (next) => {
    settings = next;
    await translator.changeLanguage(next.uiLanguage);
    labelToolbar();
  });
}

void main();
