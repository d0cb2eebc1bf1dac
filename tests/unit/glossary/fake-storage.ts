import type { StorageAreaLike } from '../../../components/storage-areas';

/**
 * An in-memory storage area that behaves like Chrome's where the glossary store cares: values are
 * copied in and out as JSON, and a write over the quota throws and changes nothing.
 */
export class FakeStorageArea implements StorageAreaLike {
  data = new Map<string, string>();
  writes = 0;
  /** Makes the next writes fail as Chrome does when a quota is exceeded. */
  failNextWrites = 0;

  constructor(private readonly quota: { total?: number; perItem?: number } = {}) {}

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = JSON.parse(this.data.get(k)!);
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNextWrites > 0) {
      this.failNextWrites--;
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) {
      const json = JSON.stringify(v);
      if (this.quota.perItem !== undefined && bytes(k) + bytes(json) > this.quota.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(k, json);
    }
    if (this.quota.total !== undefined && this.bytesIn(next) > this.quota.total) throw new Error('QUOTA_BYTES quota exceeded');
    this.data = next;
    this.writes++;
  }

  async getKeys(): Promise<string[]> {
    return [...this.data.keys()];
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }

  bytesIn(map = this.data): number {
    let n = 0;
    for (const [k, v] of map) n += bytes(k) + bytes(v);
    return n;
  }
}

const bytes = (s: string) => new TextEncoder().encode(s).length;
