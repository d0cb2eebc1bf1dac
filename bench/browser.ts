/**
 * The Chromium half of the benchmark. Every figure is timed inside the browser with
 * performance.now() (or performance.timeOrigin + performance.now() when the start and the end are
 * in two processes), never by Node's clock around Playwright calls.
 *
 * click → all highlights: in the page's main world a poller (a MessageChannel loop: one cheap task
 * per turn, so it yields to the content script between its tasks) checks CSS.highlights, which the
 * content script's isolated world shares with the page. The start is read in the page right before
 * Node sends CDP Extensions.triggerAction on an already-resolved tab target (the same command
 * clickToolbarButton sends); the end is the first poll that sees the highlights registered. Pages
 * with nothing to highlight end when the background stores the tab's result (storage.session
 * onChanged in the service worker, absolute time). The start therefore includes one CDP hop.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { tabIdOf, type ExtensionBrowser } from '../scripts/lib/browser';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
export const READABILITY_JS = resolve(ROOT, 'node_modules/@mozilla/readability/Readability.js');
export const MARK_JS = resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js');

export interface ClickRun {
  /** Click → highlights registered (or → result stored, when there is nothing to highlight). */
  clickMs: number;
  /** Click → the first animation frame after the highlights were registered (painted). */
  paintedMs: number;
  highlights: number;
  status: string;
  longestTaskMs: number;
  heapAddedKB: number;
  readabilityMs: number;
}

export interface PageFigures {
  page: string;
  runs: number;
  clickMs: number;
  paintedMs: number;
  readabilityMs: number;
  /** Median of the per-run ratios (each ratio taken in one tab). */
  clickOverReadability: number;
  highlights: number;
  status: string;
  longestTaskMs: number;
  heapAddedKB: number;
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

async function gcHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** One fresh tab: click, wait for the result, then Readability alone in the same tab. */
export async function clickOnce(browser: ExtensionBrowser, url: string, opts: { readability?: boolean } = {}): Promise<ClickRun> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
    await page.bringToFront();
    const targetId = await tabTargetId(browser, page);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const heapBefore = await gcHeap(cdp);
    await installStateWatch(browser);
    await browser.worker.evaluate(() => {
      (globalThis as unknown as { __benchStates: unknown[] }).__benchStates.length = 0;
    });
    const browserCdp = await browser.context.browser()!.newBrowserCDPSession();
    const t0abs = await page.evaluate(() => {
      const b = { t0: 0, done: 0, painted: 0, longest: 0, count: 0, stop: false };
      (window as unknown as { __bench: typeof b }).__bench = b;
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) b.longest = Math.max(b.longest, e.duration);
        }).observe({ type: 'longtask', buffered: false });
      } catch {
        // no longtask support
      }
      const size = () => (CSS.highlights.get('tarjuma-person')?.size ?? 0) + (CSS.highlights.get('tarjuma-organization')?.size ?? 0);
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        if (b.stop) return;
        const n = size();
        if (n > 0) {
          b.done = performance.now();
          b.count = n;
          requestAnimationFrame(() => {
            b.painted = performance.now();
          });
          return;
        }
        if (performance.now() - b.t0 < 60_000) ch.port2.postMessage(0);
      };
      b.t0 = performance.now();
      ch.port2.postMessage(0);
      return performance.timeOrigin + b.t0;
    });
    await browserCdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId } as never);
    await browserCdp.detach();

    // Wait for the background to store the result (it does so after the content script returned).
    let state: { t: number; status: string } | undefined;
    const deadline = Date.now() + 60_000;
    while (!state && Date.now() < deadline) {
      await sleep(25);
      state = await browser.worker.evaluate(
        () => (globalThis as unknown as { __benchStates: Array<{ t: number; status: string }> }).__benchStates[0],
      );
    }
    await sleep(100); // let the poller and the frame after it run
    const b = await page.evaluate(() => {
      const x = (window as unknown as { __bench: { t0: number; done: number; painted: number; longest: number; count: number; stop: boolean } }).__bench;
      x.stop = true;
      return x;
    });
    const heapAfter = await gcHeap(cdp);
    const stateMs = state ? state.t - t0abs : NaN;
    const run: ClickRun = {
      clickMs: b.done ? b.done - b.t0 : stateMs,
      paintedMs: b.painted ? b.painted - b.t0 : stateMs,
      highlights: b.count,
      status: state?.status ?? 'timeout',
      longestTaskMs: b.longest,
      heapAddedKB: (heapAfter - heapBefore) / 1024,
      readabilityMs: NaN,
    };
    await cdp.detach();
    if (opts.readability !== false) run.readabilityMs = await readabilityOnce(page);
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

