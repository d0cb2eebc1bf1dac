import { browser } from 'wxt/browser';
import { isLang } from '../core/glossary/validate';

/** How the reader likes to read; remembered in storage.local. */
export interface ReaderSettings {
  fontSize: number;
  lineHeight: number;
  theme: 'auto' | 'light' | 'dark' | 'sepia';
}

const KEY = 'readerSettings';
export const FONT_SIZES = [15, 17, 19, 21, 24, 28];
const THEMES = new Set(['auto', 'light', 'dark', 'sepia']);

export function parseReaderSettings(raw: unknown): ReaderSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    fontSize: FONT_SIZES.includes(r.fontSize as number) ? (r.fontSize as number) : 19,
    lineHeight: typeof r.lineHeight === 'number' && r.lineHeight >= 1.2 && r.lineHeight <= 2.4 ? r.lineHeight : 1.6,
    // Dark follows the system unless the reader chose otherwise.
    theme: THEMES.has(r.theme as string) ? (r.theme as ReaderSettings['theme']) : 'auto',
  };
}

export async function loadReaderSettings(): Promise<ReaderSettings> {
  const stored = await browser.storage.local.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return parseReaderSettings(stored[KEY]);
}

export async function saveReaderSettings(settings: ReaderSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

/** Minutes to read, from the word count (about 200 words a minute; at least one minute). */
export function readingMinutes(text: string): number {
  const words = text.match(/[\p{L}\p{Nd}]+/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / 200));
}

/** The article's language as a UI label key ("articleLang.ru"), or undefined when not one of ours. */
export function articleLanguageKey(language: string): string {
  const base = language.split('-')[0] ?? '';
  return `articleLang.${isLang(base) ? base : 'und'}`;
}
