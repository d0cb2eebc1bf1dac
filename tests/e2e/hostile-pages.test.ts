/**
 * Odd and busy pages through the real toolbar click: each gets a clear state, never a crash, and
 * Tarjuma leaves the page's own nodes alone.
 */
import type { Dialog, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchWithExtension, tabIdOf, type ExtensionBrowser } from '../../scripts/lib/browser';
import { BUILTIN_ENTRIES } from '../../glossary/index';
import { hugePage } from '../../bench/pages';
import { cardText, highlightedMentions, waitForHighlights } from './helpers';
import { backgroundErrors, cardVisibility, clickAndSettle, hoverHighlighted, openWatchedPanel, recordBackgroundErrors, serveHostilePages, tabState, type HostileServer } from './hostile-helpers';

let browser: ExtensionBrowser;
let server: HostileServer;
const problems: string[] = [];
const onDialog = (d: Dialog) => {
  problems.push(`dialog ${d.type()}: ${d.message()}`);
  void d.dismiss().catch(() => undefined);
};

/**
 * 5,000 nested elements, built by script (the HTML parser flattens nesting past 512). Chromium's own
 * renderer crashes on 5,000 nested blocks with no extension at all, so past 1,500 the levels are
 * inline elements.
 */
const DEEP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep: Lavrov meets Rahmon</title></head>
<body><main id="root"></main><script>
  let at = document.getElementById('root');
  for (let i = 0; i < 5000; i++) { const d = document.createElement(i < 1500 ? (i % 2 ? 'div' : 'section') : (i % 2 ? 'span' : 'b')); at.append(d); at = d; }
  const article = document.createElement('article');
  article.innerHTML = '<h1>Lavrov and Rahmon discuss the CSTO</h1>' + '<p>Russian Foreign Minister Sergey Lavrov arrived in Dushanbe on Wednesday for talks and was received by President Emomali Rahmon. The visit marked thirty years of the treaty between the two countries, officials said.</p>'.repeat(4);
  at.append(article);
  window.__depth = 5000;
</script></body></html>`;

beforeAll(async () => {
  // The bench's generator lands at ~4.2 MB for a 5 MB target (escaping is counted, markup is not); ask for more.
  const huge = hugePage(BUILTIN_ENTRIES, 100_000, 6_000_000);
  expect(Buffer.byteLength(huge)).toBeGreaterThan(5_000_000);
  server = await serveHostilePages({ 'deep.html': DEEP, 'huge.html': huge });
  browser = await launchWithExtension();
  browser.context.on('dialog', onDialog);
  await recordBackgroundErrors(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') console.log(`${ctx.task.name}: background errors so far`, await backgroundErrors(browser));
  for (const p of browser.context.pages()) if (p.url() !== 'about:blank') await p.close().catch(() => undefined);
  expect(problems).toEqual([]);
});

let visit = 0;
async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror on ${path}: ${e.message}`));
  await page.goto(`${server.url}/${path}${path.includes('?') ? '&' : '?'}visit=${++visit}`);
  return page;
}

const serialize = (page: Page) => page.evaluate(() => new XMLSerializer().serializeToString(document));
/**
 * The same, leaving out the one change highlighting makes while on: the attribute that scopes the
 * highlight styles, on the elements that hold names (taken away again when highlights go off).
 */
const serializeUnmarked = (page: Page) => page.evaluate(() => {
  // A copy only when there is something to take out (a copy of an XML document loses its declaration).
  if (!document.querySelector('[data-tarjuma-names]')) return new XMLSerializer().serializeToString(document);
  const copy = document.cloneNode(true) as Document;
  copy.querySelectorAll('[data-tarjuma-names]').forEach((e) => e.removeAttribute('data-tarjuma-names'));
  return new XMLSerializer().serializeToString(copy);
});

