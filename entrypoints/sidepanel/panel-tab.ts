import { browser } from 'wxt/browser';

/** A panel opened as a normal page (tests, or a pinned window) can name its tab: ?tabId=N. */
export const pinnedTab = Number(new URLSearchParams(location.search).get('tabId')) || undefined;

/** The tab the panel speaks for: the pinned one, or the active tab of its window. */
export async function currentTabId(): Promise<number | undefined> {
  if (pinnedTab) return pinnedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
