/**
 * Measures "officials the glossary does not know yet" (core/discovery) on annotated documents.
 *   npx tsx scripts/eval-discovery.ts DIR [DIR...] [--list] [--json]
 *
 * A DIR holds `<id>.txt` + `<id>.gold.json`, directly or in sub-folders named by language, as
 * ../shared/corpus/recognition does. For each document the glossary's mentions are found first
 * (matchMentions with the built-in glossary), then findUnknownOfficials runs on the text.
 * - Found share: of the gold mentions with `official: true` whose entity is not in the glossary,
 *   how many a finding overlaps. Gold entities are mapped to glossary ids through the glossary's own
 *   English names and aliases (as scripts/eval.ts does), never through a per-document table.
 * - Precision: a finding is correct when it overlaps any gold mention of a person or organization.
 * `--list` prints every finding (✓/✗) and every unknown official missed, for reading.
 * `--no-glossary` runs as if the glossary were empty (no mentions, every gold entity unknown): a
 * larger sample of the patterns' precision and recall than the few entities the glossary lacks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findUnknownOfficials, type Discovery } from '../core/discovery';
import type { GlossaryEntry } from '../core/glossary/types';
import { buildGlossaryIndex } from '../core/recognition/glossary-index';
import { matchMentions } from '../core/recognition/match-mentions';
import { BUILTIN_ENTRIES } from '../glossary/index';
import { makeEntityMap } from './lib/gold-entities';

interface GoldMention {
  text: string;
  entity: string;
  kind: 'person' | 'organization';
  official: boolean;
  start: number;
  end: number;
}

interface Doc {
  id: string;
  lang: string;
  group: 'hand' | 'fre';
  text: string;
  gold: GoldMention[];
}

interface Tally {
  docs: number;
  unknownOfficials: number;
  unknownFound: number;
  unknownMentions: number;
  unknownMentionsFound: number;
  findings: number;
  correct: number;
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const asJson = args.includes('--json');
const noGlossary = args.includes('--no-glossary');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: npx tsx scripts/eval-discovery.ts DIR [DIR...] [--list] [--json]');
  process.exit(2);
}

const index = buildGlossaryIndex(BUILTIN_ENTRIES);
const inGlossary = noGlossary ? () => [] : makeEntityMap(BUILTIN_ENTRIES);
const docs = dirs.flatMap(findDocs);
if (docs.length === 0) {
  console.error(`no <id>.gold.json documents under ${dirs.join(', ')}`);
  process.exit(2);
}

const tallies = new Map<string, Tally>();
const lines: string[] = [];
for (const doc of docs) {
  const mentions = noGlossary ? [] : matchMentions(doc.text, index);
  const found = findUnknownOfficials(doc.text, mentions);
  const t = scoreDoc(doc, found);
  for (const key of [`${doc.lang}|${doc.group}`, `${doc.lang}|all`, `all|${doc.group}`, 'all|all']) {
    const sum = tallies.get(key) ?? emptyTally();
    for (const k of Object.keys(sum) as (keyof Tally)[]) sum[k] += t[k];
    tallies.set(key, sum);
  }
}

if (asJson) {
  console.log(JSON.stringify(Object.fromEntries([...tallies].map(([k, t]) => [k, { ...t, ...ratios(t) }])), null, 1));
} else {
  if (list) console.log(lines.join('\n') + '\n');
  console.log(
    `Discovery of officials not in the glossary (${noGlossary ? 'glossary left out: every gold entity counts as unknown' : `${BUILTIN_ENTRIES.length} glossary entries`}, ${docs.length} documents)`,
  );
  console.log('group          docs  unknown officials found (mentions)   unknown persons+orgs found   precision (correct/findings)');
  const order = ['en', 'ru', 'tg', 'all'];
  const keys = [...tallies.keys()].sort((a, b) => {
    const [la, ga] = a.split('|');
    const [lb, gb] = b.split('|');
    return order.indexOf(la!) - order.indexOf(lb!) || (ga === 'all' ? 1 : 0) - (gb === 'all' ? 1 : 0) || ga!.localeCompare(gb!);
  });
  for (const key of keys) {
    const t = tallies.get(key)!;
    const r = ratios(t);
    console.log(
      `${key.padEnd(14)} ${String(t.docs).padStart(4)}  ${pct(r.foundShare)} (${t.unknownFound}/${t.unknownOfficials})`.padEnd(56) +
        `${pct(r.allUnknownShare)} (${t.unknownMentionsFound}/${t.unknownMentions})`.padEnd(29) +
        `${pct(r.precision)} (${t.correct}/${t.findings})`,
    );
  }
}

function scoreDoc(doc: Doc, found: Discovery[]): Tally {
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  const unknown = doc.gold.filter((g) => inGlossary(g.entity).length === 0);
  const unknownOfficials = unknown.filter((g) => g.official);
  const t: Tally = {
    docs: 1,
    unknownOfficials: unknownOfficials.length,
    unknownFound: unknownOfficials.filter((g) => found.some((f) => overlaps(f, g))).length,
    unknownMentions: unknown.length,
    unknownMentionsFound: unknown.filter((g) => found.some((f) => overlaps(f, g))).length,
    findings: found.length,
    correct: found.filter((f) => doc.gold.some((g) => overlaps(f, g))).length,
  };
  if (list) {
    for (const f of found) {
      const ok = doc.gold.some((g) => overlaps(f, g));
      const office = f.suggestedOffice ? ` — ${Object.values(f.suggestedOffice)[0]}` : '';
      lines.push(`${ok ? '✓' : '✗'} ${doc.lang}/${doc.id} ${f.kind} [${f.pattern}] «${f.text}» → ${Object.values(f.suggestedNames)[0]}${office}`);
    }
    for (const g of unknownOfficials) {
      if (!found.some((f) => overlaps(f, g))) lines.push(`  missed ${doc.lang}/${doc.id} ${g.kind} «${g.text}» (${g.entity})`);
    }
  }
  return t;
}

function emptyTally(): Tally {
  return { docs: 0, unknownOfficials: 0, unknownFound: 0, unknownMentions: 0, unknownMentionsFound: 0, findings: 0, correct: 0 };
}

function ratios(t: Tally) {
  const r = (a: number, b: number) => (b === 0 ? null : a / b);
  return { foundShare: r(t.unknownFound, t.unknownOfficials), allUnknownShare: r(t.unknownMentionsFound, t.unknownMentions), precision: r(t.correct, t.findings) };
}

function pct(x: number | null): string {
  return x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`;
}

function findDocs(dir: string): Doc[] {
  if (!existsSync(dir)) {
    console.error(`${dir}: no such directory`);
    return [];
  }
  const out: Doc[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      out.push(...findDocs(path));
      continue;
    }
    if (!name.endsWith('.gold.json')) continue;
    const id = name.slice(0, -'.gold.json'.length);
    const txt = join(dir, `${id}.txt`);
    if (!existsSync(txt)) continue;
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { mentions?: GoldMention[]; lang?: string };
    const lang = gold.lang ?? basename(dir);
    out.push({ id, lang, group: id.startsWith('fre_') ? 'fre' : 'hand', text: readFileSync(txt, 'utf8'), gold: gold.mentions ?? [] });
  }
  return out;
}

