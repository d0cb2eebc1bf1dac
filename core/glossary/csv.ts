/**
 * The glossary as CSV: one row per entry, one column per language and field. Column names are the
 * validator's field paths (names.en, description.tg, offices[0].title.ru), so a message about a
 * field names the column to look at. Lists (names, aliases, members, related) share a cell,
 * joined with " | "; a "|" or "\" inside a name is written "\|" or "\\".
 */
import { readCsv, guessDelimiter, writeCsv } from './csv-format';
import { LANGS, type GlossaryEntry, type Lang } from './types';
import { validateGlossary, type ValidationIssue } from './validate';

const LIST_PER_LANG = ['names', 'formerNames'] as const;
const TEXT_PER_LANG = ['description', 'wikipedia'] as const;
const OFFICE_FIELDS = ['title.en', 'title.ru', 'title.tg', 'start', 'end', 'uncertain'] as const;
const OFFICE_COLUMN = /^offices\[(\d{1,3})\]\.(title\.(?:en|ru|tg)|start|end|uncertain)$/;

/** The columns of an export holding up to `offices` offices per entry, in order. */
export function csvColumns(offices: number): string[] {
  const perLang = (field: string) => LANGS.map((l) => `${field}.${l}`);
  const officeColumns: string[] = [];
  for (let i = 0; i < offices; i++) for (const f of OFFICE_FIELDS) officeColumns.push(`offices[${i}].${f}`);
  return [
    'id', 'kind', ...perLang('names'), ...perLang('formerNames'), ...perLang('description'), ...officeColumns,
    'country', 'members', 'related', ...perLang('wikipedia'), 'wikidata', 'asOf', 'uncertain',
  ];
}

const FIXED_COLUMNS = new Set(csvColumns(0));
const isKnownColumn = (c: string) => FIXED_COLUMNS.has(c) || OFFICE_COLUMN.test(c);

