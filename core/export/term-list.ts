/**
 * The article's term list, for translation: the entities one article mentions, with their names and
 * offices in English, Russian and Tajik, as a clipboard table (tab-separated text plus an HTML table
 * for rich paste), CSV, TBX and Markdown. Pure functions: the panel passes the article's entities
 * (analyzeText's `entities`) and the glossary entries, and gets strings back.
 */
import type { Discovery } from '../discovery/types';
import { displayName, sortedOffices } from '../glossary/display';
import { LANGS, type EntityKind, type GlossaryEntry, type Lang, type PerLang } from '../glossary/types';
import { csvCell, escapeHtml, escapeMarkdownCell, escapeXml, tsvCell } from './escape';

/** One entity of the article, as analyzeText counts them (EntityCount fits). */
export interface ArticleEntity {
  id: string;
  count: number;
  /** Offset of the first mention in the article text. */
  firstAt: number;
}

export type TermSort = 'appearance' | 'kind' | 'name';

export interface TermListOptions {
  /** Order of appearance (default), kind (people first, then by appearance), or name. */
  sort?: TermSort;
  /** The language whose names are compared when sorting by name (default en). */
  nameLang?: Lang;
}

/** One row of the term list. */
export interface TermRow {
  id: string;
  kind: EntityKind;
  /** The canonical name per language ("" where the glossary has none). */
  names: PerLang<string>;
  /** The current office (or the latest one) per language; "" when there is none. */
  offices: PerLang<string>;
  mentions: number;
  firstAt: number;
  /** The glossary entry's as-of date; "" for a name found in the article but not in the glossary. */
  asOf: string;
  /** Found in the article by core/discovery, not in the glossary: only the article's language is known. */
  notInGlossary?: boolean;
}

export type TermColumn = 'kind' | 'nameEn' | 'nameRu' | 'nameTg' | 'officeEn' | 'officeRu' | 'officeTg' | 'mentions' | 'asOf';

export const TERM_COLUMNS: readonly TermColumn[] = ['kind', 'nameEn', 'nameRu', 'nameTg', 'officeEn', 'officeRu', 'officeTg', 'mentions', 'asOf'];

/** Column headings of the CSV file (fixed, English), and the default headings of the other formats. */
export const CSV_HEADINGS: Record<TermColumn, string> = {
  kind: 'kind',
  nameEn: 'English name',
  nameRu: 'Russian name',
  nameTg: 'Tajik name',
  officeEn: 'English office',
  officeRu: 'Russian office',
  officeTg: 'Tajik office',
  mentions: 'mentions',
  asOf: 'asOf',
};

/** Headings and kind names in the reader's UI language, for the clipboard table and Markdown. */
export interface TermLabels {
  columns?: Partial<Record<TermColumn, string>>;
  kinds?: Partial<Record<EntityKind, string>>;
}

const COLUMN_LANG: Partial<Record<TermColumn, Lang>> = {
  nameEn: 'en', nameRu: 'ru', nameTg: 'tg', officeEn: 'en', officeRu: 'ru', officeTg: 'tg',
};

/**
 * The rows of the term list: one per entity the glossary has (entities it lacks are left out),
 * sorted as asked; ties keep the order of appearance.
 */
export function buildTermRows(
  entities: readonly ArticleEntity[],
  entries: readonly GlossaryEntry[] | ReadonlyMap<string, GlossaryEntry>,
  options: TermListOptions = {},
): TermRow[] {
  const byId: ReadonlyMap<string, GlossaryEntry> = isMap(entries) ? entries : new Map(entries.map((e) => [e.id, e]));
  const rows: TermRow[] = [];
  for (const entity of entities) {
    const entry = byId.get(entity.id);
    if (!entry) continue;
    const office = sortedOffices(entry)[0];
    rows.push({
      id: entry.id,
      kind: entry.kind,
      names: perLang((lang) => (entry.names[lang]?.[0] ? displayName(entry, lang) : '')),
      offices: perLang((lang) => office?.title[lang] ?? ''),
      mentions: entity.count,
      firstAt: entity.firstAt,
      asOf: entry.asOf,
    });
  }
  return sortTermRows(rows, options);
}

/**
 * Rows for the names core/discovery found that the glossary lacks ("Not in the glossary"), so a
 * translator's list has them too: one row per kind and name (a surname repeated later counts with
 * the full name), the name and office only in the article's language.
 */
