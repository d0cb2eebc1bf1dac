import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import ru from '../../locales/ru.json';
import tg from '../../locales/tg.json';
import { uiLanguageFor } from '../../components/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const locales = { en, ru, tg } as Record<string, Tree>;
const keys = Object.fromEntries(Object.entries(locales).map(([lang, tree]) => [lang, flatten(tree)]));
const baseKeys = (lang: string) => new Set([...keys[lang]!.keys()].map((k) => k.replace(PLURAL, '')));

describe('UI strings', () => {
  it.each(['ru', 'tg'])('%s has every key English has, and no other', (lang) => {
    expect([...baseKeys(lang)].sort()).toEqual([...baseKeys('en')].sort());
  });

  it.each(['en', 'ru', 'tg'])('%s has every plural form its language needs', (lang) => {
    // Chrome has no Tajik plural rules; Tajik nouns after numerals do not inflect (one/other suffice).
    const categories = new Intl.PluralRules(lang === 'tg' ? 'en' : lang).resolvedOptions().pluralCategories;
    const plural = [...keys[lang]!.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''));
    for (const base of new Set(plural)) {
      for (const category of categories) expect(keys[lang]!.has(`${base}_${category}`), `${lang}: ${base}_${category}`).toBe(true);
    }
  });

  it.each(['en', 'ru', 'tg'])('%s uses the same placeholders as English', (lang) => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of keys.en!) {
      const base = key.replace(PLURAL, '');
      const other = keys[lang]!.get(key) ?? keys[lang]!.get(`${base}_other`);
      expect(other, `${lang}: ${key}`).toBeDefined();
      expect(placeholders(other!), `${lang}: ${key}`).toEqual(placeholders(value));
    }
  });

  it('Tajik strings use Tajik letters, not the Russian-only ones', () => {
    for (const [key, value] of keys.tg!) expect(/[цщыь]/i.test(value.replace(/Tarjuma|PDF|JSON|ISO|chrome:\/\//g, '')), key).toBe(false);
  });

  it.each([
    ['ru-RU', 'ru'],
    ['tg-TJ', 'tg'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('browser language %s gives UI language %s', (browserLang, expected) => {
    expect(uiLanguageFor(browserLang)).toBe(expected);
  });
});
