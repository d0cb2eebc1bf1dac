import { browser } from 'wxt/browser';
import type { GlossaryEntry } from '../core/glossary/types';
import { buildGlossaryIndex, type GlossaryIndex } from '../core/recognition/glossary-index';
import { decodeIndexSnapshot, encodeIndexSnapshot, INDEX_SNAPSHOT_VERSION } from '../core/recognition/index-snapshot';
import { discoverInText, matchText, recognizeText, type GlossaryMatch, type Recognition } from '../core/recognize-text';
import type { Discovery } from '../core/discovery';
import { glossaryFingerprint } from '../core/glossary/fingerprint';
import { BUILTIN_ENTRIES } from '../glossary/index';
import { hasNoUserGlossary, loadStampedUserGlossary, loadUserGlossary, mergeGlossaries, onUserGlossaryChanged, readUserGlossaryStamp } from './glossary-store';
import { asStoredIndex, indexedDbSnapshots, snapshotKey, type SnapshotStore } from './index-snapshot-store';
import { defaultStorage, type GlossaryStorage } from './storage-areas';

/** What the service works with; tests pass in-memory ones. */
export interface GlossaryServiceDeps {
  storage: GlossaryStorage;
  snapshots: SnapshotStore;
  /** Names this build of the extension (its version and built-in glossary): another build's snapshot is never read. */
  buildId: string;
  onGlossaryChanged(listener: (stamped: boolean) => void): void;
}

/** The glossary as loaded: its index at once, its entries when a card asks for one. */
interface LoadedGlossary {
  index: GlossaryIndex;
  entry(id: string): Promise<GlossaryEntry | null>;
}

/**
 * The background's copy of the glossary a reader sees (built-in minus hidden, plus their own) and
 * its match index. Pages send the article's text here and get the mentions back; cards ask for
 * single entries. A page never receives the glossary: the injected script stays small, a click
 * costs no index transfer, and a 100,000-entry glossary is indexed once, not once per tab.
 *
 * A service worker restarts after some idle time. So that a restart does not read every entry and
 * index them again, the index is also kept as a snapshot (components/index-snapshot-store.ts),
 * keyed by the stamp stored with the reader's glossary (or by BUILTIN_ONLY while they have none); a
 * restarted worker loads the snapshot when its key is current and builds from the entries otherwise
 * (then writes a new snapshot).
 */
export class GlossaryService {
  private current: Promise<LoadedGlossary> | undefined;
  /** False after the glossary was written without a new stamp (not by glossary-store.ts): until the next stamped write, the stamp does not tell whether a snapshot is current. */
  private stampsTrusted = true;
  private readonly deps: GlossaryServiceDeps;
  /** Settles when the snapshot of the index last built is written (or was not); for tests. */
  snapshotWritten: Promise<void> = Promise.resolve();

  constructor(deps: Partial<GlossaryServiceDeps> = {}) {
    let buildId: string | undefined;
    this.deps = {
      storage: deps.storage ?? defaultStorage(),
      snapshots: deps.snapshots ?? indexedDbSnapshots(),
      // Made once, when a snapshot is first read or written (a worker that reads none never needs it).
      get buildId() {
        return (buildId ??= deps.buildId ?? `${browser.runtime.getManifest().version}:${builtinFingerprint()}`);
      },
      onGlossaryChanged: deps.onGlossaryChanged ?? onUserGlossaryChanged,
    };
    this.deps.onGlossaryChanged((stamped) => {
      this.current = undefined;
      this.stampsTrusted = stamped;
      if (!stamped) void this.deps.snapshots.clear().catch(() => undefined);
    });
  }

  /** Loads and indexes the glossary now, so the first click does not wait for it. */
  warm(): void {
    void this.load();
  }

  async recognize(text: string, langHint?: string): Promise<Recognition> {
    const found = await this.match(text, langHint);
    return { ...found, candidates: await this.discover(text, found) };
  }

  /** The glossary's names in the text (what the page highlights first). */
  async match(text: string, langHint?: string): Promise<GlossaryMatch> {
    const { index } = await this.load();
    const started = performance.now();
    const result = matchText(text, index, langHint);
    // On the service worker's timeline, for DevTools; recorded once the answer has gone (a measure
    // took up to a millisecond of the worker's time while the page waited).
    const duration = performance.now() - started;
    setTimeout(() => performance.measure('tarjuma:recognize', { start: started, duration }), 0);
    return result;
  }

  /** Likely officials the glossary does not know, next to what it matched (the dotted suggestions). */
  async discover(text: string, found: GlossaryMatch): Promise<Discovery[]> {
    const started = performance.now();
    const candidates = discoverInText(text, found);
    performance.measure('tarjuma:discover', { start: started, duration: performance.now() - started });
    return candidates;
  }

  async entry(id: string): Promise<GlossaryEntry | null> {
    return (await this.load()).entry(id);
  }

