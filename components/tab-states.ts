import { browser } from 'wxt/browser';
import { isTabState, type TabState } from '../core/messages';

const KEY_PREFIX = 'tab:';

/**
 * What Tarjuma found in each tab, kept in storage.session so it survives the service worker being
 * stopped, and cleared when the tab navigates or closes. Nothing here outlives the browser session.
 */
export class TabStates {
  constructor(private readonly onChange: (tabId: number, state: TabState | null) => void) {}

  async get(tabId: number): Promise<TabState | null> {
    const key = KEY_PREFIX + tabId;
    const stored = await this.area().get(key);
    const state = stored[key];
    return isTabState(state) ? state : null;
  }

  async set(tabId: number, state: TabState): Promise<void> {
    await this.area().set({ [KEY_PREFIX + tabId]: state });
    this.onChange(tabId, state);
  }

  async delete(tabId: number): Promise<void> {
    await this.area().remove(KEY_PREFIX + tabId);
    this.onChange(tabId, null);
  }

  private area() {
    return browser.storage.session ?? browser.storage.local;
  }
}
