import type { IndexSnapshot } from '../core/recognition/index-snapshot';

/**
 * Where the background keeps the snapshot of its glossary index (core/recognition/index-snapshot.ts)
 * between service-worker restarts: the extension origin's IndexedDB. Not storage.local: the snapshot
 * is derived data of up to some 15 MB, over storage.local's 10 MB quota, and IndexedDB stores its
 * typed arrays as they are. One record, replaced at every write; losing it only costs a rebuild.
 */
export interface StoredIndex {
  /** What the snapshot was made of (snapshotKey); it is read only when this matches the current key. */
  key: string;
  snapshot: IndexSnapshot;
  /** How many of the indexed entries, from the first, are built-in entries (served without reading the reader's glossary). */
  builtinCount: number;
  /** Text naming some entries, for warming the matcher up after a load. */
  warmUpText: string;
}

export interface SnapshotStore {
  /** The stored record as it is (unchecked), or undefined. Never throws. */
  read(): Promise<unknown>;
  write(record: StoredIndex): Promise<void>;
  clear(): Promise<void>;
}

/** The snapshot's key: its format, the extension build (code and built-in glossary), and the reader's glossary stamp. */
export function snapshotKey(formatVersion: number, buildId: string, stamp: string): string {
  return `${formatVersion}|${buildId}|${stamp}`;
}

/** A stored record that has the fields a StoredIndex has (the snapshot itself is checked when decoded). */
export function asStoredIndex(value: unknown): StoredIndex | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Partial<StoredIndex>;
  const ok = typeof r.key === 'string' && typeof r.builtinCount === 'number' && Number.isInteger(r.builtinCount) && r.builtinCount >= 0 && typeof r.warmUpText === 'string';
  return ok ? (r as StoredIndex) : undefined;
}

const DB_NAME = 'tarjuma-glossary-index';
const STORE = 'snapshots';
const RECORD = 'current';

export function indexedDbSnapshots(): SnapshotStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => (db ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((err: unknown) => {
    db = undefined; // try again next time (IndexedDB may be unavailable, e.g. in some private modes)
    throw err;
  }));
  const run = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = (await open()).transaction(STORE, mode);
    const request = act(tx.objectStore(STORE));
    return new Promise<T>((resolve, reject) => {
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  };
  return {
    read: () => run('readonly', (s) => s.get(RECORD)).catch(() => undefined),
    write: async (record) => {
      await run('readwrite', (s) => s.put(record, RECORD));
    },
    clear: async () => {
      await run('readwrite', (s) => s.delete(RECORD));
    },
  };
}
