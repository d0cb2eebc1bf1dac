import { beforeEach, describe, expect, it } from 'vitest';
import {
  adoptSyncedGlossary, deleteEntry, hideEntry, importEntries, loadUserGlossary, mergeGlossaries, saveEntry,
  unhideEntry, updateUserGlossary, USER_GLOSSARY_BACKUP_KEY, USER_GLOSSARY_KEY,
} from '../../../components/glossary-store';
import { QUOTA_BYTES, QUOTA_BYTES_PER_ITEM, readFromSync, splitForSync, SYNC_META_KEY, syncChunkKey } from '../../../components/glossary-sync';
import type { GlossaryStorage } from '../../../components/storage-areas';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { BUILTIN_ENTRIES } from '../../../glossary/index';
import { FakeStorageArea } from './fake-storage';
import { SAMPLE_ENTRIES } from './sample-entries';

let local: FakeStorageArea;
let sync: FakeStorageArea;
let storage: GlossaryStorage;

beforeEach(() => {
  local = new FakeStorageArea({ total: 10 * 1024 * 1024 });
  sync = new FakeStorageArea({ total: QUOTA_BYTES, perItem: QUOTA_BYTES_PER_ITEM });
  storage = { local, sync };
});

const entry = (id: string, text = 'x'): GlossaryEntry => ({
  id, kind: 'person', names: { en: [`Name ${id}`], ru: [`Имя ${id}`], tg: [`Ном ${id}`] },
  description: { en: text, ru: text, tg: text }, asOf: '2026-11-27',
});

