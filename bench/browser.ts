/**
 * The Chromium half of the benchmark. Every figure is timed inside the browser with
 * performance.now() (or performance.timeOrigin + performance.now() when the start and the end are
 * in two processes), never by Node's clock around Playwright calls.
 *
 * click → all highlights: from the page's clock right before Node sends CDP Extensions.triggerAction
 * on an already-resolved tab target (the same command clickToolbarButton sends; the start therefore
 * includes one CDP hop) to the end of the content script's tarjuma:highlight measure: every glossary
 * name registered (a long article's names are registered over several slices, all inside it). A page
 * without glossary names ends there too (nothing registered); a page that is not an article ends at
 * its last phase. The end of the whole analysis, suggestions included, is reported apart. Each click
 * starts from a quiet page, and nothing polls the page or the service worker until the analysis is
 * over (the page waits for the content script's last measure with a PerformanceObserver).
 *
 * Readability alone is clicked the same way: a minimal reader extension (readability-extension.ts)
 * in a fresh tab of the same page, click → article parsed (its script's mark right after the parse).
 * Readability's parse alone, run in the page's main world without any extension around it, is
 * reported too.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { tabIdOf, type ExtensionBrowser } from '../scripts/lib/browser';
import { DONE_MARK, START_MARK } from './readability-extension';
import { NAMES_ATTRIBUTE } from '../components/marked-elements';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
export const READABILITY_JS = resolve(ROOT, 'node_modules/@mozilla/readability/Readability.js');
export const MARK_JS = resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js');

/** The extension a click goes to: Tarjuma, or the Readability-alone baseline. */
export interface ClickTarget {
  extensionId: string;
  /** What marks the end: Tarjuma's highlights (or its stored result), or the baseline's parse. */
  done: 'tarjuma' | 'readability';
}

export interface ClickRun {
  /** Click → the glossary's names registered (or known to be none; → result stored for a non-article). */
  clickMs: number;
  /** Click → the analysis over, suggestions for names the glossary lacks included. */
  suggestedMs: number;
  /** Click → the frame after the last highlights were registered, its rendering work done (painted). */
  paintedMs: number;
  highlights: number;
  status: string;
  longestTaskMs: number;
  /** Whether the page's longtask observer reported a 70 ms task made on purpose before the click (undefined: not checked). */
  longtaskObserverWorks?: boolean;
  heapAddedKB: number;
  /** Readability's parse alone in the page's main world (NaN when not measured). */
  readabilityParseMs: number;
  /** Where the click's time went (phases, in ms; see PHASES). */
  phases: Record<string, number>;
}

/**
 * The phases of a click, from the extensions' own timestamps. Tarjuma: click → its analysis starts
 * (injection, compiling, the script's first steps, the port opened), then its tarjuma:* measures
 * (extract: Readability and the live nodes; text; match: the round trip to the service worker, the
 * page's pre-check overlapping it; highlight: registering the names). The baseline: click → its
 * parse starts (injection, compiling Readability), then the parse.
 */
export const PHASES = {
  tarjuma: ['start', 'extract', 'text', 'match', 'highlight'],
  readability: ['start', 'parse'],
} as const;

export interface PageFigures {
  page: string;
  runs: number;
  clickMs: number;
  paintedMs: number;
  /** Click → suggestions shown too (the whole analysis). */
  suggestedMs: number;
  /** Click → article parsed by the Readability-alone extension, same page, same run. */
  readabilityClickMs: number;
  /** Median of the per-run ratios Tarjuma click / Readability click (each pair taken back to back). */
  clickOverReadability: number;
  /** The lowest and highest of those per-run ratios: how much one page moves between runs. */
  clickOverReadabilityRange: [number, number];
  /** Readability's parse alone in the page (no extension, no injection). */
  readabilityParseMs: number;
  clickOverReadabilityParse: number;
  highlights: number;
  status: string;
  longestTaskMs: number;
  /** The longest task of any run (the median above can hide a bad run). */
  longestTaskMsMax: number;
  /** Every checked run's observer reported the task made on purpose (false when not checked). */
  longtaskObserverWorks: boolean;
  heapAddedKB: number;
  /** Median of each phase of Tarjuma's clicks and of the baseline's (PHASES). */
  phases: { tarjuma: Record<string, number>; readability: Record<string, number> };
}

