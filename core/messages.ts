import type { RecognitionWire } from './recognition-wire';
import type { Discovery } from './discovery';
import { drain, type Steps } from './slices';

/**
 * Messages between the background, the content script and the panel. Every message is checked on
 * arrival (type, shape, size): a content script runs in a page nobody vetted, and the panel must
 * not trust what comes from it blindly.
 */

export interface EntitySummary {
  id: string;
  kind: 'person' | 'organization';
  count: number;
  firstAt: number;
}

/** A likely official or body the glossary does not know yet, as the panel lists it. */
export interface CandidateSummary {
  text: string;
  kind: 'person' | 'organization';
  context: string;
  suggestedNames: Partial<Record<'en' | 'ru' | 'tg', string>>;
  suggestedOffice?: Partial<Record<'en' | 'ru' | 'tg', string>>;
  abbreviation?: string;
  count: number;
}

export const MAX_CANDIDATES = 200;

/** What the panel shows for a tab. */
export type TabState =
  | { status: 'analyzing' }
  | {
      status: 'ok';
      scope: 'article' | 'page';
      title: string;
      language: string;
      entities: EntitySummary[];
      /** Likely officials not in the glossary (at most MAX_CANDIDATES). */
      candidates?: CandidateSummary[];
      highlightsOn: boolean;
    }
  | { status: 'not-article'; title: string }
  | { status: 'restricted' }
  | { status: 'error'; message: string };

/** Panel or background → content script (through tabs.sendMessage, so only the extension can send them). */
export type PageCommand =
  | { type: 'tarjuma:get-state' }
  /** Scrolls to a mention and flashes it; with `card`, also opens its card (keyboard users cannot hover). */
  | { type: 'tarjuma:show-mention'; entityId: string; index: number; card?: boolean }
  | { type: 'tarjuma:set-highlights'; on: boolean }
  | { type: 'tarjuma:scan-whole-page' }
  | { type: 'tarjuma:get-article' };

/** Content script → background: the tab's new state. */
export interface StateReport {
  type: 'tarjuma:state';
  state: TabState;
}

/** Panel → background. */
export interface StateQuery {
  type: 'tarjuma:query-state';
  tabId: number;
}

/** Background → panel: a tab's state changed. */
export interface StateBroadcast {
  type: 'tarjuma:tab-state';
  tabId: number;
  /** null: the tab navigated or closed, so nothing is known about it any more. */
  state: TabState | null;
}

