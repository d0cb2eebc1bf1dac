import { browser } from 'wxt/browser';
import { isStateBroadcast } from '../../core/messages';
import { currentTabId, queryTabState } from './panel-tab';

/**
 * The panel opens on the same click that starts the page's analysis, and its start-up (translations,
 * the built-in glossary, the first render: ~60 ms of script and more of parsing and layout) ran beside
 * that analysis. On a two-core machine that made the click's highlights 10-15% later. So this small
 * script only asks whether the tab is being analyzed; the panel proper starts when the analysis is
 * over (or at once when there is none), and a progress bar shows meanwhile. MAX_WAIT_MS caps the wait:
 * on a page that takes long, the panel starts anyway and shows its own progress.
 */
const MAX_WAIT_MS = 1500;

/**
 * Resolves when the background announces a result for the tab, or after `maxMs`. Listening starts
 * before the state is asked, so a result announced in between is not missed.
 */
function waitForResult(tabId: number, maxMs: number): { over: Promise<void>; cancel(): void } {
  let stop!: () => void;
  const over = new Promise<void>((resolve) => (stop = resolve));
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && isStateBroadcast(message) && message.tabId === tabId && message.state?.status !== 'analyzing') stop();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  const timer = setTimeout(stop, maxMs);
  void over.then(() => {
    clearTimeout(timer);
    browser.runtime.onMessage.removeListener(listener);
  });
  return { over, cancel: stop };
}

async function boot(): Promise<void> {
  const tabId = await currentTabId();
  let running = false;
  if (tabId !== undefined) {
    const result = waitForResult(tabId, MAX_WAIT_MS);
    running = (await queryTabState(tabId))?.status === 'analyzing';
    if (!running) result.cancel();
    await result.over;
  }
  const { startPanel } = await import('./panel');
  document.getElementById('boot')?.remove();
  for (const el of document.querySelectorAll<HTMLElement>('[data-after-boot]')) el.hidden = false;
  await startPanel(!running);
}

void boot();
