import { browser } from 'wxt/browser';

/** The part of a browser storage area the glossary store uses; tests pass an in-memory fake. */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** The keys stored, without their values (Chrome 130+); absent where the browser lacks it. */
  getKeys?(): Promise<string[]>;
}

export interface GlossaryStorage {
  local: StorageAreaLike;
  /** Absent where the browser has no storage.sync. */
  sync?: StorageAreaLike;
}

export function defaultStorage(): GlossaryStorage {
  return { local: browser.storage.local as StorageAreaLike, sync: browser.storage.sync as StorageAreaLike | undefined };
}

/** Chrome: "QUOTA_BYTES quota exceeded", "MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded"; Firefox: QuotaExceededError. */
export function isQuotaError(err: unknown): boolean {
  return /quota/i.test(`${(err as Error)?.name ?? ''} ${(err as Error)?.message ?? err}`);
}
