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
export const LOOKUP_MENU_ID = 'tarjuma-look-up';
const TITLES: Record<Lang, string> = { en: en.glossary.menuAdd, ru: ru.glossary.menuAdd, tg: tg.glossary.menuAdd };
const LOOKUP_TITLES: Record<Lang, string> = { en: en.glossary.menuLookup, ru: ru.glossary.menuLookup, tg: tg.glossary.menuLookup };

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
      api.create({ id: LOOKUP_MENU_ID, title: LOOKUP_TITLES[uiLanguage], contexts: ['selection'] });
      api.create({ id: ADD_MENU_ID, title: TITLES[uiLanguage], contexts: ['selection'] });
    });
  });
  onSettingsChanged(({ uiLanguage }) => {
    void Promise.resolve(api.update(ADD_MENU_ID, { title: TITLES[uiLanguage] })).catch(() => undefined);
    void Promise.resolve(api.update(LOOKUP_MENU_ID, { title: LOOKUP_TITLES[uiLanguage] })).catch(() => undefined);
  });
  api.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_MENU_ID) addSelectionToGlossary(info.selectionText ?? '', tab);
    if (info.menuItemId === LOOKUP_MENU_ID) lookUpSelection(info.selectionText ?? '', tab);
  });
  // The end-to-end test runs the click path through this (Playwright cannot click a native context
  // menu, and onClicked cannot be dispatched); only code in the extension's own worker can reach it.
  (globalThis as { tarjumaAddSelectionToGlossary?: typeof addSelectionToGlossary }).tarjumaAddSelectionToGlossary = addSelectionToGlossary;
  (globalThis as { tarjumaLookUpSelection?: typeof lookUpSelection }).tarjumaLookUpSelection = lookUpSelection;
}

/** The menu's click: open the panel while the click still counts as a user gesture, then hand over the name. */
export function addSelectionToGlossary(selectionText: string, tab: MenuTab): Promise<void> {
  if (tab?.id !== undefined) openPanel(tab.id, tab.windowId);
  return requestPrefill(selectionText);
}


/** "Look up in Tarjuma": the panel shows the entries the selection names (any name or inflected form). */
export function lookUpSelection(selectionText: string, tab: MenuTab): Promise<void> {
  if (tab?.id !== undefined) openPanel(tab.id, tab.windowId);
  return requestPrefill(selectionText, 'lookup');
}