// Some cases store hundreds of entries, each validated on load: generous time on a busy machine.
describe('the reader\'s glossary in storage', { timeout: 30_000 }, () => {
  it('saves, edits, deletes, hides and unhides, one change after another', async () => {
    expect((await saveEntry(entry('a'), storage)).ok).toBe(true);
    await saveEntry(entry('b'), storage);
    await saveEntry({ ...entry('a'), description: { en: 'edited', ru: 'правка', tg: 'таҳрир' } }, storage);
    await hideEntry('vladimir-putin', storage);
    await hideEntry('vladimir-putin', storage);
    let g = await loadUserGlossary(storage);
    expect(g.entries.map((e) => [e.id, e.description.en, e.source])).toEqual([['a', 'edited', 'user'], ['b', 'x', 'user']]);
    expect(g.hidden).toEqual(['vladimir-putin']);
    await deleteEntry('a', storage);
    await unhideEntry('vladimir-putin', storage);
    g = await loadUserGlossary(storage);
    expect(g.entries.map((e) => e.id)).toEqual(['b']);
    expect(g.hidden).toEqual([]);
  });

  it('runs concurrent changes in order, none lost', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => saveEntry(entry(id), storage)));
    expect((await loadUserGlossary(storage)).entries.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stores a schema version and no `source` marker', async () => {
    await saveEntry(entry('a'), storage);
    const stored = (await local.get(USER_GLOSSARY_KEY))[USER_GLOSSARY_KEY] as Record<string, unknown>;
    expect(stored.version).toBe(1);
    expect(JSON.stringify(stored)).not.toContain('"source"');
  });

  it('reads a version-0 glossary (a bare array) and writes it back as version 1', async () => {
    await local.set({ [USER_GLOSSARY_KEY]: SAMPLE_ENTRIES });
    const g = await loadUserGlossary(storage);
    expect(g.entries.map((e) => e.id)).toEqual(SAMPLE_ENTRIES.map((e) => e.id));
    await hideEntry('vladimir-putin', storage);
    const stored = (await local.get(USER_GLOSSARY_KEY))[USER_GLOSSARY_KEY] as { version: number; entries: unknown[]; hidden: string[] };
    expect(stored.version).toBe(1);
    expect(stored.entries).toHaveLength(SAMPLE_ENTRIES.length);
    expect(stored.hidden).toEqual(['vladimir-putin']);
  });

  it('import replaces the reader\'s entries with the same id and adds the rest', async () => {
    await saveEntry(entry('a'), storage);
    await saveEntry(entry('b'), storage);
    await importEntries([entry('b', 'new'), entry('c')], storage);
    expect((await loadUserGlossary(storage)).entries.map((e) => `${e.id}:${e.description.en}`)).toEqual(['a:x', 'b:new', 'c:x']);
  });

  it('a quota error loses nothing and says it was the quota', async () => {
    await saveEntry(entry('a'), storage);
    const before = await local.get(USER_GLOSSARY_KEY);
    local.failNextWrites = 1;
    const result = await saveEntry(entry('b'), storage);
    expect(result).toMatchObject({ ok: false, error: 'quota' });
    expect(await local.get(USER_GLOSSARY_KEY)).toEqual(before);
    // The next change works on what is stored, as if the failed one never happened.
    expect((await saveEntry(entry('c'), storage)).ok).toBe(true);
    expect((await loadUserGlossary(storage)).entries.map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('an import too large for storage.local is refused whole', async () => {
    local = new FakeStorageArea({ total: 20_000 });
    storage = { local, sync };
    await saveEntry(entry('a'), storage);
    const many = Array.from({ length: 100 }, (_, i) => entry(`bulk-${i}`, 'y'.repeat(200)));
    expect(await importEntries(many, storage)).toMatchObject({ ok: false, error: 'quota' });
    expect((await loadUserGlossary(storage)).entries.map((e) => e.id)).toEqual(['a']);
  });

  it('the merged glossary drops hidden built-ins and lets the reader\'s entry win on id', () => {
    const own = { ...BUILTIN_ENTRIES[1]!, description: { en: 'mine', ru: 'моё', tg: 'аз они ман' } };
    const merged = mergeGlossaries(BUILTIN_ENTRIES, { version: 1, entries: [own, entry('z')], hidden: [BUILTIN_ENTRIES[0]!.id] });
    expect(merged).toHaveLength(BUILTIN_ENTRIES.length);
    expect(merged.find((e) => e.id === BUILTIN_ENTRIES[0]!.id)).toBeUndefined();
    expect(merged.filter((e) => e.id === own.id)).toEqual([own]);
  });
});

describe('storage.sync', { timeout: 30_000 }, () => {
  it('splits text so every item fits its quota, and never inside a character', () => {
    const text = JSON.stringify({ s: 'Қосим "Қодирӣ" \\ 😀 '.repeat(2000) });
    const chunks = splitForSync(text);
    expect(chunks.join('')).toBe(text);
    for (const c of chunks) expect(new TextEncoder().encode(syncChunkKey(99) + JSON.stringify(c)).length).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(chunks.length).toBeGreaterThan(5);
  });

  it('copies a small glossary to storage.sync across keys within the quotas', async () => {
    const many = Array.from({ length: 60 }, (_, i) => entry(`e-${i}`, 'Описание на русском языке. '.repeat(3)));
    const result = await importEntries(many, storage);
    expect(result).toMatchObject({ ok: true, sync: { state: 'synced' } });
    const meta = (await sync.get(SYNC_META_KEY))[SYNC_META_KEY] as { chunks: number };
    expect(meta.chunks).toBeGreaterThan(1);
    expect(sync.bytesIn()).toBeLessThanOrEqual(QUOTA_BYTES);
    const copy = (await readFromSync(storage)) as { entries: unknown[] };
    expect(copy.entries).toHaveLength(60);
  });

  it('removes chunks a larger copy left behind', async () => {
    await importEntries(Array.from({ length: 30 }, (_, i) => entry(`e-${i}`, 'z'.repeat(600))), storage);
    const before = sync.data.size;
    expect(before).toBeGreaterThan(4);
    await updateUserGlossary((g) => ({ ...g, entries: g.entries.slice(0, 1) }), storage);
    await deleteEntry('e-1', storage);
    expect(sync.data.size).toBe(2); // the meta and one chunk
  });

  it('keeps a glossary too large to sync on this browser, and says so', async () => {
    const big = Array.from({ length: 300 }, (_, i) => entry(`big-${i}`, 'w'.repeat(400)));
    const result = await importEntries(big, storage);
    expect(result).toMatchObject({ ok: true, sync: { state: 'tooLarge' } });
    expect((await loadUserGlossary(storage)).entries).toHaveLength(300);
    expect(sync.bytesIn()).toBeLessThanOrEqual(QUOTA_BYTES);
  });

  it('a sync quota error keeps the local save', async () => {
    sync.failNextWrites = 1;
    const result = await saveEntry(entry('a'), storage);
    expect(result).toMatchObject({ ok: true, sync: { state: 'error', quota: true } });
    expect((await loadUserGlossary(storage)).entries).toHaveLength(1);
  });

  it('adopts another browser\'s newer copy, keeping the replaced one as a backup', async () => {
    const other: GlossaryStorage = { local: new FakeStorageArea(), sync };
    await saveEntry(entry('mine'), storage);
    await new Promise((r) => setTimeout(r, 5));
    await saveEntry(entry('theirs'), other); // writes the shared sync copy
    expect(await adoptSyncedGlossary(storage)).toBe(true);
    expect((await loadUserGlossary(storage)).entries.map((e) => e.id)).toEqual(['theirs']);
    expect(JSON.stringify((await local.get(USER_GLOSSARY_BACKUP_KEY))[USER_GLOSSARY_BACKUP_KEY])).toContain('"mine"');
    // Its own copy is not newer than itself.
    expect(await adoptSyncedGlossary(other)).toBe(false);
  });

  it('never replaces a glossary too large to sync with another browser\'s', async () => {
    await importEntries(Array.from({ length: 300 }, (_, i) => entry(`big-${i}`, 'w'.repeat(400))), storage);
    await new Promise((r) => setTimeout(r, 5));
    await saveEntry(entry('small'), { local: new FakeStorageArea(), sync });
    expect(await adoptSyncedGlossary(storage)).toBe(false);
    expect((await loadUserGlossary(storage)).entries).toHaveLength(300);
  });

  it('ignores an incomplete copy (still arriving from another browser)', async () => {
    await importEntries(Array.from({ length: 60 }, (_, i) => entry(`e-${i}`, 'z'.repeat(300))), storage);
    await sync.remove(syncChunkKey(1));
    expect(await readFromSync(storage)).toBeNull();
  });
});
