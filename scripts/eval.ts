/**
 * Measures recognition on annotated documents.
 *   npm run eval -- DIR [DIR...] [--json] [--quiet]
 *
 * A DIR holds `<id>.txt` + `<id>.gold.json` (and `<id>.html`), directly or in sub-folders named by
 * language, as ../shared/corpus/recognition does. Each document is scored twice: on the .txt as read,
 * and on the .html through the whole pipeline the extension runs (Readability extraction, article
 * text, recognition). Scoring follows the corpus README:
 * - a highlight is correct when it overlaps a gold mention (nested hits count);
 * - recall over gold mentions with `official: true`, and over organizations;
 * - recall split into glossary coverage (is the gold entity in the glossary?) and matching (of the
 *   mentions of glossary entities, how many were found and linked to the right entry);
 * - factRuEval documents (`fre_*`) are reported apart from hand-annotated ones.
 *
 * Gold entities are canonical English names; they are mapped to glossary ids through the glossary's
 * own English names and aliases (makeEntityMap below), never through a per-document table.
 *
 * The .html article text differs from the .txt (headline, whitespace, wrapper). Highlights found in
 * it are mapped back to the .txt by aligning the two texts word by word (longest common subsequence
 * over folded word keys, alignWords below): every gold offset stays valid, repeated names are told
 * apart by their position, and words that exist only in the page (sidebar, comments) align to
 * nothing, so a highlight there counts as false. A headline that is not part of the .txt is not
 * annotated: highlights inside it are left unscored and listed as such.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../core/analyze-document';
import { matchMentions, type Mention } from '../core/recognition/match-mentions';
import { buildGlossaryIndex } from '../core/recognition/glossary-index';
import type { GlossaryEntry } from '../core/glossary/types';
import { tokenize } from '../core/text/tokenize';
import { BUILTIN_ENTRIES } from '../glossary/index';
import { makeEntityMap } from './lib/gold-entities';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quiet = args.includes('--quiet');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  console.error('usage: npm run eval -- DIR [DIR...] [--json] [--quiet]');
  process.exit(2);
}

const index = buildGlossaryIndex(BUILTIN_ENTRIES);
const entityMap = makeEntityMap(BUILTIN_ENTRIES);

interface Doc {
  id: string;
  lang: string;
  group: 'hand' | 'fre';
  txtPath: string;
  htmlPath?: string;
  text: string;
  gold: GoldMention[];
  headlineInTxt: boolean;
}

const docs = dirs.flatMap((d) => findDocs(d));
if (docs.length === 0) {
  console.error(`no <id>.gold.json documents under ${dirs.join(', ')}`);
  process.exit(2);
}

const results: DocScore[] = [];
for (const doc of docs) {
  results.push(scoreDocument(doc, 'txt', txtHighlights(doc), entityMap));
  if (doc.htmlPath) results.push(scoreDocument(doc, 'html', htmlHighlights(doc), entityMap));
}

const tallies = new Map<string, Tally>();
for (const r of results) {
  for (const key of [`${r.mode}|${r.lang}|${r.group}`, `${r.mode}|${r.lang}|all`, `${r.mode}|all|${r.group}`, `${r.mode}|all|all`]) {
    const t = tallies.get(key) ?? emptyTally();
    addTally(t, r.tally);
    tallies.set(key, t);
  }
}

if (asJson) {
  const summary = Object.fromEntries([...tallies].map(([k, t]) => [k, { ...t, ...ratios(t) }]));
  console.log(JSON.stringify({ glossaryEntries: BUILTIN_ENTRIES.length, summary, documents: results }, null, 1));
} else {
  printReport();
}

function txtHighlights(doc: Doc): Highlight[] {
  return matchMentions(doc.text, index).map((m) => ({ ...m, txtStart: m.start, txtEnd: m.end, where: 'article' as const }));
}

function htmlHighlights(doc: Doc): Highlight[] {
  const html = readFileSync(doc.htmlPath!, 'utf8');
  const { document } = parseHTML(html);
  const result = analyzeDocument(document as unknown as Document, index);
  if (result.status !== 'ok') return [];
  const pageText = result.article.text;
  const alignment = alignWords(pageText, doc.text);
  const headline = doc.headlineInTxt ? undefined : headlineSpan(document as unknown as Document, pageText);
  return result.mentions.map((m: Mention) => {
    const span = alignment.mapSpan(m.start, m.end);
    if (span) return { ...m, txtStart: span.start, txtEnd: span.end, where: 'article' as const };
    const inHeadline = headline && m.start >= headline.start && m.end <= headline.end;
    return { ...m, txtStart: -1, txtEnd: -1, where: inHeadline ? ('headline' as const) : ('outside' as const) };
  });
}

/** Where the page's <h1> sits in the article text, when the .txt does not contain the headline. */
function headlineSpan(document: Document, pageText: string): { start: number; end: number } | undefined {
  const h1 = document.querySelector('h1')?.textContent?.trim();
  if (!h1) return undefined;
  const start = pageText.indexOf(h1);
  return start < 0 ? undefined : { start, end: start + h1.length };
}

