import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, tabIdOf, type ExtensionBrowser } from '../../scripts/lib/browser';
import type { StaticServer } from '../../scripts/lib/serve';
import { axeViolations, backToEnglish, openPanelFor, waitForHighlights, SHOTS, startEnvironment, stopEnvironment } from './helpers';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  ({ browser, server } = await startEnvironment());
});
afterAll(() => stopEnvironment({ browser, server }));

async function openReader(path: string): Promise<{ page: Page; reader: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${path}?r=${Math.random()}`);
  await clickToolbarButton(browser, page);
  await waitForHighlights(page, browser);
  const tabId = await tabIdOf(browser, page);
  const reader = await browser.context.newPage();
  await reader.setViewportSize({ width: 1000, height: 800 });
  await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${tabId}`);
  await reader.locator('#article').waitFor({ state: 'visible' });
  return { page, reader };
}

describe('reading view', () => {
  it('shows the sanitized article with its headline, byline, language and reading time, highlighted', async () => {
    const { page, reader } = await openReader('demo/article-en.html');
    await expect(reader.locator('#title').textContent()).resolves.toBe('Lavrov and Muhriddin discuss CSTO and SCO agenda in Dushanbe');
    const meta = await reader.locator('#meta').textContent();
    expect(meta).toMatch(/English/);
    expect(meta).toMatch(/\d+ min read/);
    const content = await reader.locator('#content').textContent();
    expect(content).toContain('Sergey Lavrov arrived in Dushanbe');
    expect(content).not.toContain('Most read');
    expect(await reader.locator('#content script, #content [onerror], #content iframe').count()).toBe(0);
    await expect.poll(() => reader.evaluate(() => CSS.highlights.get('tarjuma-person')?.size ?? 0)).toBeGreaterThan(3);
    await reader.close();
    await page.close();
  });

  it('changes and remembers text size, spacing and theme; dark follows the system by default', async () => {
    const { page, reader } = await openReader('demo/article-en.html');
    expect(await reader.evaluate(() => document.body.dataset.theme)).toBe('auto');
    await reader.emulateMedia({ colorScheme: 'dark' });
    const darkBg = await reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await reader.emulateMedia({ colorScheme: 'light' });
    const lightBg = await reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).not.toBe(lightBg);

    const size = () => reader.evaluate(() => parseFloat(getComputedStyle(document.querySelector('#content p')!).fontSize));
    const before = await size();
    await reader.getByRole('button', { name: /Larger text/ }).click();
    expect(await size()).toBeGreaterThan(before);
    await reader.getByLabel('Line spacing').selectOption('2.0');
    for (const theme of ['Light', 'Dark', 'Sepia'] as const) {
      await reader.getByRole('radio', { name: theme }).check();
      await reader.screenshot({ path: `${SHOTS}/reader-${theme.toLowerCase()}-en.png` });
    }
    await reader.reload();
    await reader.locator('#article').waitFor({ state: 'visible' });
    expect(await reader.evaluate(() => document.body.dataset.theme)).toBe('sepia');
    expect(await size()).toBeGreaterThan(before);
    // Back to the defaults for the other tests.
    await reader.getByRole('radio', { name: 'System' }).check();
    await reader.getByRole('button', { name: /Smaller text/ }).click();
    await reader.getByLabel('Line spacing').selectOption('1.6');
    await reader.close();
    await page.close();
  });

  it.each([
    ['ru', 'Русский', 'Тема'],
    ['tg', 'Тоҷикӣ', 'Мавзӯъ'],
  ])('speaks the interface language (%s)', async (lang, _label, themeWord) => {
    const { page, reader } = await openReader('tests/fixtures/pages/ru-article.html');
    const panel = await openPanelFor(browser, page);
    await panel.locator('#settings-toggle').click();
    await panel.locator('#ui-language').selectOption(lang);
    await reader.reload();
    await reader.locator('#article').waitFor({ state: 'visible' });
    await expect(reader.locator('#theme-label').textContent()).resolves.toBe(themeWord);
    await reader.screenshot({ path: `${SHOTS}/reader-auto-${lang}.png` });
    // Every theme, in this UI language: readable contrast and no other accessibility violation.
    for (const theme of ['light', 'dark', 'sepia'] as const) {
      await reader.locator(`input[name="theme"][value="${theme}"]`).check();
      await reader.screenshot({ path: `${SHOTS}/reader-${theme}-${lang}.png` });
      expect(await axeViolations(reader), `${lang} ${theme}`).toEqual([]);
    }
    await reader.locator('input[name="theme"][value="auto"]').check();
    await backToEnglish(panel);
    await panel.close();
    await reader.close();
    await page.close();
  });
});