describe('odd pages get a clear state', () => {
  it.each([
    ['no-body.html', ['not-article']],
    ['frameset.html', ['not-article']],
    ['document.xml', ['not-article']],
    ['drawing.svg', ['not-article']],
    ['deep.html', ['ok', 'not-article']],
  ])('%s → %s, the page left as it was', async (path, expected) => {
    const page = await open(path);
    await page.waitForLoadState('load');
    const before = await serialize(page);
    const state = await clickAndSettle(browser, page);
    expect(expected).toContain(state?.status);
    expect(await serializeUnmarked(page)).toBe(before);
    // The panel says something a reader understands (not an empty box, not a stack trace).
    const { panel, problems: panelProblems } = await openWatchedPanel(browser, page);
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/\w{3,}/);
    expect(await panel.locator('#status').textContent()).not.toMatch(/TypeError|undefined|null|\bat \w+ \(/);
    expect(await panelProblems()).toEqual([]);
  });

  it('deep nesting: the name at depth 5,000 is found', async () => {
    const page = await open('deep.html');
    const state = await clickAndSettle(browser, page);
    expect(state?.status).toBe('ok');
    const texts = (await waitForHighlights(page)).map((m) => m.text);
    expect(texts).toContain('Sergey Lavrov');
  });

  it('a 5 MB page with 100,000 text nodes is read; only the names near the viewport are painted, the band follows scrolling, and turning off leaves the page as it was', async () => {
    const page = await open('huge.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    expect(await page.evaluate(() => document.evaluate('count(//text())', document, null, XPathResult.NUMBER_TYPE, null).numberValue)).toBeGreaterThan(100_000);
    // The page's own first layout and paint take a while at this size: watch for stalls from the click on.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 1000))));
    await page.evaluate(() => {
      const w = window as unknown as { __stall: number };
      w.__stall = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.__stall = Math.max(w.__stall, now - last);
        last = now;
      }, 20);
    });
    const started = Date.now();
    const state = await clickAndSettle(browser, page, 60_000);
    expect(state?.status).toBe('ok');
    const stall = await page.evaluate(() => Math.round((window as unknown as { __stall: number }).__stall));
    // Not asserted here (timing): the benchmark measures the longest task on this page.
    console.log(`huge page: ${Date.now() - started} ms from click to state; longest main-thread stall ${stall} ms`);

    // Painted: the names within about a screen of the viewport, each inside a marked element.
    const band = () => page.evaluate(() => {
      const ranges = ['tarjuma-person', 'tarjuma-organization'].flatMap((n) => [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)]);
      const h = innerHeight;
      return {
        count: ranges.length,
        // Painted by element: a name counts as far when the element holding it (a paragraph of this
        // page) is nowhere near the viewport.
        far: ranges.filter((r) => {
          const holder = r.startContainer.parentElement?.closest('[data-tarjuma-names]');
          const b = (holder ?? r).getBoundingClientRect();
          return b.bottom < -1.5 * h || b.top > 2.5 * h;
        }).length,
        unmarked: ranges.filter((r) => !r.startContainer.parentElement?.closest('[data-tarjuma-names]')).length,
        marked: document.querySelectorAll('[data-tarjuma-names]').length,
      };
    });
    const top = await band();
    expect(top.count).toBeGreaterThan(5);
    expect(top.count).toBeLessThan(3000);
    expect(top.far).toBe(0);
    expect(top.unmarked).toBe(0);
    const firstRanges = await highlightedMentions(page);
    // Hovering a painted name opens its card: on this page names are found through their paragraph.
    const target = await page.evaluate(() => {
      const ranges = ['tarjuma-person', 'tarjuma-organization'].flatMap((n) => [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)]);
      const visible = ranges.map((r) => ({ text: r.toString(), rect: r.getClientRects()[0] }))
        .find((r) => r.rect && r.rect.top > 20 && r.rect.bottom < innerHeight - 20 && r.rect.width > 10);
      return visible ? { text: visible.text, x: visible.rect!.left + Math.min(visible.rect!.width / 2, 20), y: visible.rect!.top + visible.rect!.height / 2 } : null;
    });
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y, { steps: 3 });
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain(target!.text.split(' ').pop()!);
    await page.keyboard.press('Escape');
    // Scrolled far down: the band moves with the reader.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await expect.poll(async () => (await band()).far, { timeout: 5_000 }).toBe(0);
    const middle = await band();
    expect(middle.count).toBeGreaterThan(5);
    const middleRanges = await highlightedMentions(page);
    expect(middleRanges.map((m) => m.text).join()).not.toBe(firstRanges.map((m) => m.text).join());

    const { panel } = await openWatchedPanel(browser, page);
    await panel.getByRole('button', { name: 'Turn highlights off' }).click();
    await expect.poll(() => highlightedMentions(page).then((m) => m.length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  }, 120_000);

  it('chrome:// pages are restricted (activeTab does not reach them)', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(browser, page);
    await clickToolbarButton(browser, page);
    await expect.poll(async () => (await tabState(browser, tabId))?.status, { timeout: 10_000 }).toBe('restricted');
    const { panel } = await openWatchedPanel(browser, page);
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/cannot read this page/);
  });

  it('a right-to-left Arabic page: the Latin name is found, the card opens inside the viewport', async () => {
    const page = await open('rtl.html');
    expect((await clickAndSettle(browser, page))?.status).toBe('ok');
    const texts = (await waitForHighlights(page)).map((m) => m.text);
    expect(texts).toEqual(['Emomali Rahmon']);
    await hoverHighlighted(page, 'Emomali Rahmon');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('President of Tajikistan');
    const v = (await cardVisibility(page))!;
    expect(v.onTop).toBe(true);
    expect(v.box.x).toBeGreaterThanOrEqual(0);
    expect(v.box.x + v.box.width).toBeLessThanOrEqual(v.viewport.width);
  });

  it('a German page: no false highlights', async () => {
    const page = await open('german.html');
    const state = await clickAndSettle(browser, page);
    expect(['ok', 'not-article']).toContain(state?.status);
    await page.waitForTimeout(300);
    const texts = (await highlightedMentions(page)).map((m) => m.text);
    // "Die UN und die EU" are the only real organizations; Rat, Amt, Union, Bund, Präsident are words.
    expect(texts.filter((t) => t !== 'UN' && t !== 'EU')).toEqual([]);
  });

  async function navigateWhileWorking(to: (url: string) => string): Promise<void> {
    const page = await open('skip-zones.html');
    const tabId = await tabIdOf(browser, page);
    await clickToolbarButton(browser, page);
    await page.goto(to(`${server.url}/german.html?after-navigation=${++visit}`));
    await page.waitForTimeout(2000);
    const state = await tabState(browser, tabId);
    // Either nothing is known about the new page, or what is known is about the new page (Chrome keeps
    // the grant across a same-origin navigation, so the injection may land in the new document).
    if (state !== null) {
      expect(state.status, JSON.stringify(state)).toMatch(/^(ok|not-article)$/);
      expect((state as { title: string }).title).toMatch(/^Die Regierung/);
    }
    // And a click on the new page works as usual.
    expect(['ok', 'not-article']).toContain((await clickAndSettle(browser, page))?.status);
  }

  it('a page that navigates (same origin) while Tarjuma works: no stale, wrong or stuck state', async () => {
    await navigateWhileWorking((url) => url);
  });

  // entrypoints/background.ts (analyzeTab) stores whatever its injection ends with, even when the tab
  // navigated meanwhile (tabs.onUpdated 'loading' deleted the state first): the new page then shows
  // the old page's results, or "Frame with ID 0 was removed" / "Receiving end does not exist" /
  // "restricted". localhost and 127.0.0.1 are different origins, so Chrome withdraws activeTab.
  it('a page that navigates (another origin) while Tarjuma works gets no stale or error state', async () => {
    await navigateWhileWorking((url) => url.replace('127.0.0.1', 'localhost'));
  });
});

