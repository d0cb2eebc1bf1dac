import type { TFunction } from 'i18next';
import {
  abbreviations,
  displayName,
  formatDate,
  otherNames,
  sortedOffices,
  wikipediaUrl,
} from '../core/glossary/display';
import type { GlossaryEntry, Lang, Office } from '../core/glossary/types';
import { el } from './dom';

const LANG_LABEL: Record<Lang, string> = { en: 'EN', ru: 'RU', tg: 'TG' };

/** "since 9 March 2004" or "1994 – 2004", in the UI language. */
export function officeDates(office: Office, t: TFunction, uiLang: Lang): string {
  if (office.start && !office.end) return t('card.since', { date: formatDate(office.start, uiLang) });
  if (office.start && office.end) return t('card.range', { start: formatDate(office.start, uiLang), end: formatDate(office.end, uiLang) });
  if (office.end) return t('card.range', { start: '…', end: formatDate(office.end, uiLang) });
  return '';
}

/**
 * The body of a definition card: names in the three languages, offices with dates, description,
 * Wikipedia link and as-of date. Built with textContent only: glossary data (which may come from an
 * import) never becomes markup.
 */
export function renderEntityDetails(
  doc: Document,
  entry: GlossaryEntry,
  glossaryLang: Lang,
  uiLang: Lang,
  t: TFunction,
  options: { headingLevel?: 'h2' | 'h3' } = {},
): HTMLElement {
  const root = el(doc, 'div', `entity entity-${entry.kind}`);
  root.lang = glossaryLang === 'tg' ? 'tg' : glossaryLang;

  const kind = el(doc, 'p', 'entity-kind', t(`kind.${entry.kind}`));
  kind.lang = uiLang;
  root.append(kind);

  const name = el(doc, options.headingLevel ?? 'h2', 'entity-name', displayName(entry, glossaryLang));
  const abbr = abbreviations(entry, glossaryLang).filter((a) => a !== displayName(entry, glossaryLang));
  if (entry.kind === 'organization' && abbr.length > 0) name.append(el(doc, 'span', 'entity-abbr', ` (${abbr[0]})`));
  root.append(name);

  const others = el(doc, 'ul', 'entity-other-names');
  for (const { lang, name: otherName } of otherNames(entry, glossaryLang)) {
    const item = el(doc, 'li');
    item.append(el(doc, 'span', 'lang-tag', LANG_LABEL[lang]), el(doc, 'span', undefined, otherName));
    item.lang = lang;
    others.append(item);
  }
  if (others.childElementCount > 0) root.append(others);

  const former = entry.formerNames?.[glossaryLang] ?? [];
  if (former.length > 0) root.append(el(doc, 'p', 'entity-former', t('card.formerly', { names: former.join(', ') })));

  const offices = sortedOffices(entry);
  if (offices.length > 0) {
    const list = el(doc, 'ul', 'entity-offices');
    for (const office of offices.slice(0, 3)) {
      const item = el(doc, 'li', office.end ? 'office office-former' : 'office office-current');
      item.append(el(doc, 'span', 'office-title', office.title[glossaryLang]));
      const dates = officeDates(office, t, uiLang);
      if (dates) item.append(el(doc, 'span', 'office-dates', dates));
      if (office.uncertain) item.append(el(doc, 'span', 'office-uncertain', t('card.uncertain')));
      list.append(item);
    }
    root.append(list);
  }

  root.append(el(doc, 'p', 'entity-description', entry.description[glossaryLang]));

  const footer = el(doc, 'p', 'entity-footer');
  const url = wikipediaUrl(entry, glossaryLang);
  if (url) {
    const link = el(doc, 'a', 'entity-wikipedia', t('card.wikipedia'));
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    footer.append(link);
  }
  footer.append(el(doc, 'span', 'entity-asof', t('card.asOf', { date: formatDate(entry.asOf, uiLang) })));
  root.append(footer);
  return root;
}