// Spreadsheets run a cell starting with = + - @ as a formula: such cells get a leading apostrophe
// on export (as OWASP advises), which the import takes off again.
const FORMULA = /^'*[=+\-@\t\r]/;
const guard = (v: string) => (FORMULA.test(v) ? `'${v}` : v);
const unguard = (v: string) => (/^'+[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

export function joinList(items: readonly string[]): string {
  return items.map((s) => s.replace(/[\\|]/g, (c) => `\\${c}`)).join(' | ');
}

export function splitList(cell: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) current += cell[++i];
    else if (c === '|') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** Entries as CSV text (with BOM, CRLF). The `source` marker is not part of the file. */
export function entriesToCsv(entries: readonly GlossaryEntry[]): string {
  const offices = Math.max(1, ...entries.map((e) => e.offices?.length ?? 0));
  const columns = csvColumns(offices);
  const rows = entries.map((e) => columns.map((c) => guard(cellOf(e, c))));
  return writeCsv([columns, ...rows]);
}

function cellOf(e: GlossaryEntry, column: string): string {
  const office = OFFICE_COLUMN.exec(column);
  if (office) {
    const o = e.offices?.[Number(office[1])];
    if (!o) return '';
    const f = office[2]!;
    if (f.startsWith('title.')) return o.title[f.slice(6) as Lang] ?? '';
    if (f === 'uncertain') return o.uncertain === undefined ? '' : String(o.uncertain);
    return o[f as 'start' | 'end'] ?? '';
  }
  const [field, lang] = column.split('.') as [string, Lang | undefined];
  if (lang) {
    const group = (e as unknown as Record<string, Partial<Record<Lang, string | string[]>> | undefined>)[field];
    const value = group?.[lang];
    return Array.isArray(value) ? joinList(value) : value ?? '';
  }
  if (field === 'members' || field === 'related') return joinList(e[field] ?? []);
  const value = (e as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : '';
}

export interface CsvImport {
  /** Entries built from the rows, not yet validated (validateGlossary does that). */
  data: unknown[];
  /** The spreadsheet row of each entry (the header is row 1). */
  rows: number[];
  /** For each entry, the column index of each office it got (an empty office column is skipped). */
  officeColumns: number[][];
  issues: ValidationIssue[];
}

/** Reads CSV rows into entry objects. Problems with the file's shape come back as issues. */
export function csvToData(text: string): CsvImport {
  const delimiter = guessDelimiter(text, FIXED_COLUMNS);
  const { records, unclosedQuoteAt } = readCsv(text, delimiter);
  const empty: CsvImport = { data: [], rows: [], officeColumns: [], issues: [] };
  if (unclosedQuoteAt !== undefined) return { ...empty, issues: [{ row: unclosedQuoteAt, field: '', code: 'csvUnclosedQuote' }] };
  const [head, ...body] = records;
  if (!head || head.cells.every((c) => c.trim() === '')) return { ...empty, issues: [{ row: 0, field: '', code: 'csvEmpty' }] };

  const columns = head.cells.map((c) => c.trim());
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  columns.forEach((c) => {
    if (c === '') issues.push({ row: head.row, field: '', code: 'csvEmptyColumn' });
    else if (!isKnownColumn(c)) issues.push({ row: head.row, field: c, code: 'csvUnknownColumn', detail: c });
    else if (seen.has(c)) issues.push({ row: head.row, field: c, code: 'csvDuplicateColumn', detail: c });
    seen.add(c);
  });
  if (!seen.has('id')) issues.push({ row: head.row, field: 'id', code: 'csvMissingColumn', detail: 'id' });
  if (issues.length > 0) return { ...empty, issues };

  const out: CsvImport = { ...empty };
  for (const record of body) {
    if (record.cells.every((c) => c.trim() === '')) continue; // blank line
    if (record.cells.length > columns.length && record.cells.slice(columns.length).some((c) => c.trim() !== '')) {
      issues.push({ row: record.row, field: '', code: 'csvExtraCells', detail: String(columns.length) });
      continue;
    }
    const { entry, offices } = rowToEntry(columns, record.cells, (field, code) => issues.push({ row: record.row, field, code }));
    out.data.push(entry);
    out.rows.push(record.row);
    out.officeColumns.push(offices);
  }
  return { ...out, issues };
}

function rowToEntry(
  columns: string[],
  cells: string[],
  report: (field: string, code: 'csvBadBoolean') => void,
): { entry: Record<string, unknown>; offices: number[] } {
  const entry: Record<string, unknown> = {};
  const offices = new Map<number, Record<string, unknown>>();
  const perLang = (field: string) => (entry[field] ??= {}) as Record<string, unknown>;
  columns.forEach((column, i) => {
    const value = unguard((cells[i] ?? '').trim());
    const office = OFFICE_COLUMN.exec(column);
    if (office) {
      if (value === '') return;
      const index = Number(office[1]);
      const o = offices.get(index) ?? {};
      offices.set(index, o);
      const f = office[2]!;
      if (f.startsWith('title.')) ((o.title ??= {}) as Record<string, string>)[f.slice(6)] = value;
      else if (f === 'uncertain') {
        if (/^(true|yes|1)$/i.test(value)) o.uncertain = true;
        else if (/^(false|no|0)$/i.test(value)) o.uncertain = false;
        else report(column, 'csvBadBoolean');
      } else o[f] = value;
      return;
    }
    const [field, lang] = column.split('.') as [string, string | undefined];
    if ((LIST_PER_LANG as readonly string[]).includes(field)) {
      // names.xx is required: an empty cell becomes an empty list, which the validator reports.
      if (value !== '' || field === 'names') perLang(field)[lang!] = splitList(value);
    } else if ((TEXT_PER_LANG as readonly string[]).includes(field)) {
      if (value !== '') perLang(field)[lang!] = value;
      else if (field === 'description') perLang(field);
    } else if (field === 'members' || field === 'related') {
      if (value !== '') entry[field] = splitList(value);
    } else if (value !== '') entry[field] = value;
  });
  // Per-language fields always exist, so a missing column is reported by its name (names.tg).
  entry.names ??= {};
  entry.description ??= {};
  const order = [...offices.keys()].sort((a, b) => a - b);
  if (order.length > 0) entry.offices = order.map((k) => ({ title: {}, ...offices.get(k) }));
  return { entry, offices: order };
}

/**
 * Parses and validates a CSV import. Row numbers are spreadsheet rows (the header is row 1) and
 * fields are column names.
 */
export function parseCsvGlossary(text: string, knownIds: ReadonlySet<string>): { entries: GlossaryEntry[]; issues: ValidationIssue[] } {
  const parsed = csvToData(text);
  const structural = parsed.issues.filter((i) => i.code !== 'csvBadBoolean');
  if (structural.length > 0) return { entries: [], issues: parsed.issues };
  const result = validateGlossary(parsed.data, knownIds);
  const fromValidator = result.issues.map((issue) => {
    if (issue.row === 0) return issue;
    const index = issue.row - 1;
    const field = issue.field.replace(/^offices\[(\d+)\]/, (_, j: string) => `offices[${parsed.officeColumns[index]?.[Number(j)] ?? j}]`);
    return { ...issue, row: parsed.rows[index] ?? issue.row, field };
  });
  const issues = [...parsed.issues, ...fromValidator].sort((a, b) => a.row - b.row);
  return { entries: issues.length === 0 ? result.entries : [], issues };
}
