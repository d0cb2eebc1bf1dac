import { deserialize, serialize } from 'node:v8';
import { beforeEach, describe, expect, it } from 'vitest';
import { GlossaryService } from '../../../components/glossary-service';
import { adoptSyncedGlossary, hideEntry, importEntries, saveEntry, saveUserGlossary, USER_GLOSSARY_KEY } from '../../../components/glossary-store';
import type { SnapshotStore, StoredIndex } from '../../../components/index-snapshot-store';
import type { GlossaryStorage } from '../../../components/storage-areas';
import { QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from '../../../components/glossary-sync';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { buildGlossaryIndex } from '../../../core/recognition/glossary-index';
import { recognizeText } from '../../../core/recognize-text';
import { BUILTIN_ENTRIES } from '../../../glossary/index';
import { FakeStorageArea } from './fake-storage';

/** Like IndexedDB: one record, stored as a structured clone. */
class MemorySnapshots implements SnapshotStore {
  stored: Buffer | undefined;
  writes = 0;
  async read() {
    return this.stored && deserialize(this.stored);
  }
  async write(record: StoredIndex) {
    this.stored = serialize(record);
    this.writes++;
  }
  async clear() {
    this.stored = undefined;
  }
}

/** A storage area that notes which keys were read. */
class WatchedArea extends FakeStorageArea {
  readKeys: string[] = [];
  override async get(keys: string | string[] | null) {
    this.readKeys.push(...(keys === null ? ['*'] : typeof keys === 'string' ? [keys] : keys));
    return super.get(keys);
  }
}

const person = (id: string, en: string, ru: string): GlossaryEntry => ({
  id, kind: 'person', names: { en: [en], ru: [ru], tg: [ru] }, description: { en: id, ru: id, tg: id }, asOf: '2026-11-27',
});
const ZARINA = person('zarina-nazarova', 'Zarina Nazarova', 'Зарина Назарова');
const FARRUKH = person('farrukh-karimov', 'Farrukh Karimov', 'Фаррух Каримов');
const TEXT = 'Zarina Nazarova met Vladimir Putin and Farrukh Karimov in Dushanbe. Зарина Назарова и Фаррух Каримов заявили, что Путин прав.';

let local: WatchedArea;
let storage: GlossaryStorage;
let snapshots: MemorySnapshots;
let changeListeners: Array<(stamped: boolean) => void>;

beforeEach(() => {
  local = new WatchedArea();
  storage = { local };
  snapshots = new MemorySnapshots();
  changeListeners = [];
});

/** A service as a (re)started background makes it. */
function startService(buildId = 'build-1'): GlossaryService {
  return new GlossaryService({ storage, snapshots, buildId, onGlossaryChanged: (l) => changeListeners.push(l) });
}
const changed = (stamped: boolean) => changeListeners.forEach((l) => l(stamped));
const ids = async (service: GlossaryService) => (await service.recognize(TEXT)).mentions.map((m) => m.entityId);

/** Starts a service, lets it build and write its snapshot, and returns what it recognized. */
async function buildAndSnapshot(): Promise<string[]> {
  const service = startService();
  const found = await ids(service);
  await service.snapshotWritten;
  return found;
}

describe('the background glossary and its index snapshot', { timeout: 30_000 }, () => {
  it('a restarted service loads the index from the snapshot, without reading the glossary, and finds the same', async () => {
    await saveEntry(ZARINA, storage);
    const built = await buildAndSnapshot();
    expect(snapshots.writes).toBe(1);
    expect(built).toContain('zarina-nazarova');
    expect(built).toContain('vladimir-putin');

    local.readKeys = [];
    const restarted = startService();
    expect(await restarted.recognize(TEXT)).toEqual(recognizeText(TEXT, buildGlossaryIndex([...BUILTIN_ENTRIES, { ...ZARINA, source: 'user' }])));
    expect(local.readKeys).not.toContain(USER_GLOSSARY_KEY);
    await restarted.snapshotWritten;
    expect(snapshots.writes).toBe(1);
  });

  it('serves entries after a snapshot load: built-in ones from the bundle, the reader\'s read when first asked', async () => {
    await importEntries([ZARINA, { ...person('vladimir-putin', 'Vladimir Putin', 'Владимир Путин'), description: { en: 'mine', ru: 'mine', tg: 'mine' } }], storage);
    await hideEntry('emomali-rahmon', storage);
    await buildAndSnapshot();
    local.readKeys = [];
    const restarted = startService();
    const lavrov = BUILTIN_ENTRIES.find((e) => e.id === 'sergey-lavrov')!;
    expect(await restarted.entry('sergey-lavrov')).toEqual(lavrov);
    expect(await restarted.entry('emomali-rahmon')).toBeNull(); // hidden
    expect(await restarted.entry('no-such-entry')).toBeNull();
    expect(local.readKeys).not.toContain(USER_GLOSSARY_KEY);
    expect(await restarted.entry('zarina-nazarova')).toEqual({ ...ZARINA, source: 'user' });
    expect((await restarted.entry('vladimir-putin'))?.description.en).toBe('mine'); // the reader's, over the built-in one
  });

  it('rebuilds after the reader changes the glossary (save, hide, import), never reading the old snapshot', async () => {
    await saveEntry(ZARINA, storage);
    await buildAndSnapshot();
    await saveEntry(FARRUKH, storage);
    expect(await ids(startService())).toContain('farrukh-karimov');
    await buildAndSnapshot();
    await hideEntry('vladimir-putin', storage);
    expect(await ids(startService())).not.toContain('vladimir-putin');
    await buildAndSnapshot();
    await importEntries([person('vladimir-putin', 'Vladimir Putin', 'Владимир Путин')], storage);
    expect(await ids(startService())).toContain('vladimir-putin');
  });

  it('rebuilds after another browser\'s glossary is adopted', async () => {
    const sync = new FakeStorageArea({ total: QUOTA_BYTES, perItem: QUOTA_BYTES_PER_ITEM });
    storage.sync = sync;
    await saveEntry(ZARINA, storage);
    await buildAndSnapshot();
    // Another browser, sharing storage.sync, saves a newer glossary.
    await saveUserGlossary({ version: 1, entries: [FARRUKH], hidden: [] }, { local: new FakeStorageArea(), sync }, Date.now() + 60_000);
    expect(await adoptSyncedGlossary(storage)).toBe(true);
    const found = await ids(startService());
    expect(found).toContain('farrukh-karimov');
    expect(found).not.toContain('zarina-nazarova');
  });

  it('rebuilds for another build of the extension (an update may change the built-in glossary or the indexer)', async () => {
    await saveEntry(ZARINA, storage);
    await buildAndSnapshot();
    local.readKeys = [];
    startService('build-2').warm();
    await expect.poll(() => local.readKeys).toContain(USER_GLOSSARY_KEY);
  });

  it('rebuilds, finding the same, when the stored snapshot is damaged', async () => {
    await saveEntry(ZARINA, storage);
    const built = await buildAndSnapshot();
    const record = (await snapshots.read()) as StoredIndex;
    record.snapshot.trie.endNext[0] = 0;
    await snapshots.write(record);
    local.readKeys = [];
    expect(await ids(startService())).toEqual(built);
    expect(local.readKeys).toContain(USER_GLOSSARY_KEY);
  });

  it('a glossary written without a new stamp (not through the glossary store) is not read through the old snapshot', async () => {
    await saveEntry(ZARINA, storage);
    const service = startService();
    expect(await ids(service)).toContain('zarina-nazarova');
    await service.snapshotWritten;
    // Another writer replaces the glossary and leaves the stamp as it was.
    await local.set({ [USER_GLOSSARY_KEY]: { version: 1, entries: [FARRUKH], hidden: [] } });
    changed(false);
    expect(await ids(service)).toContain('farrukh-karimov');
    await service.snapshotWritten;
    expect(await snapshots.read()).toBeUndefined();
    expect(await ids(startService())).not.toContain('zarina-nazarova');
  });

  it('with no glossary of the reader\'s, a restarted service loads the built-in index from its snapshot', async () => {
    const built = await buildAndSnapshot();
    expect(snapshots.writes).toBe(1);
    local.readKeys = [];
    const restarted = startService();
    expect(await ids(restarted)).toEqual(built);
    expect(await restarted.recognize(TEXT)).toEqual(recognizeText(TEXT, buildGlossaryIndex(BUILTIN_ENTRIES)));
    expect(local.readKeys).not.toContain(USER_GLOSSARY_KEY);
    await restarted.snapshotWritten;
    expect(snapshots.writes).toBe(1); // loaded, not built again
    expect(await restarted.entry('sergey-lavrov')).toEqual(BUILTIN_ENTRIES.find((e) => e.id === 'sergey-lavrov'));
  });

  it('does not use the built-in snapshot once the reader has a glossary, nor where the keys cannot be listed', async () => {
    await buildAndSnapshot();
    await saveEntry(ZARINA, storage);
    expect(await ids(startService())).toContain('zarina-nazarova');
    // A glossary written by an older version (no stamp) beside a built-in snapshot.
    snapshots = new MemorySnapshots();
    local = new WatchedArea();
    storage = { local };
    await buildAndSnapshot();
    await local.set({ [USER_GLOSSARY_KEY]: { version: 1, entries: [FARRUKH], hidden: [] } });
    expect(await ids(startService())).toContain('farrukh-karimov');
    // A browser without getKeys: nothing tells that no glossary is stored, so the index is built.
    snapshots = new MemorySnapshots();
    storage = { local: Object.assign(new WatchedArea(), { getKeys: undefined }) };
    await buildAndSnapshot();
    expect(snapshots.writes).toBe(1);
    await buildAndSnapshot(); // restarted: built and written again
    expect(snapshots.writes).toBe(2);
  });

  it('writes no snapshot for a glossary that has no stamp (never saved by this version)', async () => {
    await local.set({ [USER_GLOSSARY_KEY]: { version: 1, entries: [ZARINA], hidden: [] } });
    expect(await buildAndSnapshot()).toContain('zarina-nazarova');
    expect(snapshots.writes).toBe(0);
  });
});
