import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, type ExtensionBrowser } from '../../scripts/lib/browser';
import type { StaticServer } from '../../scripts/lib/serve';
import { axeViolations, backToEnglish, cardText, openPanelFor, waitForHighlights, SHOTS, startEnvironment, stopEnvironment } from './helpers';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await startEnvironment());
});
afterAll(() => stopEnvironment({ browser, server }));

async function analyzed(path: string): Promise<{ page: Page; panel: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${path}?t=${Math.random()}`);
  await clickToolbarButton(browser, page);
  await waitForHighlights(page, browser);
  const panel = await openPanelFor(browser, page);
  await expect.poll(() => panel.locator('#status').textContent()).toMatch(/found/);
  return { page, panel };
}

describe('tools for translators', () => {
  it.each([
    ['csv', (s: string) => expect(s.split(/\r?\n/)[0]).toMatch(/English name.*Russian name.*Tajik name/i)],
    ['tbx', (s: string) => {
      const doc = new JSDOM(s, { contentType: 'application/xml' }).window.document;
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelectorAll('conceptEntry').length).toBeGreaterThan(5);
    }],
    ['markdown', (s: string) => expect(s).toMatch(/^\|.*\|$/m)],
  ])('downloads the article term list as %s, with the names in the three languages', async (format, check) => {
    const { page, panel } = await analyzed('demo/article-en.html');
    await panel.locator('#term-format').selectOption(format);
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Download' }).click()]);
    const content = readFileSync((await download.path())!, 'utf8');
    for (const name of ['Sergey Lavrov', 'Сергей Лавров', 'Эмомалӣ Раҳмон', 'Collective Security Treaty Organization', 'Созмони Аҳдномаи амнияти дастаҷамъӣ']) {
      expect(content, `${format}: ${name}`).toContain(format === 'tbx' ? name.replace(/&/g, '&amp;') : name);
    }
    check(content);
    await panel.close();
    await page.close();
  });

  it('lists officials not in the glossary with their context, marks them dotted, and offers to add them', async () => {
    const { page, panel } = await analyzed('tests/fixtures/pages/en-unknown-official.html');
    const item = panel.locator('ul.candidates li').first();
    await expect(item.locator('.entity-name').textContent()).resolves.toBe('Ilhom Testovich Fictionzoda');
    await expect(item.locator('.office-title').textContent()).resolves.toBe('Deputy Energy Minister');
    await expect(item.locator('.candidate-context').textContent()).resolves.toContain('hydropower');
    expect(await page.evaluate(() => CSS.highlights.get('tarjuma-candidate')?.size ?? 0)).toBeGreaterThan(0);
    await panel.screenshot({ path: `${SHOTS}/panel-not-in-glossary.png`, fullPage: true });
    await item.getByRole('button', { name: /Add/ }).click();
    await expect.poll(() => panel.locator('#glossary').isVisible()).toBe(true);
    await expect.poll(() => panel.locator('#glossary input[type="text"]').first().inputValue()).toBe('Ilhom Testovich Fictionzoda');
    await panel.close();
    await page.close();
  });

  it('looks up a selected name in any inflected form, or offers to add an unknown one', async () => {
    const { page, panel } = await analyzed('tests/fixtures/pages/ru-article.html');
    const lookUp = (text: string) =>
      browser.worker.evaluate(async (t) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await (globalThis as unknown as { tarjumaLookUpSelection(s: string, tab: unknown): Promise<void> }).tarjumaLookUpSelection(t, tab);
      }, text);
    await page.bringToFront();
    await lookUp('Сергеем Лавровым');
    await expect.poll(() => panel.locator('.lookup li[data-lookup-id]').first().getAttribute('data-lookup-id')).toBe('sergey-lavrov');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => panel.locator('.lookup').count()).toBe(0);
    await page.bringToFront();
    await lookUp('Ivan Nobodyev');
    await expect.poll(() => panel.locator('.lookup').textContent()).toContain('is not in the glossary');
    await panel.getByRole('button', { name: 'Add it to my glossary' }).click();
    await expect.poll(() => panel.locator('#glossary input[type="text"]').first().inputValue()).toBe('Ivan Nobodyev');
    await panel.close();
    await page.close();
  });

  it('moves through the entities by keyboard, and a focused entity shows its card on the page', async () => {
    const { page, panel } = await analyzed('demo/article-en.html');
    const first = panel.locator('[data-role="goto"]').first();
    await first.focus();
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowUp');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('goto');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toMatch(/\S/);
    await page.screenshot({ path: `${SHOTS}/card-from-keyboard.png` });
    await panel.close();
    await page.close();
  });

  it.each(['en', 'ru', 'tg'])('has no axe-core violations in the panel and the card (%s UI)', async (lang) => {
    const { page, panel } = await analyzed('demo/article-en.html');
    await panel.locator('#settings-toggle').click();
    await panel.locator('#ui-language').selectOption(lang);
    await panel.waitForTimeout(300);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.locator('[data-role="goto"]').first().focus();
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toMatch(/\S/);
    expect(await axeViolations(page, 'tarjuma-card')).toEqual([]);
    await backToEnglish(panel);
    await panel.close();
    await page.close();
  });
});