export function discoveryTermRows(found: readonly Discovery[], lang: Lang, options: TermListOptions = {}): TermRow[] {
  const byName = new Map<string, TermRow>();
  for (const d of found) {
    const name = d.suggestedNames[lang] ?? d.text;
    const key = `${d.kind}\u0000${name.toLocaleLowerCase()}`;
    const row = byName.get(key);
    if (row) {
      row.mentions++;
      if (!row.offices[lang] && d.suggestedOffice?.[lang]) row.offices[lang] = d.suggestedOffice[lang]!;
      continue;
    }
    byName.set(key, {
      id: `new-${byName.size + 1}`,
      kind: d.kind,
      names: perLang((l) => (l === lang ? name : '')),
      offices: perLang((l) => (l === lang ? (d.suggestedOffice?.[lang] ?? '') : '')),
      mentions: 1,
      firstAt: d.start,
      asOf: '',
      notInGlossary: true,
    });
  }
  return sortTermRows([...byName.values()], options);
}

export function sortTermRows(rows: readonly TermRow[], options: TermListOptions = {}): TermRow[] {
  const byAppearance = (a: TermRow, b: TermRow) => a.firstAt - b.firstAt || a.id.localeCompare(b.id);
  const sort = options.sort ?? 'appearance';
  if (sort === 'kind') {
    const rank = (k: EntityKind) => (k === 'person' ? 0 : 1);
    return [...rows].sort((a, b) => rank(a.kind) - rank(b.kind) || byAppearance(a, b));
  }
  if (sort === 'name') {
    const lang = options.nameLang ?? 'en';
    const collator = nameCollator(lang);
    // A row without a name in that language sorts by its English name, after the named ones.
    const key = (r: TermRow) => r.names[lang] || r.names.en;
    return [...rows].sort((a, b) => Number(!a.names[lang]) - Number(!b.names[lang]) || collator.compare(key(a), key(b)) || byAppearance(a, b));
  }
  return [...rows].sort(byAppearance);
}

/**
 * Russian and English have their own collations; for Tajik, whose letters (ғ ӣ қ ӯ ҳ ҷ) the
 * browsers' Russian rules put in odd places, the root collation (CLDR's default order) is used.
 */
export function nameCollator(lang: Lang): Intl.Collator {
  const locale = lang === 'tg' ? 'und' : lang;
  return new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
}

function cellValue(row: TermRow, column: TermColumn, labels?: TermLabels): string {
  switch (column) {
    case 'kind':
      return labels?.kinds?.[row.kind] ?? row.kind;
    case 'nameEn':
      return row.names.en;
    case 'nameRu':
      return row.names.ru;
    case 'nameTg':
      return row.names.tg;
    case 'officeEn':
      return row.offices.en;
    case 'officeRu':
      return row.offices.ru;
    case 'officeTg':
      return row.offices.tg;
    case 'mentions':
      return String(row.mentions);
    case 'asOf':
      return row.asOf;
  }
}

function headings(labels?: TermLabels): string[] {
  return TERM_COLUMNS.map((c) => labels?.columns?.[c] ?? CSV_HEADINGS[c]);
}

/** Plain text for the clipboard: tab-separated, a heading line, LF line ends (spreadsheets and editors paste it as a table). */
export function termListTsv(rows: readonly TermRow[], labels?: TermLabels): string {
  const lines = [headings(labels).map(tsvCell).join('\t')];
  for (const row of rows) lines.push(TERM_COLUMNS.map((c) => tsvCell(cellValue(row, c, labels))).join('\t'));
  return lines.join('\n') + '\n';
}