function findDocs(dir: string): Doc[] {
  if (!existsSync(dir)) {
    console.error(`${dir}: no such directory`);
    return [];
  }
  const found: Doc[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      found.push(...findDocs(path));
      continue;
    }
    if (!name.endsWith('.gold.json')) continue;
    const id = name.slice(0, -'.gold.json'.length);
    const txtPath = join(dir, `${id}.txt`);
    if (!existsSync(txtPath)) continue;
    const htmlPath = join(dir, `${id}.html`);
    const gold = JSON.parse(readFileSync(path, 'utf8'));
    const text = readFileSync(txtPath, 'utf8');
    const toUtf16 = codePointToUtf16(text);
    const mentions: GoldMention[] = (gold.mentions ?? []).map((m: GoldMention) => ({
      ...m,
      start: toUtf16(m.start),
      end: toUtf16(m.end),
    }));
    const fre = id.startsWith('fre_') || /factRuEval/i.test(String(gold.annotator ?? ''));
    found.push({
      id,
      lang: String(gold.lang ?? gold.language ?? basename(dirname(path))),
      group: fre ? 'fre' : 'hand',
      txtPath,
      htmlPath: existsSync(htmlPath) ? htmlPath : undefined,
      text,
      gold: mentions,
      headlineInTxt: gold.headline_in_txt !== false,
    });
  }
  return found;
}

/** Gold offsets count code points; JavaScript strings count UTF-16 units. */
function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return (cp) => map[cp] ?? unit;
}

function ratios(t: Tally) {
  const r = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  return {
    precision: r(t.correctHighlights, t.correctHighlights + t.falseHighlights),
    recallOfficials: r(t.officialFound, t.officialGold),
    recallOfficialsLinked: r(t.officialLinked, t.officialGold),
    recallOrganizations: r(t.orgFound, t.orgGold),
    recallAll: r(t.allFound, t.allGold),
    glossaryCoverage: r(t.inGlossary, t.allGold),
    matchingRecall: r(t.inGlossaryLinked, t.inGlossary),
  };
}

