import type { i18n as I18n, TFunction } from 'i18next';

/**
 * The few UI strings a hover card uses. The background resolves them with i18next for the reader's
 * UI language and sends them with the card's entry, so the injected script carries no i18n library
 * and no locale files.
 */
export const CARD_STRING_KEYS = [
  'card.since', 'card.range', 'card.asOf', 'card.wikipedia', 'card.formerly', 'card.former', 'card.uncertain',
  'card.close', 'card.members', 'kind.person', 'kind.organization',
] as const;

export type CardStrings = Record<string, string>;

/** The raw templates (placeholders kept: they are filled in the page, per card), English where missing. */
export function resolveCardStrings(i18n: I18n, lang: string): CardStrings {
  const raw = (l: string, key: string) => i18n.getResource(l, 'translation', key) as string | undefined;
  return Object.fromEntries(CARD_STRING_KEYS.map((key) => [key, raw(lang, key) ?? raw('en', key) ?? key]));
}

/** A `t` over resolved strings: `{{name}}` placeholders filled from the values given. */
export function translatorFromStrings(strings: CardStrings): TFunction {
  const t = (key: string, values?: Record<string, unknown>) =>
    (strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values?.[name] ?? ''));
  return t as unknown as TFunction;
}