async function tabTargetId(browser: ExtensionBrowser, page: Page): Promise<string> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
      targetInfos: Array<{ targetId: string; url: string }>;
    };
    const t = targetInfos.find((x) => x.url === page.url());
    if (!t) throw new Error(`no tab target for ${page.url()}`);
    return t.targetId;
  } finally {
    await cdp.detach();
  }
}

async function installStateWatch(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => {
    const g = globalThis as unknown as { __benchStates?: Array<{ t: number; status: string }> };
    if (g.__benchStates) return;
    g.__benchStates = [];
    chrome.storage.session.onChanged.addListener((changes) => {
      for (const [key, change] of Object.entries(changes)) {
        const s = change.newValue as { status?: string } | undefined;
        if (key.startsWith('tab:') && s?.status && s.status !== 'analyzing') {
          g.__benchStates!.push({ t: performance.timeOrigin + performance.now(), status: s.status });
        }
      }
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Quiet time between a tab's load and its click. */
const SETTLE_MS = 300;

/**
 * Recorded by Tarjuma's content script last in every analysis (at the end, article or not); an
 * analysis that fails records none, and the wait for it times out after a minute.
 */
const LAST_MEASURE = 'tarjuma:extract';

async function gcHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Whether a longtask observer in the page reports a task made on purpose (70 ms of script): without
 * this, a click with no longtask entries could mean "no long task" or "no working observer".
 */
async function longtaskObserverWorks(page: Page): Promise<boolean> {
  return page.evaluate(() => new Promise<boolean>((resolve) => {
    let seen = false;
    let observer: PerformanceObserver;
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.duration >= 60)) seen = true;
      });
      observer.observe({ type: 'longtask', buffered: false });
    } catch {
      resolve(false);
      return;
    }
    setTimeout(() => {
      const t = performance.now();
      while (performance.now() - t < 70) {
        // a long task on purpose
      }
    }, 0);
    setTimeout(() => {
      observer.disconnect();
      resolve(seen);
    }, 300);
  }));
}

/**
 * One fresh tab: click, wait for the result (and, for Tarjuma, then Readability's parse alone in the
 * same tab).
 */
