import { browser } from 'wxt/browser';
import { CURRENT_VERSION, migrateUserGlossary } from '../core/glossary/migrations';
import type { GlossaryEntry } from '../core/glossary/types';
import { validateGlossary } from '../core/glossary/validate';
import { defaultStorage, isQuotaError, type GlossaryStorage } from './storage-areas';
import { fitsInSync, pushToSync, readFromSync, SYNC_META_KEY, type SyncStatus } from './glossary-sync';

/**
 * The reader's own glossary in storage.local: their entries and the built-in entries they hid.
 * Stored with a schema version (core/glossary/migrations.ts) so later formats can migrate it.
 * storage.local is the truth; small glossaries are also copied to storage.sync (./glossary-sync.ts).
 */
export const USER_GLOSSARY_KEY = 'userGlossary';
export const USER_GLOSSARY_VERSION = CURRENT_VERSION;
/** The copy replaced when another browser's newer glossary was adopted: nothing is ever just dropped. */
export const USER_GLOSSARY_BACKUP_KEY = 'userGlossaryBackup';
/**
 * A new random value written in the same storage.local.set as every change of the glossary, so the
 * background can tell whether its stored index snapshot is of the current glossary by reading this
 * small value instead of the whole glossary (components/index-snapshot-store.ts).
 */
export const USER_GLOSSARY_STAMP_KEY = 'userGlossaryStamp';

function newStamp(now: number): string {
  return `${now.toString(36)}-${crypto.randomUUID()}`;
}

export interface UserGlossary {
  version: number;
  entries: GlossaryEntry[];
  /** Ids of built-in entries the reader does not want highlighted. */
  hidden: string[];
  /** When the reader last changed it (ms since epoch); the newer copy wins when syncing. */
  updatedAt?: number;
}

export function emptyUserGlossary(): UserGlossary {
  return { version: USER_GLOSSARY_VERSION, entries: [], hidden: [] };
}

/** Reads what is stored (any version), keeping only what validates: corrupted storage never breaks the reader. */
export function parseUserGlossary(raw: unknown): UserGlossary {
  const { value } = migrateUserGlossary(raw);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return emptyUserGlossary();
  const r = value as Partial<UserGlossary>;
  const entries = Array.isArray(r.entries) ? r.entries.filter((e) => validateGlossary([e], new Set()).issues.every((i) => i.code === 'unknownRelated')) : [];
  const hidden = Array.isArray(r.hidden) ? [...new Set(r.hidden.filter((id): id is string => typeof id === 'string'))] : [];
  const updatedAt = typeof r.updatedAt === 'number' && Number.isFinite(r.updatedAt) ? r.updatedAt : undefined;
  return { version: USER_GLOSSARY_VERSION, entries: entries.map((e) => ({ ...e, source: 'user' as const })), hidden, ...(updatedAt !== undefined ? { updatedAt } : {}) };
}

/** What goes into storage: entries without the loader's `source` marker. */
export function serializeUserGlossary(g: UserGlossary): UserGlossary {
  return {
    version: USER_GLOSSARY_VERSION,
    entries: g.entries.map(({ source: _source, ...rest }) => rest),
    hidden: g.hidden,
    ...(g.updatedAt !== undefined ? { updatedAt: g.updatedAt } : {}),
  };
}

export async function loadUserGlossary(storage: GlossaryStorage = defaultStorage()): Promise<UserGlossary> {
  return (await loadStampedUserGlossary(storage)).glossary;
}

/** The glossary and its stamp, read in one get so that the stamp is the one written with this glossary. */
export async function loadStampedUserGlossary(storage: GlossaryStorage = defaultStorage()): Promise<{ glossary: UserGlossary; stamp: string | undefined }> {
  try {
    const stored = await storage.local.get([USER_GLOSSARY_KEY, USER_GLOSSARY_STAMP_KEY]);
    return { glossary: parseUserGlossary(stored[USER_GLOSSARY_KEY]), stamp: stampOf(stored) };
  } catch {
    return { glossary: emptyUserGlossary(), stamp: undefined };
  }
}

/** The stamp of the stored glossary alone; undefined when there is none (never saved by this version) or it cannot be read. */
export async function readUserGlossaryStamp(storage: GlossaryStorage = defaultStorage()): Promise<string | undefined> {
  try {
    return stampOf(await storage.local.get(USER_GLOSSARY_STAMP_KEY));
  } catch {
    return undefined;
  }
}

/**
 * Whether the reader has no glossary of their own stored at all, told without reading it (a stored
 * glossary may be 40 MB). False when it cannot be told: the browser cannot list keys, or the read failed.
 */
export async function hasNoUserGlossary(storage: GlossaryStorage = defaultStorage()): Promise<boolean> {
  try {
    const keys = await storage.local.getKeys?.();
    return Array.isArray(keys) && !keys.includes(USER_GLOSSARY_KEY);
  } catch {
    return false;
  }
}

function stampOf(stored: Record<string, unknown>): string | undefined {
  const stamp = stored[USER_GLOSSARY_STAMP_KEY];
  return typeof stamp === 'string' && stamp !== '' ? stamp : undefined;
}

export type SaveResult =
  | { ok: true; glossary: UserGlossary; sync: SyncStatus }
  | { ok: false; error: 'quota' | 'failed'; message: string };

/**
 * Writes the whole glossary in one storage.local.set (atomic: on a quota error the stored glossary
 * stays exactly as it was), then copies it to storage.sync when it fits.
 */
