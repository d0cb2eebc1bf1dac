import i18next, { type i18n as I18n } from 'i18next';
import en from '../locales/en.json';
import ru from '../locales/ru.json';
import tg from '../locales/tg.json';
import type { Lang } from '../core/glossary/types';

export { uiLanguageFor } from './ui-language';

export const UI_RESOURCES = { en, ru, tg } as const;

/** A separate i18next instance per UI (panel, card), so changing one never surprises another. */
export async function createTranslator(lang: Lang): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: {
      en: { translation: UI_RESOURCES.en },
      ru: { translation: UI_RESOURCES.ru },
      tg: { translation: UI_RESOURCES.tg },
    },
    interpolation: { escapeValue: false }, // we only ever set textContent, never innerHTML
    returnNull: false,
  });
  return instance;
}