/** The same table as HTML, for the clipboard's text/html (word processors paste it as a table). Everything is escaped. */
export function termListHtml(rows: readonly TermRow[], labels?: TermLabels): string {
  const head = headings(labels).map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = TERM_COLUMNS.map((c) => {
        const lang = COLUMN_LANG[c];
        return `<td${lang ? ` lang="${lang}"` : ''}>${escapeHtml(cellValue(row, c, labels))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export interface CsvOptions {
  /** Start with a byte-order mark so spreadsheets read the file as UTF-8 (default true). */
  bom?: boolean;
}

/** CSV (RFC 4180: CRLF line ends, quoted fields, "" inside quotes), UTF-8, fixed English headings. */
export function termListCsv(rows: readonly TermRow[], options: CsvOptions = {}): string {
  const lines = [TERM_COLUMNS.map((c) => csvCell(CSV_HEADINGS[c])).join(',')];
  for (const row of rows) lines.push(TERM_COLUMNS.map((c) => csvCell(cellValue(row, c))).join(','));
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

/** A Markdown (GFM) table; pipes, backslashes and inline markup in cells are escaped. */
export function termListMarkdown(rows: readonly TermRow[], labels?: TermLabels): string {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  const lines = [line(headings(labels)), `|${TERM_COLUMNS.map((c) => (c === 'mentions' ? ' ---: ' : ' --- ')).join('|')}|`];
  for (const row of rows) lines.push(line(TERM_COLUMNS.map((c) => cellValue(row, c, labels))));
  return lines.join('\n') + '\n';
}

export interface TbxOptions {
  title?: string;
  /** The article's address, noted in the header. */
  source?: string;
  /** ISO date of the export, noted in the header. */
  exported?: string;
}

/**
 * TBX (TermBase eXchange, ISO 30042, TBX-Basic dialect in DCA style): one conceptEntry per entity,
 * a langSec for each of en, ru, tg that has a name, the name as the preferred term and the office
 * as a note; the mention count is a note on the concept, the as-of date its transaction date.
 */
export function termListTbx(rows: readonly TermRow[], options: TbxOptions = {}): string {
  const about = [
    'Terms of one article, exported by Tarjuma',
    options.source ? ` from ${options.source}` : '',
    options.exported ? ` on ${options.exported}` : '',
    ': officials and organizations in English, Russian and Tajik.',
  ].join('');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>${escapeXml(options.title ?? 'Tarjuma article terms')}</title></titleStmt>`,
    `      <sourceDesc><p>${escapeXml(about)}</p></sourceDesc>`,
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const row of rows) {
    out.push(`      <conceptEntry id="${escapeXml(`c-${row.id}`)}">`);
    out.push(`        <descrip type="subjectField">${row.kind === 'person' ? 'person' : 'organization'}</descrip>`);
    out.push(`        <note>${escapeXml(`mentions in the article: ${row.mentions}`)}</note>`);
    if (row.notInGlossary) out.push('        <note>not in the glossary: found in the article, unverified</note>');
    if (row.asOf) {
      out.push('        <transacGrp>', '          <transac type="transactionType">modification</transac>', `          <date>${escapeXml(row.asOf)}</date>`, '        </transacGrp>');
    }
    for (const lang of LANGS) {
      if (!row.names[lang]) continue;
      out.push(`        <langSec xml:lang="${lang}">`);
      if (row.offices[lang]) out.push(`          <note>${escapeXml(row.offices[lang])}</note>`);
      out.push(
        '          <termSec>',
        `            <term>${escapeXml(row.names[lang])}</term>`,
        '            <termNote type="termType">fullForm</termNote>',
        '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
        '          </termSec>',
        '        </langSec>',
      );
    }
    out.push('      </conceptEntry>');
  }
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}

export type TermListFormat = 'tsv' | 'html' | 'csv' | 'tbx' | 'markdown';

export interface TermListFile {
  content: string;
  mimeType: string;
  fileName: string;
}

export interface TermListFileOptions extends TbxOptions {
  /** The file name without extension (default "tarjuma-terms"); unsafe characters are replaced. */
  baseName?: string;
  labels?: TermLabels;
}

const FORMATS: Record<TermListFormat, { ext: string; mimeType: string }> = {
  tsv: { ext: 'tsv', mimeType: 'text/tab-separated-values;charset=utf-8' },
  html: { ext: 'html', mimeType: 'text/html;charset=utf-8' },
  csv: { ext: 'csv', mimeType: 'text/csv;charset=utf-8' },
  tbx: { ext: 'tbx', mimeType: 'application/x-tbx+xml' },
  markdown: { ext: 'md', mimeType: 'text/markdown;charset=utf-8' },
};

/** One format as a file to download (content, MIME type, file name). */
export function termListFile(rows: readonly TermRow[], format: TermListFormat, options: TermListFileOptions = {}): TermListFile {
  const content =
    format === 'tsv'
      ? termListTsv(rows, options.labels)
      : format === 'html'
        ? termListHtml(rows, options.labels)
        : format === 'csv'
          ? termListCsv(rows)
          : format === 'tbx'
            ? termListTbx(rows, options)
            : termListMarkdown(rows, options.labels);
  const base = (options.baseName ?? 'tarjuma-terms').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'tarjuma-terms';
  return { content, mimeType: FORMATS[format].mimeType, fileName: `${base.slice(0, 80)}.${FORMATS[format].ext}` };
}

/** What the clipboard gets: text/plain (tab-separated) and text/html (a table). */
export function termListClipboard(rows: readonly TermRow[], labels?: TermLabels): { text: string; html: string } {
  return { text: termListTsv(rows, labels), html: termListHtml(rows, labels) };
}

function perLang<T>(f: (lang: Lang) => T): PerLang<T> {
  return { en: f('en'), ru: f('ru'), tg: f('tg') };
}

function isMap(x: unknown): x is ReadonlyMap<string, GlossaryEntry> {
  return x instanceof Map;
}
