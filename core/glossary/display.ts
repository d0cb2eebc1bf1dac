import { LANGS, type GlossaryEntry, type Lang, type Office } from './types';

/** The entry's name in a language: its canonical (first) name there. */
export function displayName(entry: GlossaryEntry, lang: Lang): string {
  return entry.names[lang]?.[0] ?? entry.names.en[0] ?? entry.id;
}

/** The canonical names in the two other languages, skipping any that read the same. */
export function otherNames(entry: GlossaryEntry, lang: Lang): Array<{ lang: Lang; name: string }> {
  const main = displayName(entry, lang);
  const out: Array<{ lang: Lang; name: string }> = [];
  for (const other of LANGS) {
    if (other === lang) continue;
    const name = displayName(entry, other);
    if (name !== main && !out.some((o) => o.name === name)) out.push({ lang: other, name });
  }
  return out;
}

/** Abbreviations among an organization's names in a language (CSTO, ОДКБ, СААД). */
export function abbreviations(entry: GlossaryEntry, lang: Lang): string[] {
  return (entry.names[lang] ?? []).filter((n) => /^[\p{Lu}\d-]{2,8}$/u.test(n));
}

/** Offices in display order: current ones first, then former ones, latest first. */
export function sortedOffices(entry: GlossaryEntry): Office[] {
  return [...(entry.offices ?? [])].sort((a, b) => {
    if (!a.end !== !b.end) return a.end ? 1 : -1;
    return (b.start ?? '').localeCompare(a.start ?? '');
  });
}

export function isCurrent(office: Office): boolean {
  return !office.end;
}

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  // Genitive, as in "7 июня 2023 г."
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  // Tajik month names as Tajik news writes them ("22 сентябр"); Intl has no Tajik data in Chrome.
  tg: ['январ', 'феврал', 'март', 'апрел', 'май', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'],
};

const MONTHS_NOMINATIVE_RU = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** Formats an ISO date of any precision (2023, 2023-06, 2023-06-07) for reading in a language. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  const month = m ? Number(m) - 1 : -1;
  if (!m) return lang === 'ru' ? `${y} г.` : lang === 'tg' ? `соли ${y}` : y!;
  if (!d) {
    if (lang === 'en') return `${MONTHS.en[month]} ${y}`;
    if (lang === 'ru') return `${MONTHS_NOMINATIVE_RU[month]} ${y} г.`;
    return `${MONTHS.tg[month]}и ${y}`;
  }
  const day = Number(d);
  if (lang === 'en') return `${day} ${MONTHS.en[month]} ${y}`;
  if (lang === 'ru') return `${day} ${MONTHS.ru[month]} ${y} г.`;
  return `${day} ${MONTHS.tg[month]}и ${y}`;
}

/** The Wikipedia address for the entry in a language, only where an article is recorded. */
export function wikipediaUrl(entry: GlossaryEntry, lang: Lang): string | undefined {
  const title = entry.wikipedia?.[lang];
  if (!title) return undefined;
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}