export async function clickOnce(browser: ExtensionBrowser, url: string, opts: { target?: ClickTarget; parse?: boolean; checkLongtasks?: boolean } = {}): Promise<ClickRun> {
  const target = opts.target ?? { extensionId: browser.extensionId, done: 'tarjuma' };
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
    await page.bringToFront();
    const observerWorks = opts.checkLongtasks ? await longtaskObserverWorks(page) : undefined;
    const targetId = await tabTargetId(browser, page);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const heapBefore = await gcHeap(cdp);
    await installStateWatch(browser);
    await browser.worker.evaluate(() => {
      (globalThis as unknown as { __benchStates: unknown[] }).__benchStates.length = 0;
    });
    // A quiet page: the load's own work (layout, images, the previous tab's teardown) over before
    // the click. Without it, the injection's start moved between 20 and 125 ms after the click on
    // the same page (2026-11-28), in both extensions, and buried the difference between them.
    await sleep(SETTLE_MS);
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })));
    const browserCdp = await browser.context.browser()!.newBrowserCDPSession();
    // Nothing polls during the click: the end is the timestamp the extension's own script takes when
    // it is done (Tarjuma's tarjuma:highlight measure; the baseline's mark after its parse), and the
    // page only waits for that entry with a PerformanceObserver. Polling perturbs what it measures:
    // with Playwright's waitForFunction polling the page every 10 ms during a click, the glossary's
    // answer reached Tarjuma's page 25-30 ms after the service worker sent it, against 2-6 ms without.
    const t0abs = await page.evaluate(([endName, namesAttribute]) => {
      const b = { t0: 0, painted: 0, longest: 0, ended: Promise.resolve(false) };
      (window as unknown as { __bench: typeof b }).__bench = b;
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) b.longest = Math.max(b.longest, e.duration);
        }).observe({ type: 'longtask', buffered: false });
      } catch {
        // no longtask support
      }
      // Painted: the frame after the last change to the elements that hold names (the painter
      // marks them as it registers their highlights; a long article's over several slices), timed
      // after that frame's rendering work, from a mutation observer (a microtask, no polling).
      const painting = new MutationObserver(() => {
        requestAnimationFrame(() => {
          const after = new MessageChannel();
          after.port1.onmessage = () => {
            b.painted = performance.now();
          };
          after.port2.postMessage(0);
        });
      });
      painting.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: [namesAttribute] });
      b.ended = new Promise<boolean>((resolve) => {
        const observer = new PerformanceObserver(() => {
          if (!performance.getEntriesByName(endName).length) return;
          observer.disconnect();
          setTimeout(() => painting.disconnect(), 100);
          resolve(true);
        });
        observer.observe({ entryTypes: ['mark', 'measure'] });
        setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, 60_000);
      });
      b.t0 = performance.now();
      return performance.timeOrigin + b.t0;
    }, [target.done === 'readability' ? DONE_MARK : LAST_MEASURE, NAMES_ATTRIBUTE] as const);
    await browserCdp.send('Extensions.triggerAction' as never, { id: target.extensionId, targetId } as never);
    await browserCdp.detach();
    await page.evaluate(() => (window as unknown as { __bench: { ended: Promise<boolean> } }).__bench.ended);

    // The background stores the result after the content script returned; the baseline stores nothing.
    let state: { t: number; status: string } | undefined = target.done === 'readability' ? { t: NaN, status: 'parsed' } : undefined;
    const deadline = Date.now() + 60_000;
    while (!state && Date.now() < deadline) {
      state = await browser.worker.evaluate(
        () => (globalThis as unknown as { __benchStates: Array<{ t: number; status: string }> }).__benchStates[0],
      );
      if (!state) await sleep(25);
    }
    await sleep(100); // let the frame after the end be painted
    const b = await page.evaluate(() => {
      const x = (window as unknown as { __bench: { t0: number; painted: number; longest: number } }).__bench;
      const count = (CSS.highlights.get('tarjuma-person')?.size ?? 0) + (CSS.highlights.get('tarjuma-organization')?.size ?? 0);
      return { t0: x.t0, painted: x.painted, longest: x.longest, count };
    });
    const heapAfter = await gcHeap(cdp);
    // The click is over where the content script's tarjuma:highlight phase ends: every glossary name
    // registered, or known to be none. The suggestions for names the glossary lacks come after, on
    // every page alike: their end (the last tarjuma:* measure) is reported as its own figure. A page
    // that is not an article ends at its last phase. The baseline ends at its mark after the parse.
    const { analysisEnd, highlightEnd, phases } = await page.evaluate(([doneMark, startMark, t0]) => {
      const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('tarjuma:'));
      const ends = measures.map((m) => m.startTime + m.duration);
      const highlight = measures.find((m) => m.name === 'tarjuma:highlight') ?? performance.getEntriesByName(doneMark)[0];
      const phases: Record<string, number> = {};
      const extract = measures.find((m) => m.name === 'tarjuma:extract');
      if (extract) phases.start = extract.startTime - t0;
      for (const m of measures) phases[m.name.slice('tarjuma:'.length)] = m.duration;
      const parseStart = performance.getEntriesByName(startMark)[0];
      const parsed = performance.getEntriesByName(doneMark)[0];
      if (parseStart && parsed) Object.assign(phases, { start: parseStart.startTime - t0, parse: parsed.startTime - parseStart.startTime });
      return {
        analysisEnd: ends.length ? performance.timeOrigin + Math.max(...ends) : NaN,
        highlightEnd: highlight ? performance.timeOrigin + highlight.startTime + highlight.duration : NaN,
        phases,
      };
    }, [DONE_MARK, START_MARK, b.t0] as const);
    const stateMs = Number.isFinite(analysisEnd) ? analysisEnd - t0abs : state ? state.t - t0abs : NaN;
    const highlightedMs = Number.isFinite(highlightEnd) ? highlightEnd - t0abs : stateMs;
    const run: ClickRun = {
      clickMs: highlightedMs,
      suggestedMs: Number.isFinite(stateMs) ? stateMs : highlightedMs,
      paintedMs: b.painted ? b.painted - b.t0 : highlightedMs,
      highlights: b.count,
      status: state?.status ?? 'timeout',
      longestTaskMs: b.longest,
      longtaskObserverWorks: observerWorks,
      heapAddedKB: (heapAfter - heapBefore) / 1024,
      readabilityParseMs: NaN,
      phases,
    };
    await cdp.detach();
    if (opts.parse) run.readabilityParseMs = await readabilityOnce(page);
    return run;
  } finally {
    await page.close();
  }
}

