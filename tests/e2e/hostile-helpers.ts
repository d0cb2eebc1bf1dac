/**
 * Shared by the hostile-page tests: a server for the attack pages (with per-page headers), the
 * tab's state as the background stored it, and a panel tab that records anything that runs or is
 * blocked in it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickToolbarButton, tabIdOf, type ExtensionBrowser } from '../../scripts/lib/browser';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import type { TabState } from '../../core/messages';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/hostile');

/** Pages served with their own headers (the strict-CSP page). */
const HEADERS: Record<string, Record<string, string>> = {
  '/csp.html': {
    'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'none'; style-src-attr 'none'; img-src 'self'",
  },
};

export interface HostileServer extends StaticServer {
  dir: string;
}

/** Serves the fixtures plus generated pages (name → HTML) from one temporary folder. */
export async function serveHostilePages(generated: Record<string, string> = {}): Promise<HostileServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tarjuma-hostile-'));
  cpSync(FIXTURES, dir, { recursive: true });
  for (const [name, html] of Object.entries(generated)) writeFileSync(join(dir, name), html);
  const server = await serveDirectory(dir, (path) => HEADERS[path] ?? {});
  return {
    dir,
    url: server.url,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the background holds for a tab (what the panel would show). */
export async function tabState(browser: ExtensionBrowser, tabId: number): Promise<TabState | null> {
  return browser.worker.evaluate(async (key) => {
    const area = chrome.storage.session ?? chrome.storage.local;
    const stored = await area.get(key);
    return (stored[key] ?? null) as never;
  }, `tab:${tabId}`);
}

/** Clicks the toolbar button and waits until the tab's state is no longer "analyzing". */
export async function clickAndSettle(browser: ExtensionBrowser, page: Page, timeout = 30_000, retry = true): Promise<TabState | null> {
  const tabId = await tabIdOf(browser, page);
  // A person clicks after the page has painted; a test could click while a heavy page still lays out.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)))).catch(() => undefined);
  await clickToolbarButton(browser, page);
  let state: TabState | null = null;
  await expect
    .poll(
      async () => {
        state = await tabState(browser, tabId);
        return state?.status ?? 'none';
      },
      { timeout, interval: 100 },
    )
    .not.toMatch(/^(analyzing|none)$/);
  // Chromium sometimes has not applied the activeTab grant of a CDP-triggered click when the script is
  // injected ("Cannot access contents of the page") on an http page; a second click always works.
  // Said out loud so it is seen, not hidden.
  const settled = state as TabState | null;
  if (retry && settled?.status === 'restricted' && /^https?:/.test(page.url())) {
    console.warn(`clickAndSettle: "restricted" on ${page.url()}; clicking again`);
    return clickAndSettle(browser, page, timeout, false);
  }
  return settled;
}

export interface WatchedPanel {
  panel: Page;
  /** CSP violations, page errors and console errors seen in the panel. */
  problems(): Promise<string[]>;
}

/**
 * Opens the panel as a tab pinned to `page`'s tab, recording CSP violations (an inline handler or
 * script the panel refused to run means page text became markup), uncaught errors and console errors.
 */
export async function openWatchedPanel(browser: ExtensionBrowser, page: Page): Promise<WatchedPanel> {
  const tabId = await tabIdOf(browser, page);
  const panel = await browser.context.newPage();
  const seen: string[] = [];
  panel.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  panel.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await panel.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('#status').waitFor();
  return {
    panel,
    async problems() {
      const violations = await panel.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      return [...seen, ...violations.map((v) => `csp: ${v}`)];
    },
  };
}

/** Rendered, on top and inside the viewport: what a reader needs to see the card. */
export async function cardVisibility(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('tarjuma-card, div[data-tarjuma-card]') as HTMLElement | null;
    if (!host) return null;
    const card = host.shadowRoot?.querySelector('.card') as HTMLElement | null;
    const hs = getComputedStyle(host);
    const cs = card ? getComputedStyle(card) : null;
    const box = host.getBoundingClientRect();
    const cardBox = card?.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + Math.min(box.height / 2, 30);
    const top = document.elementFromPoint(cx, cy);
    const backdrop = getComputedStyle(host, '::backdrop');
    return {
      backdrop: { display: backdrop.display, background: backdrop.backgroundColor },
      display: hs.display,
      visibility: hs.visibility,
      opacity: hs.opacity,
      position: hs.position,
      transform: hs.transform,
      filter: hs.filter,
      popoverOpen: host.matches(':popover-open'),
      box: { x: box.x, y: box.y, width: box.width, height: box.height },
      cardBox: cardBox ? { width: cardBox.width, height: cardBox.height } : null,
      viewport: { width: innerWidth, height: innerHeight },
      fontSize: cs?.fontSize,
      color: cs?.color,
      background: cs?.backgroundColor,
      onTop: top === host,
      text: host.shadowRoot?.textContent ?? '',
    };
  });
}

/** Moves the mouse onto the middle of the first on-screen box of a highlighted name. */
export async function hoverHighlighted(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    for (const kind of ['tarjuma-person', 'tarjuma-organization']) {
      for (const r of (CSS.highlights.get(kind) ?? []) as unknown as Iterable<Range>) {
        if (r.toString() !== wanted) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        for (const rect of r.getClientRects()) {
          const left = Math.max(rect.left, 0);
          const right = Math.min(rect.right, innerWidth);
          const top = Math.max(rect.top, 0);
          const bottom = Math.min(rect.bottom, innerHeight);
          if (right - left > 4 && bottom - top > 4) return { x: (left + right) / 2, y: (top + bottom) / 2 };
        }
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no highlighted "${text}" on screen`);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

/**
 * Records the errors of the background's calls into tabs (what it turns into "restricted" or
 * "error" states), so a failing test can say what really happened.
 */
export async function recordBackgroundErrors(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => {
    const g = globalThis as unknown as { __tarjumaTestErrors?: string[] };
    if (g.__tarjumaTestErrors) return;
    g.__tarjumaTestErrors = [];
    const calls = [['scripting', 'executeScript'], ['scripting', 'insertCSS'], ['tabs', 'sendMessage']] as const;
    for (const [ns, fn] of calls) {
      const api = (chrome as unknown as Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>)[ns]!;
      const original = api[fn]!.bind(api);
      api[fn] = async (...args: unknown[]) => {
        try {
          return await original(...args);
        } catch (err) {
          g.__tarjumaTestErrors!.push(`${fn}(${JSON.stringify(args[0]).slice(0, 60)}): ${String(err)}`);
          throw err;
        }
      };
    }
  });
}

export function backgroundErrors(browser: ExtensionBrowser): Promise<string[]> {
  return browser.worker.evaluate(() => (globalThis as unknown as { __tarjumaTestErrors?: string[] }).__tarjumaTestErrors ?? []);
}
