import type { Lang } from '../core/glossary/types';
import { isLang } from '../core/glossary/validate';

/** The UI language for a browser language tag: ours when it is one of the three, else English. */
export function uiLanguageFor(browserLanguage: string | undefined): Lang {
  const base = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : 'en';
}
