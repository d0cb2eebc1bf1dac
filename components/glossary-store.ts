import { browser } from 'wxt/browser';
import type { GlossaryEntry } from '../core/glossary/types';
import { validateGlossary } from '../core/glossary/validate';

/**
 * The reader's own glossary in storage.local: their entries and the built-in entries they hid.
 * Stored with a schema version so later formats can migrate it.
 */
export const USER_GLOSSARY_KEY = 'userGlossary';
export const USER_GLOSSARY_VERSION = 1;

export interface UserGlossary {
  version: number;
  entries: GlossaryEntry[];
  /** Ids of built-in entries the reader does not want highlighted. */
  hidden: string[];
}

export function emptyUserGlossary(): UserGlossary {
  return { version: USER_GLOSSARY_VERSION, entries: [], hidden: [] };
}

/** Reads what is stored, keeping only what validates: corrupted storage never breaks the reader. */
export function parseUserGlossary(raw: unknown): UserGlossary {
  if (typeof raw !== 'object' || raw === null) return emptyUserGlossary();
  const r = raw as Partial<UserGlossary>;
  const entries = Array.isArray(r.entries) ? r.entries.filter((e) => validateGlossary([e], new Set()).issues.every((i) => i.code === 'unknownRelated')) : [];
  const hidden = Array.isArray(r.hidden) ? r.hidden.filter((id): id is string => typeof id === 'string') : [];
  return { version: USER_GLOSSARY_VERSION, entries: entries.map((e) => ({ ...e, source: 'user' as const })), hidden };
}

export async function loadUserGlossary(): Promise<UserGlossary> {
  try {
    const stored = await browser.storage.local.get(USER_GLOSSARY_KEY);
    return parseUserGlossary(stored[USER_GLOSSARY_KEY]);
  } catch {
    return emptyUserGlossary();
  }
}

export function onUserGlossaryChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[USER_GLOSSARY_KEY]) listener();
  });
}

/** The glossary a reader sees: built-in entries they did not hide, then their own (which win on id). */
export function mergeGlossaries(builtin: readonly GlossaryEntry[], user: UserGlossary): GlossaryEntry[] {
  const own = new Set(user.entries.map((e) => e.id));
  const hidden = new Set(user.hidden);
  return [...builtin.filter((e) => !hidden.has(e.id) && !own.has(e.id)), ...user.entries];
}