/** Readability alone, cold (the first parse in this tab), in the page's main world. */
export async function readabilityOnce(page: Page): Promise<number> {
  await page.addScriptTag({ path: READABILITY_JS });
  return page.evaluate(() => {
    const R = (window as unknown as { Readability: new (d: Document) => { parse(): unknown } }).Readability;
    const t = performance.now();
    new R(document.cloneNode(true) as Document).parse();
    return performance.now() - t;
  });
}

/**
 * Each run clicks Tarjuma and the Readability-alone extension in two fresh tabs of the same page,
 * back to back, taking turns at going first (so a machine growing busier or quieter during a run
 * favours neither).
 */
export async function benchPage(browser: ExtensionBrowser, readability: ClickTarget, name: string, url: string, runs: number, opts: { checkLongtasks?: boolean } = {}): Promise<PageFigures> {
  const all: ClickRun[] = [];
  const base: ClickRun[] = [];
  for (let i = 0; i < runs; i++) {
    const at = (who: string) => `${url}${url.includes('?') ? '&' : '?'}run=${i}&${who}`;
    if (i % 2 === 1) base.push(await clickOnce(browser, at('readability'), { target: readability }));
    all.push(await clickOnce(browser, at('tarjuma'), { parse: true, checkLongtasks: opts.checkLongtasks }));
    if (i % 2 === 0) base.push(await clickOnce(browser, at('readability'), { target: readability }));
  }
  const pick = (f: (r: ClickRun) => number) => median(all.map(f));
  const ratios = all.map((r, i) => r.clickMs / base[i]!.clickMs);
  return {
    page: name,
    runs,
    clickMs: pick((r) => r.clickMs),
    paintedMs: pick((r) => r.paintedMs),
    suggestedMs: pick((r) => r.suggestedMs),
    readabilityClickMs: median(base.map((r) => r.clickMs)),
    clickOverReadability: median(ratios),
    clickOverReadabilityRange: [Math.min(...ratios), Math.max(...ratios)],
    readabilityParseMs: pick((r) => r.readabilityParseMs),
    clickOverReadabilityParse: pick((r) => r.clickMs / r.readabilityParseMs),
    highlights: pick((r) => r.highlights),
    status: all.map((r) => r.status).sort().join(',').replace(/^(\w[\w-]*)(,\1)*$/, '$1'),
    longestTaskMs: pick((r) => r.longestTaskMs),
    longestTaskMsMax: Math.max(...all.map((r) => r.longestTaskMs)),
    longtaskObserverWorks: all.every((r) => r.longtaskObserverWorks === true),
    heapAddedKB: pick((r) => r.heapAddedKB),
    phases: {
      tarjuma: Object.fromEntries(PHASES.tarjuma.map((k) => [k, pick((r) => r.phases[k] ?? NaN)])),
      readability: Object.fromEntries(PHASES.readability.map((k) => [k, median(base.map((r) => r.phases[k] ?? NaN))])),
    },
  };
}

