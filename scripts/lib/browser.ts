/**
 * Launching Chromium with the built extension, shared by the end-to-end tests and `npm run demo`.
 * Uses playwright-core with the system Chromium (never a downloaded browser).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.TARJUMA_OUT ?? '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    headless?: boolean;
    locale?: string;
    env?: Record<string, string>;
    /** More unpacked extensions to load beside Tarjuma (the benchmark's Readability-alone baseline). */
    alongside?: string[];
  } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'tarjuma-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 860 },
    // e.g. DISPLAY for a headed browser on a virtual X server (scripts/lib/xvfb.ts).
    ...(options.env ? { env: { ...(process.env as Record<string, string>), ...options.env } } : {}),
    args: [
      `--disable-extensions-except=${[EXTENSION_DIR, ...(options.alongside ?? [])].join(',')}`,
      `--load-extension=${[EXTENSION_DIR, ...(options.alongside ?? [])].join(',')}`,
      '--enable-unsafe-extension-debugging',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--disable-background-networking',
      '--disable-component-update',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  // Tarjuma's service worker is WXT's /background.js (other extensions loaded alongside have their own).
  const isTarjuma = (w: Worker) => new URL(w.url()).pathname === '/background.js';
  const worker = context.serviceWorkers().find(isTarjuma) ?? (await context.waitForEvent('serviceworker', { predicate: isTarjuma }));
  const extensionId = new URL(worker.url()).host;
  // The worker target exists before its script has run; a click before the listener is registered
  // would be lost (a person cannot click that fast, a test can).
  for (let i = 0; i < 100; i++) {
    if (await worker.evaluate(() => chrome.action.onClicked.hasListeners()).catch(() => false)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A real toolbar click: grants activeTab, fires action.onClicked, lets sidePanel.open() succeed. */
export async function clickToolbarButton(browser: ExtensionBrowser, page: Page): Promise<void> {
  // A person clicks the button of the tab in front of them.
  await page.bringToFront();
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as unknown as {
      targetInfos: Array<{ targetId: string; url: string }>;
    };
    const target = targetInfos.find((t) => t.url === page.url());
    if (!target) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: target.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

/**
 * The id the extension knows a page's tab by (for opening the panel pinned to it in a normal tab).
 * Without the "tabs" permission the extension sees a tab's URL only after activeTab was granted
 * (a click); for other tabs the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    const byUrl = tabs.find((t) => t.url === url);
    if (byUrl) return byUrl.id!;
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active!.id!;
  }, page.url());
}