function printReport(): void {
  const fmt = (x: number | null) => (x === null ? '   —  ' : x.toFixed(3).padStart(6));
  console.log(`glossary: ${BUILTIN_ENTRIES.length} entries; documents: ${docs.length}`);
  console.log('');
  console.log('mode lang group  docs | prec  (ok/false)   | off.rec off.link | org.rec | all.rec | coverage | matching (linked/in gl.)');
  const keys = [...tallies.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  for (const key of keys) {
    const t = tallies.get(key)!;
    const [mode, lang, group] = key.split('|');
    const q = ratios(t);
    console.log(
      `${mode!.padEnd(4)} ${lang!.padEnd(4)} ${group!.padEnd(5)} ${String(t.docs).padStart(4)} | ${fmt(q.precision)} (${t.correctHighlights}/${t.falseHighlights})`.padEnd(42) +
        ` | ${fmt(q.recallOfficials)}  ${fmt(q.recallOfficialsLinked)}  | ${fmt(q.recallOrganizations)} | ${fmt(q.recallAll)} |   ${fmt(q.glossaryCoverage)} | ${fmt(q.matchingRecall)} (${t.inGlossaryLinked}/${t.inGlossary})` +
        (t.unscoredHighlights ? `  [${t.unscoredHighlights} in unannotated headline]` : ''),
    );
  }
  if (quiet) return;
  for (const mode of ['txt', 'html']) {
    const rs = results.filter((r) => r.mode === mode);
    console.log(`\n== ${mode}: misses of glossary entities (matching) ==`);
    for (const r of rs) for (const m of r.misses.filter((x) => x.cause !== 'not-in-glossary')) console.log(`  ${r.id}: ${m.cause} «${m.text}» ${m.entity}${m.got ? ` → ${m.got}` : ''}`);
    console.log(`\n== ${mode}: false highlights ==`);
    for (const r of rs) for (const f of r.falseHighlights) console.log(`  ${r.id}: «${f.text}» ${f.entityId} (${f.where}) …${f.context}…`);
  }
  console.log('\n== txt: misses of entities not in the glossary (coverage), by entity ==');
  const byEntity = new Map<string, { n: number; official: boolean; forms: Set<string> }>();
  for (const r of results.filter((x) => x.mode === 'txt')) {
    for (const m of r.misses.filter((x) => x.cause === 'not-in-glossary')) {
      const e = byEntity.get(m.entity) ?? { n: 0, official: m.official, forms: new Set() };
      e.n++;
      e.forms.add(m.text);
      byEntity.set(m.entity, e);
    }
  }
  for (const [entity, e] of [...byEntity].sort((a, b) => Number(b[1].official) - Number(a[1].official) || b[1].n - a[1].n)) {
    console.log(`  ${e.official ? 'official' : '        '} ${String(e.n).padStart(2)}× ${entity}: ${[...e.forms].slice(0, 4).join(' | ')}`);
  }
}

function order(key: string): number {
  const [mode, lang, group] = key.split('|');
  return (mode === 'txt' ? 0 : 100) + (lang === 'all' ? 50 : 0) + (group === 'all' ? 5 : group === 'fre' ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Aligning the page's article text with the .txt

interface Alignment {
  /** The .txt span that the page words in [start, end) correspond to, or undefined if none do. */
  mapSpan(start: number, end: number): { start: number; end: number } | undefined;
}

/**
 * Word alignment by longest common subsequence over folded keys. Common prefix and suffix are
 * trimmed first, so the table is only as big as the part where the texts differ.
 */
function alignWords(pageText: string, txt: string): Alignment {
  const a = tokenize(pageText);
  const b = tokenize(txt);
  const pairs = new Int32Array(a.length).fill(-1);
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo]!.key === b[lo]!.key) pairs[lo] = lo++;
  let hiA = a.length;
  let hiB = b.length;
  while (hiA > lo && hiB > lo && a[hiA - 1]!.key === b[hiB - 1]!.key) pairs[--hiA] = --hiB;
  const n = hiA - lo;
  const m = hiB - lo;
  if (n > 0 && m > 0) {
    if (n * m > 80_000_000) throw new Error('texts too different to align');
    // lengths[i][j] = LCS of a[lo+i..] and b[lo+j..]
    const w = m + 1;
    const lengths = new Uint16Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * w + j] =
          a[lo + i]!.key === b[lo + j]!.key
            ? lengths[(i + 1) * w + j + 1]! + 1
            : Math.max(lengths[(i + 1) * w + j]!, lengths[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[lo + i]!.key === b[lo + j]!.key) {
        pairs[lo + i] = lo + j;
        i++;
        j++;
      } else if (lengths[(i + 1) * w + j]! >= lengths[i * w + j + 1]!) i++;
      else j++;
    }
  }
  return {
    mapSpan(start, end) {
      let s = -1;
      let e = -1;
      for (let k = 0; k < a.length; k++) {
        const t = a[k]!;
        if (t.start < start || t.end > end || pairs[k]! < 0) continue;
        const u = b[pairs[k]!]!;
        if (s < 0 || u.start < s) s = u.start;
        if (u.end > e) e = u.end;
      }
      return s < 0 ? undefined : { start: s, end: e };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Gold entity names → glossary ids: scripts/lib/gold-entities.ts


// ---------------------------------------------------------------------------------------------
// Scoring

interface GoldMention {
  text: string;
  entity: string;
  kind: 'person' | 'organization';
  official: boolean;
  start: number;
  end: number;
}

interface Highlight extends Mention {
  /** The highlight's span in the .txt; -1 when it aligns to nothing there. */
  txtStart: number;
  txtEnd: number;
  /** article: inside the annotated text; headline: in a headline that is not annotated; outside: elsewhere on the page. */
  where: 'article' | 'headline' | 'outside';
}

interface Tally {
  docs: number;
  correctHighlights: number;
  falseHighlights: number;
  unscoredHighlights: number;
  officialGold: number;
  officialFound: number;
  officialLinked: number;
  orgGold: number;
  orgFound: number;
  allGold: number;
  allFound: number;
  inGlossary: number;
  inGlossaryLinked: number;
}

interface Miss {
  text: string;
  entity: string;
  official: boolean;
  cause: 'not-in-glossary' | 'not-found' | 'wrong-link';
  got?: string;
}

interface DocScore {
  id: string;
  lang: string;
  group: 'hand' | 'fre';
  mode: 'txt' | 'html';
  tally: Tally;
  misses: Miss[];
  falseHighlights: { text: string; entityId: string; where: string; context: string }[];
}

function emptyTally(): Tally {
  return {
    docs: 0, correctHighlights: 0, falseHighlights: 0, unscoredHighlights: 0, officialGold: 0, officialFound: 0,
    officialLinked: 0, orgGold: 0, orgFound: 0, allGold: 0, allFound: 0, inGlossary: 0, inGlossaryLinked: 0,
  };
}

function addTally(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

function scoreDocument(doc: Doc, mode: 'txt' | 'html', highlights: Highlight[], entityIds: (e: string) => string[]): DocScore {
  const tally = emptyTally();
  tally.docs = 1;
  const overlaps = (h: Highlight, g: GoldMention) => h.where === 'article' && h.txtStart < g.end && g.start < h.txtEnd;
  const falseHighlights: DocScore['falseHighlights'] = [];
  for (const h of highlights) {
    if (h.where === 'headline') {
      tally.unscoredHighlights++;
      continue;
    }
    if (doc.gold.some((g) => overlaps(h, g))) {
      tally.correctHighlights++;
      continue;
    }
    tally.falseHighlights++;
    const context =
      h.where === 'article'
        ? doc.text.slice(Math.max(0, h.txtStart - 30), h.txtEnd + 30).replace(/\s+/g, ' ')
        : h.text;
    falseHighlights.push({ text: h.text, entityId: h.entityId, where: h.where, context });
  }
  const misses: Miss[] = [];
  for (const g of doc.gold) {
    const ids = entityIds(g.entity);
    const hits = highlights.filter((h) => overlaps(h, g));
    const found = hits.length > 0;
    const linked = hits.some((h) => ids.includes(h.entityId));
    tally.allGold++;
    if (found) tally.allFound++;
    if (g.official) {
      tally.officialGold++;
      if (found) tally.officialFound++;
      if (linked) tally.officialLinked++;
    }
    if (g.kind === 'organization') {
      tally.orgGold++;
      if (found) tally.orgFound++;
    }
    if (ids.length > 0) {
      tally.inGlossary++;
      if (linked) tally.inGlossaryLinked++;
      else misses.push({ text: g.text, entity: g.entity, official: g.official, cause: found ? 'wrong-link' : 'not-found', got: hits.map((h) => h.entityId).join(',') || undefined });
    } else if (!found) {
      misses.push({ text: g.text, entity: g.entity, official: g.official, cause: 'not-in-glossary' });
    }
  }
  return { id: doc.id, lang: doc.lang, group: doc.group, mode, tally, misses, falseHighlights };
}
