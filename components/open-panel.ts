import { browser } from 'wxt/browser';

/**
 * Opens Tarjuma's panel for a tab: Chrome's side panel or Firefox's sidebar. Must be called inside
 * the user's action (toolbar click, shortcut, context menu) before any await, or the browser refuses.
 */
export function openPanel(tabId: number, windowId: number | undefined): void {
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  const chromePanel = (browser as unknown as { sidePanel?: { open(o: { tabId: number; windowId?: number }): Promise<void> } }).sidePanel;
  const opening = firefoxSidebar ? firefoxSidebar.open() : chromePanel?.open({ tabId, windowId });
  opening?.catch((err: unknown) => console.warn('Tarjuma: could not open the panel', err));
}