const MAX_ENTITIES = 5000;
const MAX_TEXT = 2000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isShortString(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** A non-negative integer (counts, offsets, tab ids: Chrome's tab ids exceed a billion). */
function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

export function isEntitySummary(v: unknown): v is EntitySummary {
  return (
    isObject(v) &&
    isShortString(v.id, 200) &&
    (v.kind === 'person' || v.kind === 'organization') &&
    isCount(v.count) &&
    isCount(v.firstAt)
  );
}

function isLangTexts(v: unknown): boolean {
  return isObject(v) && Object.entries(v).every(([k, t]) => (k === 'en' || k === 'ru' || k === 'tg') && isShortString(t, 300));
}

export function isCandidateSummary(v: unknown): v is CandidateSummary {
  return (
    isObject(v) &&
    isShortString(v.text, 300) &&
    (v.kind === 'person' || v.kind === 'organization') &&
    isShortString(v.context, 1000) &&
    isLangTexts(v.suggestedNames) &&
    (v.suggestedOffice === undefined || isLangTexts(v.suggestedOffice)) &&
    (v.abbreviation === undefined || isShortString(v.abbreviation, 40)) &&
    isCount(v.count)
  );
}

export function isTabState(v: unknown): v is TabState {
  if (!isObject(v)) return false;
  switch (v.status) {
    case 'analyzing':
    case 'restricted':
      return true;
    case 'not-article':
      return isShortString(v.title);
    case 'error':
      return isShortString(v.message);
    case 'ok':
      return (
        (v.scope === 'article' || v.scope === 'page') &&
        isShortString(v.title) &&
        isShortString(v.language, 10) &&
        typeof v.highlightsOn === 'boolean' &&
        Array.isArray(v.entities) &&
        v.entities.length <= MAX_ENTITIES &&
        v.entities.every(isEntitySummary) &&
        (v.candidates === undefined || (Array.isArray(v.candidates) && v.candidates.length <= MAX_CANDIDATES && v.candidates.every(isCandidateSummary)))
      );
    default:
      return false;
  }
}

export function isPageCommand(v: unknown): v is PageCommand {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'tarjuma:get-state':
    case 'tarjuma:scan-whole-page':
    case 'tarjuma:get-article':
      return true;
    case 'tarjuma:show-mention':
      return isShortString(v.entityId, 200) && isCount(v.index) && (v.card === undefined || typeof v.card === 'boolean');
    case 'tarjuma:set-highlights':
      return typeof v.on === 'boolean';
    default:
      return false;
  }
}

/** Content script → background: the full entry for a card. */
export interface EntryRequest {
  type: 'tarjuma:get-entry';
  id: string;
}

export function isEntryRequest(v: unknown): v is EntryRequest {
  return isObject(v) && v.type === 'tarjuma:get-entry' && isShortString(v.id, 200);
}

/**
 * Content script → background: recognize the article's text with the glossary (which stays in the
 * background: a page never receives it).
 */
export interface RecognizeRequest {
  type: 'tarjuma:recognize';
  /** The text, or a piece of it: a long article goes in several messages, each one short to send. */
  text: string;
  /** More pieces follow: recognize once the last has arrived. */
  more?: boolean;
  langHint?: string;
}

/** The longest article text recognized (the 5 MB test page's article is about 2 M characters). */
export const MAX_ARTICLE_CHARS = 16 * 1024 * 1024;

/**
 * Content script → background, on the same port after the answer: now the suggestions (likely
 * officials the glossary lacks) for the text last recognized.
 */
export interface DiscoverRequest {
  type: 'tarjuma:discover';
}

export function isDiscoverRequest(v: unknown): v is DiscoverRequest {
  return isObject(v) && v.type === 'tarjuma:discover' && Object.keys(v).length === 1;
}

export function isRecognizeRequest(v: unknown): v is RecognizeRequest {
  return isObject(v) && v.type === 'tarjuma:recognize' && isShortString(v.text, MAX_ARTICLE_CHARS) &&
    (v.more === undefined || typeof v.more === 'boolean') && (v.langHint === undefined || isShortString(v.langHint, 40));
}

/** A span inside a text of `length` characters. */
function isSpan(v: Record<string, unknown>, length: number): boolean {
  return isCount(v.start) && isCount(v.end) && (v.start as number) < (v.end as number) && (v.end as number) <= length;
}

const isKind = (k: unknown) => k === 'person' || k === 'organization';

/** The background's answer to a RecognizeRequest, checked against the text it was asked about. */
export function isRecognitionWireOf(v: unknown, textLength: number): v is RecognitionWire {
  return drain(recognitionWireCheck(v, textLength));
}

/** The same check as steps that can pause: a very large page's answer has tens of thousands of spans. */
export function* recognitionWireCheck(v: unknown, textLength: number): Steps<boolean> {
  if (!isObject(v) || !isShortString(v.language, 10)) return false;
  const { ids, kinds, spans, entities } = v;
  if (!Array.isArray(ids) || !Array.isArray(kinds) || ids.length !== kinds.length || !ids.every((id) => isShortString(id, 200)) || !kinds.every(isKind)) return false;
  if (!Array.isArray(spans) || spans.length % 3 !== 0) return false;
  for (let i = 0; i < spans.length; i += 3) {
    if (i % 3000 === 2997) yield;
    const start: unknown = spans[i];
    const end: unknown = spans[i + 1];
    const n: unknown = spans[i + 2];
    if (!isCount(start) || !isCount(end) || !isCount(n) || start >= end || end > textLength || n >= ids.length) return false;
  }
  return Array.isArray(entities) && entities.every(isEntitySummary);
}

/** Suggestions (likely officials the glossary does not know) for a text of `textLength` characters. */
export function isCandidateListOf(v: unknown, textLength: number): v is Discovery[] {
  return Array.isArray(v) && v.every((c) => isObject(c) && isSpan(c, textLength) && isKind(c.kind) &&
    isShortString(c.text, 2000) && isShortString(c.context, 4000) && isObject(c.suggestedNames));
}

/**
 * The state an injected analysis resolved to, sent as one JSON string (entrypoints/tarjuma.ts says
 * why); undefined for anything else or anything malformed.
 */
export function injectedState(result: unknown): TabState | undefined {
  if (typeof result !== 'string') return undefined;
  try {
    const state: unknown = JSON.parse(result);
    return isTabState(state) ? state : undefined;
  } catch {
    return undefined;
  }
}

export function isStateReport(v: unknown): v is StateReport {
  return isObject(v) && v.type === 'tarjuma:state' && isTabState(v.state);
}

export function isStateQuery(v: unknown): v is StateQuery {
  return isObject(v) && v.type === 'tarjuma:query-state' && isCount(v.tabId);
}

export function isStateBroadcast(v: unknown): v is StateBroadcast {
  return isObject(v) && v.type === 'tarjuma:tab-state' && isCount(v.tabId) && (v.state === null || isTabState(v.state));
}

/**
 * Whether a message comes from one of the extension's own pages (panel, options) rather than a
 * content script: only those may query tab states or command a page. A content script's sender
 * URL is the web page's.
 */
export function isFromExtensionPage(sender: { id?: string; url?: string }, runtimeId: string, extensionOrigin: string): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * Answers a runtime message with the result of a promise. Chrome's onMessage only waits for an
 * answer when the listener returns true and calls sendResponse later; returning a promise is not
 * understood everywhere.
 */
export function answerWith(result: Promise<unknown>, sendResponse: (value: unknown) => void): true {
  result.then(
    (value) => sendResponse(value ?? null),
    (err: unknown) => sendResponse({ status: 'error', message: String((err as Error)?.message ?? err).slice(0, 500) }),
  );
  return true;
}

/** The reading view's article, as the page sends it (HTML still unsanitized: the view sanitizes). */
export function isReadableArticle(v: unknown): v is import('./extraction/reader-article').ReadableArticle {
  return (
    isObject(v) &&
    isShortString(v.title) &&
    isShortString(v.url, 8000) &&
    typeof v.html === 'string' &&
    v.html.length <= 20 * 1024 * 1024 &&
    (v.byline === null || isShortString(v.byline)) &&
    (v.siteName === null || isShortString(v.siteName)) &&
    (v.lang === null || isShortString(v.lang, 40))
  );
}

/** Content script → background: the card strings for a UI language (resolved with i18next there). */
export interface CardStringsRequest {
  type: 'tarjuma:get-card-strings';
  lang: 'en' | 'ru' | 'tg';
}

export function isCardStringsRequest(v: unknown): v is CardStringsRequest {
  return isObject(v) && v.type === 'tarjuma:get-card-strings' && (v.lang === 'en' || v.lang === 'ru' || v.lang === 'tg');
}

export function isStringRecord(v: unknown): v is Record<string, string> {
  return isObject(v) && Object.values(v).length <= 100 && Object.values(v).every((s) => isShortString(s, 500));
}