describe('busy pages', () => {
  it('a page spamming postMessage with forged commands cannot steer Tarjuma', async () => {
    const page = await open('postmessage.html');
    const state = await clickAndSettle(browser, page);
    expect(state).toMatchObject({ status: 'ok', highlightsOn: true, title: expect.not.stringContaining('<img') });
    await page.waitForTimeout(500);
    const texts = (await highlightedMentions(page)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Emomali Rahmon']));
    expect(texts).not.toContain('Wednesday');
    expect(await page.evaluate(() => CSS.highlights.has('tarjuma-flash'))).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __sent: number }).__sent)).toBeGreaterThan(1000);
    await hoverHighlighted(page, 'Sergey Lavrov');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Minister of Foreign Affairs');
  });

  it('a page mutating its DOM all the time: analysis finishes, highlights and cards work', async () => {
    const page = await open('mutating.html');
    const state = await clickAndSettle(browser, page);
    expect(state?.status).toBe('ok');
    const texts = (await waitForHighlights(page)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Emomali Rahmon']));
    await hoverHighlighted(page, 'Emomali Rahmon');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('President of Tajikistan');
    expect(await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBeGreaterThan(50);
  });

  it('a single-page app that replaces its article: the next click shows no stale or doubled highlights', async () => {
    const page = await open('spa.html');
    expect((await clickAndSettle(browser, page))?.status).toBe('ok');
    const first = (await waitForHighlights(page)).map((m) => m.text);
    expect(first).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Emomali Rahmon']));

    await page.evaluate(() => (window as unknown as { show(n: string): void }).show('two'));
    // Before the next click the old highlights point at removed nodes: none may show text.
    expect((await highlightedMentions(page)).filter((m) => m.text !== '')).toEqual([]);

    const state = await clickAndSettle(browser, page);
    expect(state?.status).toBe('ok');
    await page.waitForTimeout(300);
    const second = (await highlightedMentions(page)).map((m) => m.text);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => /Lavrov|Rahmon|CSTO/.test(t)), second.join()).toEqual([]);
    // Each mention once: the count matches the occurrences in the new article.
    const expected = await page.evaluate(() => (document.querySelector('article')!.textContent!.match(/Vladimir Putin|Kassym-Jomart Tokayev/g) ?? []).length);
    expect(second.filter((t) => /Vladimir Putin|Kassym-Jomart Tokayev/.test(t)).length).toBe(expected);
    // A third click on the same page changes nothing.
    await clickAndSettle(browser, page);
    await page.waitForTimeout(300);
    expect((await highlightedMentions(page)).map((m) => m.text)).toEqual(second);
  });

  it('iframes are left alone, and the page sees no mutation of its own nodes but the marks on the names\' elements', async () => {
    const page = await open('iframe.html');
    await page.waitForLoadState('load');
    const before = await serialize(page);
    await page.evaluate(() => {
      const w = window as unknown as { __mutations: string[] };
      w.__mutations = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const target = r.target as Element;
          const added = [...r.addedNodes, ...r.removedNodes].map((n) => n.nodeName).join(',');
          w.__mutations.push(`${r.type} ${target.nodeName} ${r.attributeName ?? ''} ${added}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    expect((await clickAndSettle(browser, page))?.status).toBe('ok');
    await waitForHighlights(page);
    await hoverHighlighted(page, 'Sergey Lavrov');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Sergey Lavrov');
    await page.keyboard.press('Escape');
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      expect(await frame.evaluate(() => CSS.highlights.size), frame.url()).toBe(0);
      expect(await frame.evaluate(() => document.querySelectorAll('tarjuma-card, mark[data-tarjuma-entity]').length)).toBe(0);
    }
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    // The one node of ours: the card's host, added to <html> and removed again (and its own style);
    // and the attribute the highlight styles are scoped to, on the elements holding names.
    const ours = /^(childList HTML\s+TARJUMA-CARD|attributes TARJUMA-CARD .*|attributes \w+ data-tarjuma-names)$/;
    expect(mutations.filter((m) => !ours.test(m.trim())), mutations.join('\n')).toEqual([]);
    expect(mutations.some((m) => m.includes('data-tarjuma-names'))).toBe(true);
    expect(await serializeUnmarked(page)).toBe(before);
  });
});
