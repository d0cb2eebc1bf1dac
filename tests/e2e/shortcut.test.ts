/**
 * The keyboard shortcut, pressed for real. Headless Chromium does not route browser accelerators
 * (an extension's commands) from CDP input events, so this runs Chromium headed on a virtual X
 * server (Xvfb) and presses the keys through that X server with xdotool, as a keyboard would.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { startVirtualDisplay, type VirtualDisplay } from '../../scripts/lib/xvfb';
import { highlightedMentions, ROOT, SHOTS, waitForHighlights } from './helpers';

let x: VirtualDisplay | undefined;
let server: StaticServer | undefined;
let browser: ExtensionBrowser | undefined;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  x = await startVirtualDisplay();
  server = await serveDirectory(ROOT);
  browser = await launchWithExtension({ headless: false, env: { DISPLAY: x.display } });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/demo/article-en.html`);
  await page.bringToFront();
  // What reaches the page: a browser shortcut is taken by the browser before the page sees its key.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenKeys: string[] }).seenKeys = seen;
    addEventListener('keydown', (e) => seen.push(e.code), true);
  });
  // The browser window showing the article gets the X keyboard focus, as a person's click on it would.
  const title = await page.title();
  const window = x.xdotool('search', '--sync', '--onlyvisible', '--name', title.slice(0, 30)).split('\n')[0]!;
  x.xdotool('windowfocus', '--sync', window);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await x?.close();
});

const seenKeys = () => page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys.slice());
const sidePanels = () =>
  browser!.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).length);
const pressKeys = (keys: string) => x!.xdotool('key', '--clearmodifiers', keys);

describe('the keyboard shortcut in a real browser window', () => {
  it('another key reaches the page and runs nothing (the keys go where the shortcut will)', async () => {
    pressKeys('alt+shift+j');
    await expect.poll(seenKeys, { timeout: 10_000 }).toContain('KeyJ');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await highlightedMentions(page)).toEqual([]);
    expect(await sidePanels()).toBe(0);
  });

  it('Alt+Shift+K runs Tarjuma on the page: highlights in the article and the side panel open', async () => {
    pressKeys('alt+shift+k');
    const mentions = await waitForHighlights(page, browser);
    expect(mentions.length).toBeGreaterThan(10);
    expect(mentions.every((m) => m.inArticle)).toBe(true);
    expect(mentions.some((m) => m.text === 'Sergey Lavrov')).toBe(true);
    await expect.poll(sidePanels, { timeout: 10_000 }).toBe(1);
    // The browser took the key as its accelerator: the page saw Alt and Shift, never the K.
    expect(await seenKeys()).not.toContain('KeyK');
    await page.screenshot({ path: resolve(SHOTS, 'shortcut-alt-shift-k.png') });
  });

  it('is the shortcut the README documents', async () => {
    const commands = await browser!.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe('Alt+Shift+K');
  });
});
