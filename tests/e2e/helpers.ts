import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from '../../scripts/lib/browser';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';

export interface HighlightedMention {
  kind: string;
  text: string;
  inArticle: boolean;
  inReadAlso: boolean;
}

/** What is highlighted, read from the page's own view of CSS.highlights, in document order. */
export function highlightedMentions(page: Page): Promise<HighlightedMention[]> {
  return page.evaluate(() => {
    const found: Array<{ kind: string; text: string; inArticle: boolean; inReadAlso: boolean; range: Range }> = [];
    for (const kind of ['tarjuma-person', 'tarjuma-organization']) {
      const h = CSS.highlights.get(kind);
      if (!h) continue;
      for (const r of h as unknown as Iterable<Range>) {
        const el = r.startContainer.parentElement;
        found.push({
          kind,
          text: r.toString(),
          inArticle: !!el?.closest('article'),
          inReadAlso: !!el?.closest('.read-also, .also, aside, nav, footer, .comments'),
          range: r,
        });
      }
    }
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return found.map(({ range: _r, ...rest }) => rest);
  });
}

export async function waitForHighlights(page: Page, browser?: ExtensionBrowser): Promise<HighlightedMention[]> {
  try {
    await expect.poll(() => highlightedMentions(page).then((m) => m.length), { timeout: 20_000 }).toBeGreaterThan(0);
  } catch (err) {
    // Say what the extension thought of the tab, so a failure explains itself.
    const states = browser ? await browser.worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)).slice(0, 2000)) : '';
    throw new Error(`no highlights on ${page.url()}; tab states: ${states}`, { cause: err });
  }
  return highlightedMentions(page);
}

/** Opens the panel page in a normal tab, pinned to the article's tab. */
export async function openPanelFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('#status').waitFor();
  return panel;
}

/**
 * Puts the panel back in English and waits until the setting is stored (the panel re-renders from the
 * storage change), so the next test does not open its panel in this one's language.
 */
export async function backToEnglish(panel: Page): Promise<void> {
  await panel.locator('#ui-language').selectOption('en');
  await expect.poll(() => panel.locator('html').getAttribute('lang')).toBe('en');
}

/** Moves the mouse onto the first occurrence of a text inside the article. */
export async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(wanted);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + wanted.length);
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`text not found: ${text}`);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

export function cardText(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('tarjuma-card')?.shadowRoot?.textContent ?? '');
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations (contrast included) in a page, or inside one element of it. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`);
  }, selector);
}

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where the E2E tests leave the screenshots a person looks at. */
export const SHOTS = resolve(ROOT, 'test-results/screenshots');

export interface TestEnvironment {
  browser: ExtensionBrowser;
  server: StaticServer;
}

/** The project served on 127.0.0.1 and Chromium with the built extension: one per test file. */
export async function startEnvironment(): Promise<TestEnvironment> {
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveDirectory(ROOT);
  const browser = await launchWithExtension();
  return { browser, server };
}

export async function stopEnvironment(env: Partial<TestEnvironment>): Promise<void> {
  await env.browser?.close();
  await env.server?.close();
}