/** mark.js marking `names` inside the <article> of a fresh tab, exactly and without diacritics folding. */
export async function markjsOnce(browser: ExtensionBrowser, url: string, names: string[]): Promise<{ ms: number; marks: number }> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url);
    await page.addScriptTag({ path: MARK_JS });
    return await page.evaluate(
      (keywords) =>
        new Promise<{ ms: number; marks: number }>((done) => {
          const M = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
          const marker = new M(document.querySelector('article')!);
          // mark.js recurses once per keyword and overflows the stack on thousands of keywords: feed
          // it batches of 100, the next batch from the previous one's done() (a microtask, no idle gap).
          const BATCH = 100;
          let total = 0;
          const t = performance.now();
          const next = (from: number) => {
            if (from >= keywords.length) return done({ ms: performance.now() - t, marks: total });
            marker.mark(keywords.slice(from, from + BATCH), {
              separateWordSearch: false,
              diacritics: false,
              accuracy: 'exactly',
              done: (marks: number) => {
                total += marks;
                void Promise.resolve().then(() => next(from + BATCH));
              },
            });
          };
          next(0);
        }),
      names,
    );
  } finally {
    await page.close();
  }
}

/** A tab analyzed by a click, ready for the interaction figures. */
export async function clickedTab(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const targetId = await tabTargetId(browser, page);
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId } as never);
  await cdp.detach();
  await page.waitForFunction(() => (CSS.highlights.get('tarjuma-person')?.size ?? 0) + (CSS.highlights.get('tarjuma-organization')?.size ?? 0) > 0, null, { timeout: 60_000 });
  return page;
}

export async function openPanel(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('#result li').first().waitFor();
  return panel;
}

/**
 * Removing all highlights, as "Turn highlights off" does, with the page in front (as it is beside
 * the side panel). The command goes from the extension's service worker (an extension context, like
 * the panel) to the content script. Figures, all in the page's clock:
 * - removeMs: the command's arrival (the start of the content script's tarjuma:remove measure) →
 *   the first frame painted after the highlights left the registry — the removal a reader sees;
 * - commandMs: the command sent → highlights gone (adds the message hop between processes);
 * - registryMs: CSS.highlights.delete of the same highlights plus the next frame, in the page's main
 *   world with no extension code (the floor for any highlighter using the Highlight API).
 */
export async function removeFigures(browser: ExtensionBrowser, url: string, runs: number): Promise<{ removeMs: number; paintedMs: number; commandMs: number; registryMs: number }> {
  const page = await clickedTab(browser, url);
  const tabId = await tabIdOf(browser, page);
  const remove: number[] = [];
  const painted: number[] = [];
  const command: number[] = [];
  const send = (on: boolean) => browser.worker.evaluate(([tabId, on]) => {
    const t = performance.timeOrigin + performance.now();
    void chrome.tabs.sendMessage(tabId, { type: 'tarjuma:set-highlights', on });
    return t;
  }, [tabId, on] as const);
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => {
      performance.clearMeasures('tarjuma:remove');
      const w = window as unknown as { __gone: { at: number; painted: number } };
      w.__gone = { at: 0, painted: 0 };
      const ch = new MessageChannel();
      const t = performance.now();
      ch.port1.onmessage = () => {
        const n = (CSS.highlights.get('tarjuma-person')?.size ?? 0) + (CSS.highlights.get('tarjuma-organization')?.size ?? 0);
        if (n > 0) {
          if (performance.now() - t < 20_000) ch.port2.postMessage(0);
          return;
        }
        w.__gone.at = performance.now();
        requestAnimationFrame(() => setTimeout(() => { w.__gone.painted = performance.now(); }));
      };
      ch.port2.postMessage(0);
    });
    const sent = await send(false);
    await page.waitForFunction(() => (window as unknown as { __gone: { painted: number } }).__gone.painted > 0, null, { timeout: 20_000 });
    const r = await page.evaluate(() => {
      const g = (window as unknown as { __gone: { at: number; painted: number } }).__gone;
      const m = performance.getEntriesByName('tarjuma:remove').at(-1);
      return { arrived: m ? m.startTime : NaN, work: m ? m.duration : NaN, at: g.at, painted: g.painted, origin: performance.timeOrigin };
    });
    remove.push(r.work);
    painted.push(r.painted - r.arrived);
    command.push(r.origin + r.at - sent);
    await send(true);
    await page.waitForFunction(() => (CSS.highlights.get('tarjuma-person')?.size ?? 0) > 0, null, { timeout: 60_000 });
  }
  // Registry alone, last (it takes the content script's highlights away behind its back).
  const registryMs = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const t = performance.now();
        for (const n of ['tarjuma-person', 'tarjuma-organization', 'tarjuma-candidate', 'tarjuma-flash']) CSS.highlights.delete(n);
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - t)));
      }),
  );
  await page.close();
  return { removeMs: median(remove), paintedMs: median(painted), commandMs: median(command), registryMs };
}

