/**
 * npm run bench [-- --runs N] [--corpus DIR] [--no-corpus] [--skip-build] [--pages REGEX]
 *
 * --pages REGEX: only the click figures of the pages whose names match (for working on one page;
 * prints their rows and writes nothing).
 *
 * Measures Tarjuma in real Chromium (the production build, clicked through CDP Extensions.triggerAction)
 * against Readability alone and mark.js on the same pages in the same run, plus the core in Node.
 * Prints a table (figure, value, target, pass/fail) and writes bench-results.json. Not part of npm test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BUILTIN_ENTRIES } from '../glossary/index';
import { launchWithExtension, EXTENSION_DIR } from './lib/browser';
import { serveDirectory } from './lib/serve';
import { benchPage, clickOnce, hoverFigures, markjsOnce, panelFigures, PHASES, removeFigures, type ClickTarget, type PageFigures } from '../bench/browser';
import { writeReadabilityExtension } from '../bench/readability-extension';
import { benchNode, bundleSizes } from '../bench/node';
import { englishNames, hugePage, longArticle, mixedText } from '../bench/pages';
import { median, round } from '../bench/stats';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    corpus: { type: 'string', default: resolve(ROOT, '../shared/corpus/extraction') },
    'no-corpus': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    pages: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(args.runs) || 7);
// As many runs on the corpus pages as on the others: with three, one slow click in either extension
// moved a page's ratio by 0.3-0.7 between two runs of the benchmark; with five, a page's median still
// moved by 0.3 between runs on the same code (2026-11-28), hence seven.
const CORPUS_RUNS = RUNS;
const log = (s: string) => process.stderr.write(`${s}\n`);
const started = Date.now();

// ---------- Node ----------
// Before the build, so its processes cannot take the cores. (On 2026-11-28 the matching figure inside
// full runs was 47-53 MB/s before and after this move, against 86-94 MB/s for the same code run alone
// between them; the cause is not found.)
log('Node: index build and matching…');
const nodeStarted = Date.now();
const node = benchNode(BUILTIN_ENTRIES, mixedText(BUILTIN_ENTRIES), RUNS);
log(`  ${((Date.now() - nodeStarted) / 1000).toFixed(1)} s; matching ${round(node.matchMBpsBuiltin, 1)} / ${round(node.matchMBps10k, 1)} / ${round(node.matchMBps100k, 1)} MB/s (built-in / 10k / 100k)`);

if (!args['skip-build']) {
  log('building (npx wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const sizes = bundleSizes(EXTENSION_DIR);
const sizeOf = (re: RegExp) => sizes.filter((s) => re.test(s.file)).reduce((a, s) => a + s.gzipKB, 0);
const contentScriptGzipKB = sizeOf(/^tarjuma\.js$/);
const backgroundGzipKB = sizeOf(/^background\.js$/);
// The panel's start-up script and the panel proper it imports once the click's analysis is over.
const panelGzipKB = sizeOf(/^chunks\/(sidepanel|panel)-.*\.js$/);

// ---------- pages ----------
const GEN = resolve(ROOT, 'test-results/bench');
mkdirSync(GEN, { recursive: true });
const article = longArticle(BUILTIN_ENTRIES, 20_000);
writeFileSync(join(GEN, 'article-20k.html'), article.html);
writeFileSync(join(GEN, 'page-5mb.html'), hugePage(BUILTIN_ENTRIES));

const server = await serveDirectory(ROOT);
const corpusDir = args['no-corpus'] ? undefined : args.corpus && existsSync(args.corpus) ? resolve(args.corpus) : undefined;
const corpusServer = corpusDir ? await serveDirectory(corpusDir) : undefined;
const corpusPages: Array<{ name: string; url: string }> = [];
if (corpusDir && corpusServer) {
  for (const group of readdirSync(corpusDir)) {
    const g = join(corpusDir, group);
    if (!existsSync(g)) continue;
    for (const doc of readdirSync(g)) {
      if (existsSync(join(g, doc, 'source.html'))) corpusPages.push({ name: `${group}/${doc}`, url: `${corpusServer.url}/${group}/${doc}/source.html` });
    }
  }
} else log(args['no-corpus'] ? 'corpus pages skipped (--no-corpus)' : `no corpus at ${args.corpus}: corpus pages skipped`);

const baselineDir = writeReadabilityExtension(join(GEN, 'readability-extension'));
const browser = await launchWithExtension({ alongside: [baselineDir] });
const isBaseline = (w: { url(): string }) => new URL(w.url()).pathname === '/baseline-background.js';
const baselineWorker = browser.context.serviceWorkers().find(isBaseline) ?? (await browser.context.waitForEvent('serviceworker', { predicate: isBaseline }));
const readability: ClickTarget = { extensionId: new URL(baselineWorker.url()).host, done: 'readability' };
// Nothing outside 127.0.0.1 (corpus pages reference remote scripts and images).
await browser.context.route(/^https?:\/\//, (route) => {
  const host = new URL(route.request().url()).hostname;
  return host === '127.0.0.1' ? route.continue() : route.abort();
});

// tsx (esbuild keepNames) wraps named functions in __name(): give the browser's worlds a no-op one.
await browser.context.addInitScript('globalThis.__name = (f) => f');
await browser.worker.evaluate('globalThis.__name = (f) => f');

const pages: PageFigures[] = [];
try {
  log('Chromium: warm-up…');
  await clickOnce(browser, `${server.url}/demo/article-en.html?warmup`);
  await clickOnce(browser, `${server.url}/demo/article-en.html?warmup-readability`, { target: readability });
  const named = [
    { name: 'demo/article-en', url: `${server.url}/demo/article-en.html`, runs: RUNS },
    ...readdirSync(resolve(ROOT, 'tests/fixtures/pages'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: `fixtures/${f.replace(/\.html$/, '')}`, url: `${server.url}/tests/fixtures/pages/${f}`, runs: RUNS })),
    ...corpusPages.map((p) => ({ ...p, name: `corpus/${p.name}`, runs: CORPUS_RUNS })),
  ];
  const only = args.pages ? new RegExp(args.pages) : undefined;
  for (const p of named) {
    if (only && !only.test(p.name)) continue;
    log(`Chromium: ${p.name}…`);
    pages.push(await benchPage(browser, readability, p.name, p.url, p.runs));
  }
  if (only) {
    for (const [name, file] of [['generated/article-20k', 'article-20k.html'], ['generated/page-5mb', 'page-5mb.html']] as const) {
      // As in the full run: five runs at most, and the 5 MB page's longest task with the observer checked.
      const huge = name === 'generated/page-5mb';
      if (only.test(name)) pages.push(await benchPage(browser, readability, name, `${server.url}/test-results/bench/${file}`, Math.min(RUNS, 5), { checkLongtasks: huge }));
    }
    printPhases(pages);
    for (const p of pages) {
      console.log(`${p.page}: click ${round(p.clickMs, 1)} ms (${p.highlights} hl, ${p.status}; painted ${round(p.paintedMs, 1)} ms; suggestions too ${round(p.suggestedMs, 1)} ms) vs Readability click ${round(p.readabilityClickMs, 1)} ms = ${round(p.clickOverReadability)}× (runs ${round(p.clickOverReadabilityRange[0])}–${round(p.clickOverReadabilityRange[1])}×); parse alone ${round(p.readabilityParseMs, 1)} ms; longest task ${round(p.longestTaskMs)} ms (worst run ${round(p.longestTaskMsMax)}; observer checked: ${p.longtaskObserverWorks})`);
    }
    await browser.close();
    await server.close();
    await corpusServer?.close();
    process.exit(0);
  }

  log('Chromium: 20,000-word article vs mark.js…');
  const url20k = `${server.url}/test-results/bench/article-20k.html`;
  const tarjuma20k = await benchPage(browser, readability, 'generated/article-20k', url20k, RUNS);
  pages.push(tarjuma20k);
  const markNames = englishNames(BUILTIN_ENTRIES);
  const markRuns: number[] = [];
  let marks = 0;
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const r = await markjsOnce(browser, `${url20k}?mark=${i}`, markNames);
    markRuns.push(r.ms);
    marks = r.marks;
  }
  const markjsMs = median(markRuns);

  log('Chromium: 5 MB page…');
  const huge = await benchPage(browser, readability, 'generated/page-5mb', `${server.url}/test-results/bench/page-5mb.html`, Math.min(RUNS, 5), { checkLongtasks: true });
  pages.push(huge);

  log('Chromium: remove, hover, panel…');
  const remove = await removeFigures(browser, url20k, RUNS);
  const hoverMs = await hoverFigures(browser, `${server.url}/demo/article-en.html?hover`, RUNS);
  const panelMs = await panelFigures(browser, `${server.url}/demo/article-en.html?panel`, RUNS);

  // ---------- results ----------
  const articlePages = pages.filter((p) => !p.page.startsWith('generated/') && p.page !== 'fixtures/not-article');
  const worst = articlePages.reduce((a, b) => (b.clickOverReadability > a.clickOverReadability ? b : a));
  const demo = pages.find((p) => p.page === 'demo/article-en')!;
  const results = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, chromium: browser.context.browser()?.version() },
    runs: RUNS,
    clickOverReadability: round(worst.clickOverReadability),
    clickOverReadabilityPage: worst.page,
    clickOverReadabilityDemo: round(demo.clickOverReadability),
    // The worst of 30 noisy medians sits above the typical page: the median page and how many pages
    // meet the target say how far off the whole is.
    clickOverReadabilityMedianPage: round(median(articlePages.map((p) => p.clickOverReadability))),
    pagesWithin1_3: articlePages.filter((p) => p.clickOverReadability <= 1.3).length,
    pagesMeasured: articlePages.length,
    // The same click against Readability's parse alone in the page, without an extension's injection.
    clickOverReadabilityParse: round(Math.max(...articlePages.map((p) => p.clickOverReadabilityParse))),
    markjsOverTarjuma: round(markjsMs / tarjuma20k.clickMs),
    markjsMs20k: round(markjsMs),
    markjsMarks: marks,
    markjsKeywords: markNames.length,
    tarjumaClickMs20k: round(tarjuma20k.clickMs),
    matchMBps100k: round(node.matchMBps100k),
    matchMBpsBuiltin: round(node.matchMBpsBuiltin),
    matchMBps10k: round(node.matchMBps10k),
    match100kOverBuiltin: round(node.match100kOverBuiltin),
    // 0 from a multi-second click means the longtask observer saw nothing: not measured, not a pass.
    // The observer only reports tasks of 50 ms or more: 0 means none, provided it was shown to work
    // in the page first (a 70 ms task made on purpose before each click); otherwise not measured.
    longestTaskMs5MB: huge.longtaskObserverWorks ? round(huge.longestTaskMs) : null,
    longestTaskMsMax5MB: huge.longtaskObserverWorks ? round(huge.longestTaskMsMax) : null,
    longtaskObserverChecked: huge.longtaskObserverWorks,
    clickMs5MB: round(huge.clickMs),
    removeMs20k: round(remove.removeMs),
    removePaintedMs20k: round(remove.paintedMs),
    removeCommandMs20k: round(remove.commandMs),
    removeRegistryMs20k: round(remove.registryMs),
    hoverToCardMs: round(hoverMs),
    panelRenderMs: round(panelMs),
    heapAddedKBDemo: round(demo.heapAddedKB, 0),
    heapAddedKB20k: round(tarjuma20k.heapAddedKB, 0),
    heapAddedKB5MB: round(huge.heapAddedKB, 0),
    indexMsBuiltin: round(node.indexMsBuiltin),
    indexFirstMsBuiltin: round(node.indexFirstMsBuiltin),
    indexMs10k: round(node.indexMs10k),
    // The issue's figure: what a restarted service worker pays, from the index snapshot.
    indexMs100k: round(node.loadIndexMs100k),
    indexFirstMs100k: round(node.loadIndexFirstMs100k),
    // Without a snapshot (no stamp yet, or a changed glossary): the entries read back and indexed.
    rebuildMs100k: round(node.loadMs100k + node.buildIndexMs100k),
    buildIndexMs100k: round(node.buildIndexMs100k),
    loadMs100k: round(node.loadMs100k),
    contentScriptGzipKB: round(contentScriptGzipKB, 1),
    backgroundGzipKB: round(backgroundGzipKB, 1),
    panelGzipKB: round(panelGzipKB, 1),
    bundles: sizes.map((s) => ({ ...s, gzipKB: round(s.gzipKB, 1) })),
    node: Object.fromEntries(Object.entries(node).map(([k, v]) => [k, round(v)])),
    pages: pages.map((p) => ({
      ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'number' ? round(v) : Array.isArray(v) ? v.map((x) => round(x)) : v])),
      phases: { tarjuma: roundAll(p.phases.tarjuma), readability: roundAll(p.phases.readability) },
    })),
    seconds: round((Date.now() - started) / 1000, 0),
  };
  writeFileSync(resolve(ROOT, 'bench-results.json'), JSON.stringify(results, null, 2) + '\n');

  const rows: Array<[string, string, string, boolean | undefined]> = [];
  const row = (figure: string, value: string, target = '', pass?: boolean) => rows.push([figure, value, target, pass]);
  for (const p of pages) {
    row(`click → highlights, ${p.page} (${p.highlights} hl, ${p.status})`, `${round(p.clickMs, 1)} ms vs Readability click ${round(p.readabilityClickMs, 1)} ms = ${round(p.clickOverReadability)}× (runs ${round(p.clickOverReadabilityRange[0])}–${round(p.clickOverReadabilityRange[1])}×; parse alone ${round(p.readabilityParseMs, 1)} ms; painted ${round(p.paintedMs, 1)} ms; with suggestions ${round(p.suggestedMs, 1)} ms)`,
      p.page.startsWith('generated/') || p.page === 'fixtures/not-article' ? '' : '≤ 1.3×', p.page.startsWith('generated/') || p.page === 'fixtures/not-article' ? undefined : p.clickOverReadability <= 1.3);
  }
  row('click → highlights, worst demo/corpus page', `${results.clickOverReadability}× Readability click (${worst.page})`, '≤ 1.3×', results.clickOverReadability <= 1.3);
  row('click → highlights, median demo/corpus page', `${results.clickOverReadabilityMedianPage}× (${results.pagesWithin1_3} of ${results.pagesMeasured} pages within 1.3×)`);
  row('click → highlights over Readability parse alone, worst page', `${results.clickOverReadabilityParse}×`);
  row('mark.js / Tarjuma, 20,000 words', `${results.markjsOverTarjuma}× (mark.js ${results.markjsMs20k} ms, ${markNames.length} names; Tarjuma ${results.tarjumaClickMs20k} ms)`, '≥ 20×', results.markjsOverTarjuma >= 20);
  row('matching, Node, 100,000 entries', `${results.matchMBps100k} MB/s (built-in ${results.matchMBpsBuiltin}, 10k ${results.matchMBps10k})`, '≥ 50 MB/s', results.matchMBps100k >= 50);
  row('matching slowdown 100,000 vs built-in', `${results.match100kOverBuiltin}×`, '≤ 2×', results.match100kOverBuiltin <= 2);
  row('longest main-thread task, 5 MB page', `${results.longestTaskMs5MB === null ? 'NOT MEASURED (the longtask observer did not report a task made on purpose)' : results.longestTaskMs5MB === 0 ? 'no task ≥ 50 ms (observer checked with a 70 ms task before each click)' : `${results.longestTaskMs5MB} ms`}; worst run ${results.longestTaskMsMax5MB ? `${results.longestTaskMsMax5MB} ms` : 'none ≥ 50 ms'} (click → highlights ${results.clickMs5MB} ms)`, '≤ 50 ms', results.longestTaskMs5MB !== null && results.longestTaskMs5MB <= 50);
  row('remove all highlights, 20,000 words (turn-off command, in the page)', `${results.removeMs20k} ms (→ next frame painted ${results.removePaintedMs20k} ms; command sent → gone ${results.removeCommandMs20k} ms; registry alone + frame ${results.removeRegistryMs20k} ms)`, '≤ 10 ms', results.removeMs20k <= 10);
  row('glossary index, built-in', `${results.indexMsBuiltin} ms (the first build in the process: ${results.indexFirstMsBuiltin} ms)`, '≤ 50 ms', results.indexMsBuiltin <= 50);
  row('glossary load + index, 100,000 entries (index snapshot)', `${results.indexMs100k} ms (first run ${results.indexFirstMs100k}; ${round(node.snapshotMB100k, 1)} MB) — without snapshot ${results.rebuildMs100k} ms (parse ${results.loadMs100k} + index ${results.buildIndexMs100k}; 10k index: ${results.indexMs10k})`, '≤ 500 ms', results.indexMs100k <= 500 && results.indexFirstMs100k <= 500);
  row('content script, gzipped', `${results.contentScriptGzipKB} KB`, '≤ 60 KB', results.contentScriptGzipKB <= 60);
  row('background, gzipped', `${results.backgroundGzipKB} KB`);
  row('panel chunks (start-up + panel), gzipped', `${results.panelGzipKB} KB`);
  row('pointer over name → card (incl. 500 ms delay)', `${results.hoverToCardMs} ms`);
  row('panel render (navigation → entity list)', `${results.panelRenderMs} ms`);
  row('content script heap added (demo / 20k / 5 MB)', `${results.heapAddedKBDemo} / ${results.heapAddedKB20k} / ${results.heapAddedKB5MB} KB`);

  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), 6));
  const line = (c: string[]) => `| ${c.map((s, i) => s.padEnd(w[i] ?? 4)).join(' | ')} |`;
  console.log(`Tarjuma bench — ${results.date} — ${results.machine.cpu}, ${results.machine.cores} cores, Chromium ${results.machine.chromium}, median of ${RUNS} (corpus ${CORPUS_RUNS})`);
  console.log(line(['figure', 'value', 'target', 'pass']));
  console.log(line(w.map((n) => '-'.repeat(n)).concat(['----'])));
  for (const [f, v, t, p] of rows) console.log(line([f, v, t, p === undefined ? '' : p ? 'pass' : 'FAIL']));
  console.log('');
  printPhases(pages);
  console.log(`\nwrote bench-results.json in ${results.seconds} s`);
} finally {
  await browser.close();
  await server.close();
  await corpusServer?.close();
}

function roundAll(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v, 1)]));
}

/** Where each page's click went: Tarjuma's phases beside the baseline's (medians, ms). */
function printPhases(measured: readonly PageFigures[]): void {
  const head = [...PHASES.tarjuma.map((k) => `T ${k}`), ...PHASES.readability.map((k) => `R ${k}`)];
  console.log(`click phases, medians in ms (T: Tarjuma, R: Readability alone; start = click → the script's own work begins)`);
  console.log(`| page | ${head.join(' | ')} |`);
  console.log(`| --- | ${head.map(() => '---').join(' | ')} |`);
  for (const p of measured) {
    const cells = [...PHASES.tarjuma.map((k) => p.phases.tarjuma[k]), ...PHASES.readability.map((k) => p.phases.readability[k])];
    console.log(`| ${p.page} | ${cells.map((v) => (v === undefined || !Number.isFinite(v) ? '–' : String(round(v, 1)))).join(' | ')} |`);
  }
}
