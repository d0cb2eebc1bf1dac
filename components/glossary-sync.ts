/**
 * The reader's glossary copied to storage.sync, so that it follows them to their other browsers.
 * storage.sync allows 8,192 bytes per item and 102,400 in all (Chrome; Firefox the same), so the
 * stored glossary is serialized once and split across numbered keys; a glossary that does not fit
 * stays on this browser only, and the panel says so.
 */
import { isQuotaError, type GlossaryStorage } from './storage-areas';

export const QUOTA_BYTES_PER_ITEM = 8192;
export const QUOTA_BYTES = 102_400;
/** Room left for anything else Tarjuma may keep in sync later. */
const RESERVED_BYTES = 4096;
export const SYNC_BUDGET_BYTES = QUOTA_BYTES - RESERVED_BYTES;

export const SYNC_META_KEY = 'userGlossary.meta';
export const syncChunkKey = (i: number) => `userGlossary.${i}`;

interface SyncMeta {
  chunks: number;
  updatedAt: number;
}

export type SyncStatus =
  | { state: 'synced'; bytes: number; limit: number }
  | { state: 'tooLarge'; bytes: number; limit: number }
  | { state: 'unavailable' }
  | { state: 'error'; quota: boolean; message: string };

const encoder = new TextEncoder();
const utf8 = (s: string) => encoder.encode(s).length;

/** The bytes storage.sync counts for an item: its key plus its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return utf8(key) + utf8(JSON.stringify(value));
}

/** Splits text into pieces whose items each fit in QUOTA_BYTES_PER_ITEM (never inside a character). */
export function splitForSync(text: string): string[] {
  const limit = QUOTA_BYTES_PER_ITEM - utf8(syncChunkKey(999)) - 2; // the key and the value's quotes
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of text) {
    const cost = ch === '"' || ch === '\\' ? 2 : ch < ' ' ? 6 : utf8(ch);
    if (size + cost > limit) {
      chunks.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += cost;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** The items that would hold a stored glossary in storage.sync, and their total size. */
export function syncItems(stored: { updatedAt?: number }): { items: Record<string, unknown>; bytes: number } {
  const json = JSON.stringify(stored);
  // Far too large (every character counts at least once): no need to split it to know.
  if (json.length > QUOTA_BYTES) return { items: {}, bytes: utf8(json) };
  const chunks = splitForSync(json);
  const meta: SyncMeta = { chunks: chunks.length, updatedAt: stored.updatedAt ?? 0 };
  const items: Record<string, unknown> = { [SYNC_META_KEY]: meta };
  chunks.forEach((c, i) => (items[syncChunkKey(i)] = c));
  const bytes = Object.entries(items).reduce((n, [k, v]) => n + itemBytes(k, v), 0);
  return { items, bytes };
}

export function fitsInSync(stored: { updatedAt?: number }): boolean {
  return syncItems(stored).bytes <= SYNC_BUDGET_BYTES;
}

/** What the panel says about syncing, without writing anything. */
export function syncStatusOf(stored: { updatedAt?: number }, storage: GlossaryStorage): SyncStatus {
  if (!storage.sync) return { state: 'unavailable' };
  const { bytes } = syncItems(stored);
  return bytes <= SYNC_BUDGET_BYTES ? { state: 'synced', bytes, limit: SYNC_BUDGET_BYTES } : { state: 'tooLarge', bytes, limit: SYNC_BUDGET_BYTES };
}

/**
 * Copies the stored glossary to storage.sync when it fits, removing chunks left over from a larger
 * copy. When it does not fit, the synced copy is left as it was: this browser keeps its glossary
 * (and never adopts another browser's smaller one over it, see adoptSyncedGlossary).
 */
export async function pushToSync(stored: { updatedAt?: number }, storage: GlossaryStorage): Promise<SyncStatus> {
  const sync = storage.sync;
  if (!sync) return { state: 'unavailable' };
  const { items, bytes } = syncItems(stored);
  if (bytes > SYNC_BUDGET_BYTES) return { state: 'tooLarge', bytes, limit: SYNC_BUDGET_BYTES };
  try {
    const before = (await sync.get(SYNC_META_KEY))[SYNC_META_KEY] as SyncMeta | undefined;
    await sync.set(items);
    const count = (items[SYNC_META_KEY] as SyncMeta).chunks;
    const stale = [];
    for (let i = count; i < (before?.chunks ?? 0); i++) stale.push(syncChunkKey(i));
    if (stale.length > 0) await sync.remove(stale);
    return { state: 'synced', bytes, limit: SYNC_BUDGET_BYTES };
  } catch (err) {
    return { state: 'error', quota: isQuotaError(err), message: String((err as Error)?.message ?? err) };
  }
}

/** The copy in storage.sync, or null when there is none or it is incomplete (still arriving). */
export async function readFromSync(storage: GlossaryStorage): Promise<unknown> {
  const sync = storage.sync;
  if (!sync) return null;
  try {
    const meta = (await sync.get(SYNC_META_KEY))[SYNC_META_KEY] as Partial<SyncMeta> | undefined;
    if (!meta || typeof meta.chunks !== 'number' || meta.chunks < 1 || meta.chunks > 512) return null;
    const keys = Array.from({ length: meta.chunks }, (_, i) => syncChunkKey(i));
    const got = await sync.get(keys);
    if (keys.some((k) => typeof got[k] !== 'string')) return null;
    return JSON.parse(keys.map((k) => got[k] as string).join(''));
  } catch {
    return null;
  }
}