  private load(): Promise<LoadedGlossary> {
    return (this.current ??= this.fromSnapshot().catch(() => undefined).then((loaded) => loaded ?? this.fromEntries()));
  }

  private async fromSnapshot(): Promise<LoadedGlossary | undefined> {
    if (!this.stampsTrusted) return undefined;
    // No stamp: a reader without a glossary of their own (then the built-in glossary's snapshot
    // serves), or a glossary not saved by this version (then nothing says what a snapshot was made of).
    const stamp = (await readUserGlossaryStamp(this.deps.storage)) ?? ((await hasNoUserGlossary(this.deps.storage)) ? BUILTIN_ONLY : undefined);
    if (stamp === undefined) return undefined;
    const stored = await this.deps.snapshots.read();
    const record = asStoredIndex(stored);
    if (!record || record.key !== snapshotKey(INDEX_SNAPSHOT_VERSION, this.deps.buildId, stamp)) return undefined;
    const index = decodeIndexSnapshot(record.snapshot);
    if (!index || record.builtinCount > index.entryCount) return undefined;
    warmUp(record.warmUpText, index);
    return { index, entry: snapshotEntries(index, record.builtinCount, this.deps.storage) };
  }

  private async fromEntries(): Promise<LoadedGlossary> {
    const { glossary: user, stamp } = await loadStampedUserGlossary(this.deps.storage);
    const entries = mergeGlossaries(BUILTIN_ENTRIES, user);
    const byId = new Map(entries.map((e) => [e.id, e]));
    const index = buildGlossaryIndex(entries);
    const text = warmUpText(entries);
    warmUp(text, index);
    // Without a stamp nothing says later which glossary a snapshot was made of: none is written,
    // unless the glossary is the built-in one alone (read back only while no glossary is stored).
    const snapshotStamp = stamp ?? (user.entries.length === 0 && user.hidden.length === 0 ? BUILTIN_ONLY : undefined);
    if (snapshotStamp !== undefined && this.stampsTrusted) {
      const key = snapshotKey(INDEX_SNAPSHOT_VERSION, this.deps.buildId, snapshotStamp);
      const builtinCount = entries.length - user.entries.length;
      this.snapshotWritten = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() => this.deps.snapshots.write({ key, snapshot: encodeIndexSnapshot(index), builtinCount, warmUpText: text }))
        .catch(() => undefined);
    }
    return { index, entry: async (id) => byId.get(id) ?? null };
  }
}

/**
 * Entries for an index loaded from a snapshot: the built-in ones come from the bundle; the reader's
 * are read from storage the first time a card asks for one of them.
 */
function snapshotEntries(index: GlossaryIndex, builtinCount: number, storage: GlossaryStorage): (id: string) => Promise<GlossaryEntry | null> {
  let numbers: Map<string, number> | undefined;
  let builtin: Map<string, GlossaryEntry> | undefined;
  let own: Promise<Map<string, GlossaryEntry>> | undefined;
  return async (id) => {
    numbers ??= new Map(index.entities.map((e, n) => [e, n]));
    const n = numbers.get(id);
    if (n === undefined) return null;
    if (n < builtinCount) {
      builtin ??= new Map(BUILTIN_ENTRIES.map((e) => [e.id, e]));
      return builtin.get(id) ?? null;
    }
    own ??= loadUserGlossary(storage).then((user) => new Map(user.entries.map((e) => [e.id, e])));
    return (await own).get(id) ?? null;
  };
}

/** The matcher's first run makes its lookup tables and is still interpreted code: do it now rather than on the reader's first click. */
function warmUp(text: string, index: GlossaryIndex): void {
  setTimeout(() => recognizeText(text, index), 0);
}

/** A few sentences naming glossary entries in the three languages. */
function warmUpText(entries: readonly GlossaryEntry[]): string {
  const lines: string[] = [];
  for (let i = 0; i < entries.length && lines.length < 60; i += Math.max(1, Math.floor(entries.length / 60))) {
    const { names } = entries[i]!;
    lines.push(`${names.en[0] ?? ''} said on Monday. ${names.ru[0] ?? ''} заявил в понедельник. ${names.tg[0] ?? ''} рӯзи душанбе гуфт.`);
  }
  return lines.join('\n\n');
}

/** The snapshot key's stamp for the built-in glossary alone (stamps the glossary store writes are random). */
const BUILTIN_ONLY = 'built-in only';

/**
 * Tells built-in glossaries apart (a development build may change them without a new version
 * number). Made at build time (wxt.config.ts): hashing the glossary here took 20 ms of every worker
 * start. Where there is no build (unit tests), made here.
 */
function builtinFingerprint(): string {
  const made: unknown = import.meta.env.TARJUMA_BUILTIN_GLOSSARY;
  return typeof made === 'string' && made !== '' ? made : glossaryFingerprint(BUILTIN_ENTRIES);
}
