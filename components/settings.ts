import { browser } from 'wxt/browser';
import type { Lang } from '../core/glossary/types';
import { isLang } from '../core/glossary/validate';
import { uiLanguageFor } from './ui-language';

export interface Settings {
  /** The language of names and descriptions in cards and the panel. */
  glossaryLanguage: Lang;
  /** The language of Tarjuma's own words. */
  uiLanguage: Lang;
}

const KEY = 'settings';

export function defaultSettings(): Settings {
  const lang = uiLanguageFor(globalThis.navigator?.language);
  return { glossaryLanguage: lang, uiLanguage: lang };
}

/** Reads settings, keeping only valid values: corrupted storage falls back to defaults, never throws. */
export function parseSettings(raw: unknown): Settings {
  const defaults = defaultSettings();
  if (typeof raw !== 'object' || raw === null) return defaults;
  const r = raw as Record<string, unknown>;
  return {
    glossaryLanguage: isLang(r.glossaryLanguage) ? r.glossaryLanguage : defaults.glossaryLanguage,
    uiLanguage: isLang(r.uiLanguage) ? r.uiLanguage : defaults.uiLanguage,
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return parseSettings(stored[KEY]);
  } catch {
    return defaultSettings();
  }
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[KEY]) listener(parseSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
