import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, tabIdOf, type ExtensionBrowser } from '../../scripts/lib/browser';
import type { StaticServer } from '../../scripts/lib/serve';
import { highlightedMentions, openPanelFor, waitForHighlights, hoverText, cardText, ROOT, SHOTS, startEnvironment, stopEnvironment } from './helpers';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await startEnvironment());
});
afterAll(() => stopEnvironment({ browser, server }));

let opened = 0;
async function openArticle(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  // A distinct address per page, so tabs are told apart by URL.
  await page.goto(`${server.url}/${path}?visit=${++opened}`);
  return page;
}

describe('reading an article', () => {
  it('highlights the glossary names inside the article only, the same ones the CLI finds', async () => {
    const page = await openArticle('demo/article-en.html');
    await clickToolbarButton(browser, page);
    const mentions = await waitForHighlights(page, browser);

    expect(mentions.length).toBeGreaterThan(10);
    expect(mentions.every((m) => m.inArticle)).toBe(true);
    expect(new Set(mentions.map((m) => m.kind))).toEqual(new Set(['tarjuma-person', 'tarjuma-organization']));
    // The sidebar, ticker, comments and footer name the same people: none of that is highlighted.
    expect(mentions.some((m) => m.text === 'Sergey Lavrov')).toBe(true);

    const cli = JSON.parse(execFileSync('npx', ['tsx', 'scripts/analyze.ts', 'demo/article-en.html'], { cwd: ROOT, encoding: 'utf8' }));
    expect(mentions.map((m) => m.text)).toEqual(cli.mentions.map((m: { text: string }) => m.text));

    // The side panel opened on the same click.
    const panels = await browser.worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length,
    );
    expect(panels).toBeGreaterThan(0);
    await page.close();
  });

  it('a second click re-analyzes without doubling, and turning off leaves the page as it was', async () => {
    const page = await openArticle('demo/article-en.html');
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await clickToolbarButton(browser, page);
    const first = await waitForHighlights(page, browser);
    // While highlighted, the page's own DOM is untouched but for the attribute the highlight styles
    // are scoped to, on exactly the elements that hold the names.
    const highlighted = await page.evaluate(() => {
      const ranges = ['tarjuma-person', 'tarjuma-organization'].flatMap((n) => [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)]);
      const holders = new Set(ranges.map((r) => {
        const c = r.commonAncestorContainer;
        return c.nodeType === 1 ? (c as Element) : c.parentElement;
      }));
      const marked = [...document.querySelectorAll('[data-tarjuma-names]')];
      const copy = document.documentElement.cloneNode(true) as Element;
      copy.querySelectorAll('[data-tarjuma-names]').forEach((e) => e.removeAttribute('data-tarjuma-names'));
      return { html: copy.outerHTML, marked: marked.length, holders: holders.size, allHold: marked.every((m) => holders.has(m)) };
    });
    expect(highlighted.html).toBe(before);
    expect(highlighted.marked).toBe(highlighted.holders);
    expect(highlighted.allHold).toBe(true);

    await clickToolbarButton(browser, page);
    await page.waitForTimeout(500);
    const second = await highlightedMentions(page);
    expect(second.length).toBe(first.length);

    const panel = await openPanelFor(browser, page);
    await panel.getByRole('button', { name: 'Turn highlights off' }).click();
    await expect.poll(() => highlightedMentions(page).then((m) => m.length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await panel.getByRole('button', { name: 'Highlight again' }).click();
    await expect.poll(() => highlightedMentions(page).then((m) => m.length)).toBe(first.length);
    await panel.close();
    await page.close();
  });

  it('the panel lists people and organizations, goes to mentions, and remembers the glossary language', async () => {
    const page = await openArticle('demo/article-en.html');
    await clickToolbarButton(browser, page);
    await waitForHighlights(page, browser);
    const panel = await openPanelFor(browser, page);

    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/people and organizations found/);
    await expect(panel.getByRole('heading', { name: 'People' }).count()).resolves.toBe(1);
    await expect(panel.getByRole('heading', { name: 'Organizations' }).count()).resolves.toBe(1);
    const lavrov = panel.locator('li[data-entity-id="sergey-lavrov"]');
    await expect(lavrov.locator('.entity-name').textContent()).resolves.toBe('Sergey Lavrov');
    await expect(lavrov.locator('.mention-count').textContent()).resolves.toMatch(/\d+ mentions/);

    // Going to a mention scrolls the page there and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await lavrov.locator('[data-role="goto"]').click();
    await expect.poll(() => page.evaluate(() => (CSS.highlights.get('tarjuma-flash')?.size ?? 0))).toBe(1);

    for (const [lang, label, name] of [
      ['ru', 'Русский', 'Сергей Лавров'],
      ['tg', 'Тоҷикӣ', 'Сергей Лавров'],
      ['en', 'English', 'Sergey Lavrov'],
    ] as const) {
      await panel.getByRole('radio', { name: label }).check();
      await expect.poll(() => lavrov.locator('.entity-name').textContent()).toBe(name);
      await expect.poll(() => panel.locator(`li[data-entity-id="csto"] .entity-name`).textContent()).toContain(
        { en: 'Collective Security Treaty Organization', ru: 'Организация Договора о коллективной безопасности', tg: 'Созмони Аҳдномаи амнияти дастаҷамъӣ' }[lang],
      );
      await panel.screenshot({ path: `${SHOTS}/panel-${lang}.png` });
    }
    // Remembered: a reloaded panel keeps the last choice.
    await panel.getByRole('radio', { name: 'Тоҷикӣ' }).check();
    await panel.reload();
    await expect.poll(() => panel.getByRole('radio', { name: 'Тоҷикӣ' }).isChecked()).toBe(true);
    await panel.getByRole('radio', { name: 'English' }).check();
    await panel.close();
    await page.close();
  });

  it('shows a hover card in each glossary language, inside the viewport, closed by Escape', async () => {
    const page = await openArticle('demo/article-en.html');
    await clickToolbarButton(browser, page);
    await waitForHighlights(page, browser);
    const panel = await openPanelFor(browser, page);
    for (const [label, lang, expected] of [
      ['English', 'en', ['Emomali Rahmon', 'President of Tajikistan', 'Wikipedia']],
      ['Русский', 'ru', ['Эмомали Рахмон', 'Президент Республики Таджикистан']],
      ['Тоҷикӣ', 'tg', ['Эмомалӣ Раҳмон', 'Президенти Ҷумҳурии Тоҷикистон']],
    ] as const) {
      await panel.getByRole('radio', { name: label }).check();
      await page.bringToFront();
      await page.mouse.move(5, 5);
      await hoverText(page, 'Emomali Rahmon');
      await expect.poll(() => cardText(page), { timeout: 5000 }).toContain(expected[0]);
      const text = await cardText(page);
      for (const part of expected) expect(text).toContain(part);
      const box = await page.locator('tarjuma-card').boundingBox();
      const view = page.viewportSize()!;
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(view.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(view.height);
      await page.screenshot({ path: `${SHOTS}/card-${lang}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('tarjuma-card').count()).toBe(0);
    }
    await panel.getByRole('radio', { name: 'English' }).check();
    await panel.close();
    await page.close();
  });

  it.each([
    ['ru', 'tests/fixtures/pages/ru-article.html', ['Сергей Лавров', 'Эмомали Рахмоном', 'Шанхайской организации сотрудничества']],
    ['tg', 'tests/fixtures/pages/tg-article.html', ['Сергей Лавров', 'Владимир Путинро', 'Созмони ҳамкории Шанхай']],
  ])('highlights inflected names in a %s article, never in its "read also" box or sidebar', async (_lang, path, expected) => {
    const page = await openArticle(path);
    await clickToolbarButton(browser, page);
    const mentions = await waitForHighlights(page, browser);
    for (const text of expected) expect(mentions.map((m) => m.text)).toContain(text);
    expect(mentions.every((m) => m.inArticle && !m.inReadAlso)).toBe(true);
    await page.close();
  });

  it('while its tab is being analyzed the panel shows a progress bar, and starts when the result comes', async () => {
    const page = await openArticle('demo/article-en.html');
    const tabId = await tabIdOf(browser, page);
    // The background's record for the tab as it is right after a click.
    await browser.worker.evaluate((id) => chrome.storage.session.set({ [`tab:${id}`]: { status: 'analyzing' } }), tabId);
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    // Nothing of the panel yet (it would compete with the analysis): only the bar. The panel waits
    // for the result at most 1.5 s; opening it takes a fraction of that.
    await expect(panel.getByRole('progressbar').isVisible()).resolves.toBe(true);
    await expect(panel.locator('main').isHidden()).resolves.toBe(true);
    await expect(panel.locator('#settings-toggle').isHidden()).resolves.toBe(true);

    await clickToolbarButton(browser, page);
    await waitForHighlights(page, browser);
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/people and organizations found/);
    await expect(panel.getByRole('progressbar').count()).resolves.toBe(0);
    await expect(panel.locator('li[data-entity-id="sergey-lavrov"] .entity-name').textContent()).resolves.toBe('Sergey Lavrov');
    await panel.close();
    await page.close();
  });

  it('an open panel shows progress only when an analysis lasts, and the result replaces it', async () => {
    const page = await openArticle('demo/article-en.html');
    await clickToolbarButton(browser, page);
    await waitForHighlights(page, browser);
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/people and organizations found/);
    // The background announcing an analysis of the tab, as at a click; no result follows yet.
    const tabId = await tabIdOf(browser, page);
    const announce = (state: unknown) => browser.worker.evaluate(([id, s]) => chrome.runtime.sendMessage({ type: 'tarjuma:tab-state', tabId: id, state: s }), [tabId, state] as const);
    const shownAt = await panel.evaluate(() => {
      const status = document.getElementById('status')!;
      const at = { started: performance.now(), progress: NaN };
      new MutationObserver(() => {
        if (/Reading the article/.test(status.textContent ?? '') && Number.isNaN(at.progress)) at.progress = performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
      (window as unknown as { __at: typeof at }).__at = at;
      return at.started;
    });
    await announce({ status: 'analyzing' });
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/Reading the article/);
    const progressAt = await panel.evaluate(() => (window as unknown as { __at: { progress: number } }).__at.progress);
    expect(progressAt - shownAt).toBeGreaterThanOrEqual(200);
    await expect(panel.locator('li[data-entity-id="sergey-lavrov"]').count()).resolves.toBe(0);
    // The result replaces the progress.
    const result = await browser.worker.evaluate((id) => chrome.storage.session.get(`tab:${id}`).then((r) => r[`tab:${id}`]), tabId);
    await announce(result);
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/people and organizations found/);
    await expect(panel.locator('li[data-entity-id="sergey-lavrov"]').count()).resolves.toBe(1);
    await panel.close();
    await page.close();
  });

  it('says when a page is not an article, and scans the whole page only when asked', async () => {
    const page = await openArticle('tests/fixtures/pages/not-article.html');
    await clickToolbarButton(browser, page);
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/does not look like an article/);
    expect(await highlightedMentions(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Scan the whole page anyway' }).click();
    await expect.poll(() => highlightedMentions(page).then((m) => m.length)).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  // Readability makes an article of nine short notices, but Readability's own pre-check (asked while
  // the background matches the text) says the page is not one: no highlights, the panel says so.
  it('says a page of short notices is not an article, though its text names glossary people', async () => {
    const notice = 'Sergey Lavrov will speak about the CSTO in Dushanbe on Monday; roads to Khujand are closed.';
    const html = `<!doctype html><html lang="en"><head><title>Notices</title></head><body><main>${
      Array.from({ length: 9 }, (_, i) => `<p>${i + 1}. ${notice}</p>`).join('')}</main></body></html>`;
    const page = await browser.context.newPage();
    await page.route('**/notices.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto(`${server.url}/notices.html`);
    await clickToolbarButton(browser, page);
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/does not look like an article/);
    expect(await highlightedMentions(page)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('keeps to its tab: another tab shows an invitation', async () => {
    const page = await openArticle('demo/article-en.html');
    const other = await openArticle('tests/fixtures/pages/ru-article.html');
    await clickToolbarButton(browser, page);
    await waitForHighlights(page, browser);
    const panel = await openPanelFor(browser, other);
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/Click the Tarjuma button/);
    expect(await highlightedMentions(other)).toEqual([]);
    expect(await tabIdOf(browser, other)).not.toBe(await tabIdOf(browser, page));
    await panel.close();
    await other.close();
    await page.close();
  });
});