export async function saveUserGlossary(next: UserGlossary, storage: GlossaryStorage = defaultStorage(), now = Date.now()): Promise<SaveResult> {
  const glossary: UserGlossary = { ...next, version: USER_GLOSSARY_VERSION, updatedAt: now };
  try {
    await storage.local.set({ [USER_GLOSSARY_KEY]: serializeUserGlossary(glossary), [USER_GLOSSARY_STAMP_KEY]: newStamp(now) });
  } catch (err) {
    return { ok: false, error: isQuotaError(err) ? 'quota' : 'failed', message: String((err as Error)?.message ?? err) };
  }
  const sync = await pushToSync(serializeUserGlossary(glossary), storage);
  return { ok: true, glossary: parseUserGlossary(glossary), sync };
}

// Changes made in one page run one after another, each on the glossary the last one stored.
let queue: Promise<unknown> = Promise.resolve();

/** Reads, changes and writes the glossary; the change runs on what is stored now, not on a stale copy. */
export function updateUserGlossary(
  change: (current: UserGlossary) => UserGlossary,
  storage: GlossaryStorage = defaultStorage(),
): Promise<SaveResult> {
  const run = queue.then(async () => saveUserGlossary(change(await loadUserGlossary(storage)), storage));
  queue = run.catch(() => undefined);
  return run;
}

/** Adds an entry, or replaces the reader's entry with the same id. */
export function saveEntry(entry: GlossaryEntry, storage?: GlossaryStorage): Promise<SaveResult> {
  return importEntries([entry], storage);
}

/** Adds entries; an entry with the id of one of the reader's replaces it in place. */
export function importEntries(entries: readonly GlossaryEntry[], storage?: GlossaryStorage): Promise<SaveResult> {
  return updateUserGlossary((g) => {
    const incoming = new Map(entries.map((e) => [e.id, { ...e, source: 'user' as const }]));
    const kept = g.entries.map((e) => incoming.get(e.id) ?? e);
    const known = new Set(g.entries.map((e) => e.id));
    return { ...g, entries: [...kept, ...[...incoming.values()].filter((e) => !known.has(e.id))] };
  }, storage);
}

export function deleteEntry(id: string, storage?: GlossaryStorage): Promise<SaveResult> {
  return updateUserGlossary((g) => ({ ...g, entries: g.entries.filter((e) => e.id !== id) }), storage);
}

export function hideEntry(id: string, storage?: GlossaryStorage): Promise<SaveResult> {
  return updateUserGlossary((g) => ({ ...g, hidden: g.hidden.includes(id) ? g.hidden : [...g.hidden, id] }), storage);
}

export function unhideEntry(id: string, storage?: GlossaryStorage): Promise<SaveResult> {
  return updateUserGlossary((g) => ({ ...g, hidden: g.hidden.filter((h) => h !== id) }), storage);
}

/**
 * Takes the copy another browser left in storage.sync when it is newer than this browser's. The
 * copy it replaces is kept under USER_GLOSSARY_BACKUP_KEY. Returns whether it adopted one.
 */
export async function adoptSyncedGlossary(storage: GlossaryStorage = defaultStorage()): Promise<boolean> {
  const remote = await readFromSync(storage);
  if (!remote) return false;
  const stored = await storage.local.get(USER_GLOSSARY_KEY).catch(() => ({}) as Record<string, unknown>);
  const raw = stored[USER_GLOSSARY_KEY];
  const local = parseUserGlossary(raw);
  const remoteGlossary = parseUserGlossary(remote);
  if ((remoteGlossary.updatedAt ?? 0) <= (local.updatedAt ?? 0)) return false;
  // A glossary too large to sync lives on this browser only: another browser's copy never replaces it.
  if (raw !== undefined && !fitsInSync(serializeUserGlossary(local))) return false;
  try {
    await storage.local.set({
      [USER_GLOSSARY_KEY]: serializeUserGlossary(remoteGlossary),
      [USER_GLOSSARY_STAMP_KEY]: newStamp(Date.now()),
      ...(raw !== undefined ? { [USER_GLOSSARY_BACKUP_KEY]: raw } : {}),
    });
    return true;
  } catch {
    return false;
  }
}

/** Calls back when the stored glossary changes; `stamped` is false when the write did not renew the stamp (another writer than this module). */
export function onUserGlossaryChanged(listener: (stamped: boolean) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[USER_GLOSSARY_KEY]) listener(USER_GLOSSARY_STAMP_KEY in changes);
  });
}

/** The glossary a reader sees: built-in entries they did not hide, then their own (which win on id). */
export function mergeGlossaries(builtin: readonly GlossaryEntry[], user: UserGlossary): GlossaryEntry[] {
  const own = new Set(user.entries.map((e) => e.id));
  const hidden = new Set(user.hidden);
  return [...builtin.filter((e) => !hidden.has(e.id) && !own.has(e.id)), ...user.entries];
}

/**
 * Keeps this browser's glossary up to date with the copy other browsers leave in storage.sync: on
 * start and whenever that copy changes. Runs in the background.
 */
export function watchSyncedGlossary(storage: GlossaryStorage = defaultStorage()): void {
  if (!storage.sync) return;
  void adoptSyncedGlossary(storage);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[SYNC_META_KEY]) void adoptSyncedGlossary(storage);
  });
}
