import { browser } from 'wxt/browser';
import { cleanSelection, selectionLanguage } from '../core/glossary/selection';
import { isLang } from '../core/glossary/validate';
import type { Lang } from '../core/glossary/types';

/**
 * The hand-over from "Add to Tarjuma glossary" (context menu, in the background) to the panel's
 * Add form: a selected name and its language, in storage.session (gone when the browser closes).
 * The panel takes it when it opens, or at once when it is already open.
 */
export const PREFILL_KEY = 'glossaryPrefill';
const MAX_AGE_MS = 5 * 60_000;

export interface Prefill {
  name: string;
  lang: Lang;
  at: number;
  /** "lookup": show what the glossary knows of the selection instead of opening the Add form. */
  purpose?: 'lookup';
}

function area() {
  return browser.storage.session ?? browser.storage.local;
}

/** A selection as a prefill: the cleaned name and the language it is written in (English when unsure). */
export function prefillFor(selection: string, now = Date.now()): Prefill | null {
  const name = cleanSelection(selection);
  if (!/[\p{L}\p{N}]/u.test(name)) return null;
  return { name, lang: selectionLanguage(name) ?? 'en', at: now };
}

export async function requestPrefill(selection: string, purpose?: 'lookup'): Promise<void> {
  const prefill = prefillFor(selection);
  if (prefill) await area().set({ [PREFILL_KEY]: purpose ? { ...prefill, purpose } : prefill });
}

function parsePrefill(raw: unknown, now: number): Prefill | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const p = raw as Partial<Prefill>;
  if (typeof p.name !== 'string' || !isLang(p.lang) || typeof p.at !== 'number' || now - p.at > MAX_AGE_MS) return null;
  const name = p.name.slice(0, 200);
  if (!name.trim()) return null;
  return p.purpose === 'lookup' ? { name, lang: p.lang, at: p.at, purpose: 'lookup' } : { name, lang: p.lang, at: p.at };
}

/** Takes the waiting prefill, if any (it is used once). */
export async function takePrefill(): Promise<Prefill | null> {
  try {
    const stored = await area().get(PREFILL_KEY);
    if (stored[PREFILL_KEY] === undefined) return null;
    await area().remove(PREFILL_KEY);
    return parsePrefill(stored[PREFILL_KEY], Date.now());
  } catch {
    return null;
  }
}

export function onPrefillRequested(listener: () => void): void {
  browser.storage.onChanged.addListener((changes) => {
    if (changes[PREFILL_KEY]?.newValue !== undefined) listener();
  });
}
