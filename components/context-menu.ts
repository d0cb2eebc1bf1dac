import { browser } from 'wxt/browser';
import { openPanel } from './open-panel';
import en from '../locales/en.json';
import ru from '../locales/ru.json';
import tg from '../locales/tg.json';
import type { Lang } from '../core/glossary/types';
import { requestPrefill } from './glossary-prefill';
import { loadSettings, onSettingsChanged } from './settings';

/**
 * "Add to Tarjuma glossary" on a text selection: opens the panel with the Add form holding the
 * selected name, in the language it is written in. Registered by the background.
 */
export const ADD_MENU_ID = 'tarjuma-add-to-glossary';
const TITLES: Record<Lang, string> = { en: en.glossary.menuAdd, ru: ru.glossary.menuAdd, tg: tg.glossary.menuAdd };

type Menus = typeof browser.contextMenus;
type MenuTab = { id?: number; windowId?: number } | undefined;

function menus(): Menus | undefined {
  // Firefox calls it `menus`; both browsers know `contextMenus`.
  return browser.contextMenus ?? (browser as unknown as { menus?: Menus }).menus;
}

export function registerContextMenu(): void {
  const api = menus();
  if (!api) return;
  // Menu items persist across worker restarts; they are (re)created when the extension is installed
  // or updated, and retitled when the reader changes the interface language.
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings().then(async ({ uiLanguage }) => {
      await api.removeAll();
      api.create({ id: ADD_MENU_ID, title: TITLES[uiLanguage], contexts: ['selection'] });
    });
  });
  onSettingsChanged(({ uiLanguage }) => {
    void Promise.resolve(api.update(ADD_MENU_ID, { title: TITLES[uiLanguage] })).catch(() => undefined);
  });
  api.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_MENU_ID) addSelectionToGlossary(info.selectionText ?? '', tab);
  });
  // The end-to-end test runs the click path through this (Playwright cannot click a native context
  // menu, and onClicked cannot be dispatched); only code in the extension's own worker can reach it.
  (globalThis as { tarjumaAddSelectionToGlossary?: typeof addSelectionToGlossary }).tarjumaAddSelectionToGlossary = addSelectionToGlossary;
}

/** The menu's click: open the panel while the click still counts as a user gesture, then hand over the name. */
export function addSelectionToGlossary(selectionText: string, tab: MenuTab): Promise<void> {
  if (tab?.id !== undefined) openPanel(tab.id, tab.windowId);
  return requestPrefill(selectionText);
}

