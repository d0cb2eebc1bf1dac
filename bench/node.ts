/** The Node half of the benchmark: glossary index build, matching throughput, bundle sizes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { buildGlossaryIndex } from '../core/recognition/glossary-index';
import { decodeIndexSnapshot, encodeIndexSnapshot } from '../core/recognition/index-snapshot';
import { matchMentions } from '../core/recognition/match-mentions';
import type { GlossaryEntry } from '../core/glossary/types';
import { generateGlossary } from './glossaries';
import { median } from './stats';

export interface NodeResults {
  indexMsBuiltin: number;
  /** The first of those builds alone: what a freshly started worker pays, its code not yet compiled. */
  indexFirstMsBuiltin: number;
  indexMs10k: number;
  /** Building the index of the 100,000 entries (what a restart pays without a snapshot, with loadMs100k). */
  buildIndexMs100k: number;
  /**
   * Getting the 100,000 entries back as objects, as the background does after every service-worker
   * restart: storage.local hands over a deserialized copy (structured clone in Firefox; Chrome
   * rebuilds the objects from its stored JSON). Timed as v8.deserialize of the serialized entries.
   * Not included: parseUserGlossary's migration and per-entry validation (components/glossary-store.ts).
   */
  loadMs100k: number;
  /**
   * What a restarted service worker pays with the index snapshot (components/glossary-service.ts):
   * v8.deserialize of the serialized snapshot (IndexedDB hands over a structured clone) plus
   * decodeIndexSnapshot, which checks it and rebuilds the Map, Set, strings and edge table. Not
   * included: reading the stamp from storage.local (one short string) and IndexedDB's own I/O.
   */
  loadIndexMs100k: number;
  /** The same, its first run in this process (the code not yet optimized, as in a restarted worker). */
  loadIndexFirstMs100k: number;
  /** The serialized snapshot's size. */
  snapshotMB100k: number;
  matchMBpsBuiltin: number;
  matchMBps10k: number;
  matchMBps100k: number;
  match100kOverBuiltin: number;
  textMB: number;
  mentionsBuiltin: number;
  mentions100k: number;
}

function time(fn: () => void, runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

/**
 * @param builtin the built-in glossary (BUILTIN_ENTRIES)
 * @param text the text to match in (article text with glossary names in the three languages)
 */
export function benchNode(builtin: GlossaryEntry[], text: string, runs = 5): NodeResults {
  // Index builds: what the background pays once per glossary version and after every service-worker
  // restart (about 30 s idle), before the first recognition. Built-in: first build included, timed
  // before the generated glossaries exist (a worker with the built-in glossary holds nothing else).
  const indexFirstMsBuiltin = time(() => buildGlossaryIndex(builtin), 1);
  const indexMsBuiltin = median([indexFirstMsBuiltin, ...Array.from({ length: runs - 1 }, () => time(() => buildGlossaryIndex(builtin), 1))]);
  const g10k = generateGlossary(10_000);
  const g100k = generateGlossary(100_000);
  const stored100k = serialize(g100k);
  const indexMs10k = time(() => buildGlossaryIndex(g10k), runs);
  const buildIndexMs100k = time(() => buildGlossaryIndex(g100k), 3);
  const loadMs100k = time(() => deserialize(stored100k), 3);
  const snapshot100k = serialize(encodeIndexSnapshot(buildGlossaryIndex(g100k)));
  const loadSnapshot = () => {
    if (!decodeIndexSnapshot(deserialize(snapshot100k))) throw new Error('the 100,000-entry snapshot did not decode');
  };
  const loadIndexFirstMs100k = time(loadSnapshot, 1);
  const loadIndexMs100k = time(loadSnapshot, 5);

  const mark = (label: string) => process.env.BENCH_DEBUG && process.stderr.write(`  ${label} ${performance.now().toFixed(0)}\n`);
  mark('index done');
  const iBuiltin = buildGlossaryIndex(builtin);
  const i10k = buildGlossaryIndex(g10k);
  const i100k = buildGlossaryIndex(g100k);
  // The text gets the generated names too, so the big glossary has something to find.
  const sample = g100k.filter((_, i) => i % 997 === 0).flatMap((e) => [e.names.en[0]!, e.names.ru[0]!, e.names.tg[0]!]);
  const paragraphs = text.split('\n\n');
  const mixed = paragraphs.map((p, i) => (i % 3 === 0 ? `${p} ${sample[i % sample.length]} said.` : p)).join('\n\n');
  const bytes = Buffer.byteLength(mixed, 'utf8');
  mark('text ready');
  // The three glossaries take turns, each run after warming all three up, so a garbage collection
  // (this process holds 100,000 entries three ways) or the JIT's state favours none of them; one
  // warm-up and three runs each gave 47-94 MB/s for the same code from run to run.
  const indexes = [iBuiltin, i10k, i100k];
  for (let w = 0; w < 3; w++) for (const index of indexes) matchMentions(mixed, index);
  const ms: number[][] = indexes.map(() => []);
  for (let r = 0; r < Math.max(runs, 7); r++) {
    indexes.forEach((index, k) => {
      const t = performance.now();
      matchMentions(mixed, index);
      ms[k]!.push(performance.now() - t);
    });
  }
  const [matchMBpsBuiltin, matchMBps10k, matchMBps100k] = ms.map((m) => bytes / 1e6 / (median(m) / 1000)) as [number, number, number];
  mark('matched');
  return {
    indexMsBuiltin,
    indexFirstMsBuiltin,
    indexMs10k,
    buildIndexMs100k,
    loadMs100k,
    loadIndexMs100k,
    loadIndexFirstMs100k,
    snapshotMB100k: snapshot100k.length / 1e6,
    matchMBpsBuiltin,
    matchMBps10k,
    matchMBps100k,
    // "How many times" slower matching gets with the 100,000-entry glossary.
    match100kOverBuiltin: matchMBpsBuiltin / matchMBps100k,
    textMB: bytes / 1e6,
    mentionsBuiltin: matchMentions(mixed, iBuiltin).length,
    mentions100k: matchMentions(mixed, i100k).length,
  };
}

export interface BundleSize {
  file: string;
  bytes: number;
  gzipKB: number;
}

/** Gzipped size (level 9) of each JavaScript bundle in the Chrome build. */
export function bundleSizes(dir: string): BundleSize[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html)$/.test(name)) files.push(p);
    }
  };
  walk(dir);
  return files.map((p) => {
    const body = readFileSync(p);
    return { file: p.slice(dir.length + 1), bytes: body.length, gzipKB: gzipSync(body, { level: 9 }).length / 1024 };
  });
}