/**
 * Pointer over a name → card shown: a page listener records the first mousemove that reaches the
 * page (the content script listens to the same event); a poller records when the card's host is in
 * the top layer (:popover-open) with text. Includes the card's deliberate 500 ms show delay.
 */
export async function hoverFigures(browser: ExtensionBrowser, url: string, runs: number): Promise<number> {
  const page = await clickedTab(browser, url);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.mouse.move(2, 2);
    await page.waitForFunction(() => !document.querySelector('tarjuma-card'), null, { timeout: 10_000 });
    await sleep(100);
    const point = await page.evaluate((i) => {
      const ranges = [...(CSS.highlights.get('tarjuma-person') as unknown as Iterable<Range>)];
      const r = ranges[i % ranges.length]!;
      r.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      const rect = r.getClientRects()[0]!;
      const w = window as unknown as { __hover: { move: number; shown: number } };
      w.__hover = { move: 0, shown: 0 };
      addEventListener('mousemove', () => { if (!w.__hover.move) w.__hover.move = performance.now(); }, { capture: true, once: true });
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        const card = document.querySelector('tarjuma-card');
        if (card?.matches(':popover-open') && card.shadowRoot?.textContent) w.__hover.shown = performance.now();
        else if (performance.now() - (w.__hover.move || performance.now()) < 5_000) ch.port2.postMessage(0);
      };
      ch.port2.postMessage(0);
      return { x: rect.left + Math.min(rect.width / 2, 10), y: rect.top + rect.height / 2 };
    }, i);
    await sleep(50); // the scroll closes any card; let it settle
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => (window as unknown as { __hover: { shown: number } }).__hover.shown > 0, null, { timeout: 10_000 });
    const h = await page.evaluate(() => (window as unknown as { __hover: { move: number; shown: number } }).__hover);
    out.push(h.shown - h.move);
  }
  await page.close();
  return median(out);
}

/**
 * Panel render: sidepanel.html opened in a tab pinned to an analyzed tab; from the panel's
 * navigation start (performance.now() = 0) to the entity list in #result, seen by a
 * MutationObserver installed before the panel's own scripts run.
 */
export async function panelFigures(browser: ExtensionBrowser, url: string, runs: number): Promise<number> {
  const page = await clickedTab(browser, url);
  const tabId = await tabIdOf(browser, page);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const panel = await browser.context.newPage();
    await panel.addInitScript(() => {
      const w = window as unknown as { __panelReady: number };
      w.__panelReady = 0;
      new MutationObserver((_, obs) => {
        if (document.querySelector('#result li')) {
          w.__panelReady = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('#result li').first().waitFor();
    let ready = await panel.evaluate(() => (window as unknown as { __panelReady?: number }).__panelReady ?? 0);
    // Init scripts may not reach extension pages: then the time the list was seen by Playwright.
    if (!ready) ready = await panel.evaluate(() => performance.now());
    out.push(ready);
    await panel.close();
  }
  await page.close();
  return median(out);
}