export async function benchPage(browser: ExtensionBrowser, name: string, url: string, runs: number): Promise<PageFigures> {
  const all: ClickRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await clickOnce(browser, `${url}${url.includes('?') ? '&' : '?'}run=${i}`));
  const pick = (f: (r: ClickRun) => number) => median(all.map(f));
  return {
    page: name,
    runs,
    clickMs: pick((r) => r.clickMs),
    paintedMs: pick((r) => r.paintedMs),
    readabilityMs: pick((r) => r.readabilityMs),
    clickOverReadability: pick((r) => r.clickMs / r.readabilityMs),
    highlights: pick((r) => r.highlights),
    status: all.map((r) => r.status).sort().join(',').replace(/^(\w[\w-]*)(,\1)*$/, '$1'),
    longestTaskMs: pick((r) => r.longestTaskMs),
    heapAddedKB: pick((r) => r.heapAddedKB),
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
 * Removing all highlights through the panel's "Turn highlights off": the panel's button click
 * (absolute time in the panel) → the page's CSS.highlights empty (absolute time in the page, polled
 * as above). This is the whole command: message from the panel, the content script's turn-off, the
 * poll that sees it. Also the in-page cost alone: CSS.highlights.delete of the two highlights plus
 * the next frame, timed in the page's main world (the same registry calls the content script makes).
 */
export async function removeFigures(browser: ExtensionBrowser, url: string, runs: number): Promise<{ commandMs: number; registryMs: number }> {
  const page = await clickedTab(browser, url);
  const panel = await openPanel(browser, page);
  const command: number[] = [];
  const count = () => page.evaluate(() => (CSS.highlights.get('tarjuma-person')?.size ?? 0) + (CSS.highlights.get('tarjuma-organization')?.size ?? 0));
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => {
      const w = window as unknown as { __gone: number };
      w.__gone = 0;
      const ch = new MessageChannel();
      const t = performance.now();
      ch.port1.onmessage = () => {
        const n = (CSS.highlights.get('tarjuma-person')?.size ?? 0) + (CSS.highlights.get('tarjuma-organization')?.size ?? 0);
        if (n === 0) w.__gone = performance.timeOrigin + performance.now();
        else if (performance.now() - t < 20_000) ch.port2.postMessage(0);
      };
      ch.port2.postMessage(0);
    });
    const start = await panel.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Turn highlights off');
      if (!button) throw new Error('no "Turn highlights off" button');
      const t = performance.timeOrigin + performance.now();
      button.click();
      return t;
    });
    await page.waitForFunction(() => (window as unknown as { __gone: number }).__gone > 0, null, { timeout: 20_000 });
    command.push((await page.evaluate(() => (window as unknown as { __gone: number }).__gone)) - start);
    await panel.locator('button', { hasText: 'Highlight again' }).click();
    await page.waitForFunction(() => (CSS.highlights.get('tarjuma-person')?.size ?? 0) > 0, null, { timeout: 60_000 });
    await panel.locator('button', { hasText: 'Turn highlights off' }).waitFor();
  }
  if ((await count()) === 0) throw new Error('highlights did not come back');
  // Registry alone, last (it takes the content script's highlights away behind its back).
  const registryMs = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const t = performance.now();
        for (const n of ['tarjuma-person', 'tarjuma-organization', 'tarjuma-flash']) CSS.highlights.delete(n);
        requestAnimationFrame(() => done(performance.now() - t));
      }),
  );
  await panel.close();
  await page.close();
  return { commandMs: median(command), registryMs };
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
