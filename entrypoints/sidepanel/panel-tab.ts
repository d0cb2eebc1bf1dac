import { browser } from 'wxt/browser';
import { isTabState, type StateQuery, type TabState } from '../../core/messages';

/** A panel opened as a normal page (tests, or a pinned window) can name its tab: ?tabId=N. */
export const pinnedTab = Number(new URLSearchParams(location.search).get('tabId')) || undefined;

/** The tab the panel speaks for: the pinned one, or the active tab of its window. */
export async function currentTabId(): Promise<number | undefined> {
  if (pinnedTab) return pinnedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the background knows of the tab (null: nothing, or no answer). */
export async function queryTabState(tabId: number): Promise<TabState | null> {
  const query: StateQuery = { type: 'tarjuma:query-state', tabId };
  const answer: unknown = await browser.runtime.sendMessage(query).catch(() => null);
  return isTabState(answer) ? answer : null;
}
