import { LANGS, type GlossaryEntry, type Lang } from './types';

/**
 * One problem found in glossary data. `code` selects the localized message (locales/*.json under
 * "validation.<code>"); `row` is the 1-based position of the entry in the file, `field` a path.
 */
export interface ValidationIssue {
  row: number;
  field: string;
  code: ValidationCode;
  /** Extra values for the message (the offending id, the letter found…). */
  detail?: string;
}

export type ValidationCode =
  | 'notArray'
  | 'notObject'
  | 'missing'
  | 'wrongType'
  | 'empty'
  | 'badId'
  | 'duplicateId'
  | 'badKind'
  | 'badDate'
  | 'badCountry'
  | 'badWikidata'
  | 'unknownRelated'
  | 'nonTajikLetter'
  | 'tooLong'
  | 'markup'
  | 'unknownField'
  | 'tooMany'
  // Import files (core/glossary/import.ts, csv.ts)
  | 'fileTooLarge'
  | 'csvEmpty'
  | 'csvUnclosedQuote'
  | 'csvEmptyColumn'
  | 'csvUnknownColumn'
  | 'csvDuplicateColumn'
  | 'csvMissingColumn'
  | 'csvExtraCells'
  | 'csvBadBoolean';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
const COUNTRY = /^[A-Z]{2}$/;
const WIKIDATA = /^Q[1-9]\d*$/;
const MARKUP = /<[a-z!/?]|javascript:/i;
// Letters abolished in Tajik in 1998; allowed only inside foreign proper names, which a machine
// cannot tell apart, so only descriptions and office titles are checked.
const NON_TAJIK = /[цщыь]/i;
const MAX_TEXT = 1000;
export const MAX_ENTRIES = 200_000;

const KNOWN_FIELDS = new Set([
  'id', 'kind', 'names', 'formerNames', 'offices', 'description', 'country', 'members', 'related',
  'wikipedia', 'wikidata', 'asOf', 'uncertain', 'source',
]);

export interface ValidationResult {
  entries: GlossaryEntry[];
  issues: ValidationIssue[];
}

/**
 * Checks glossary data row by row. `knownIds` are ids that `related` may point to besides the
 * file's own (the built-in glossary, when checking an import). Returns the entries only when there
 * is no issue: an import is all or nothing.
 */
export function validateGlossary(data: unknown, knownIds: ReadonlySet<string> = new Set()): ValidationResult {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(data)) return { entries: [], issues: [{ row: 0, field: '', code: 'notArray' }] };
  if (data.length > MAX_ENTRIES) return { entries: [], issues: [{ row: 0, field: '', code: 'tooMany', detail: String(MAX_ENTRIES) }] };
  const seen = new Map<string, number>();
  data.forEach((raw, i) => checkEntry(raw, i + 1, issues, seen));
  const ids = new Set([...knownIds, ...seen.keys()]);
  data.forEach((raw, i) => {
    if (!isObject(raw) || !Array.isArray(raw.related)) return;
    raw.related.forEach((rel, j) => {
      if (typeof rel === 'string' && !ids.has(rel)) issues.push({ row: i + 1, field: `related[${j}]`, code: 'unknownRelated', detail: rel });
    });
  });
  return { entries: issues.length === 0 ? (data as GlossaryEntry[]) : [], issues };
}

function checkEntry(raw: unknown, row: number, issues: ValidationIssue[], seen: Map<string, number>): void {
  const add = (field: string, code: ValidationCode, detail?: string): void => {
    issues.push({ row, field, code, detail });
  };
  if (!isObject(raw)) return add('', 'notObject');
  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS.has(key)) add(key, 'unknownField');

  if (typeof raw.id !== 'string') add('id', raw.id === undefined ? 'missing' : 'wrongType');
  else if (!ID.test(raw.id)) add('id', 'badId', raw.id);
  else if (seen.has(raw.id)) add('id', 'duplicateId', raw.id);
  else seen.set(raw.id, row);

  if (raw.kind !== 'person' && raw.kind !== 'organization') add('kind', raw.kind === undefined ? 'missing' : 'badKind');

  checkPerLangList(raw.names, 'names', true, add);
  if (raw.formerNames !== undefined) checkPerLangList(raw.formerNames, 'formerNames', false, add);
  checkPerLangText(raw.description, 'description', add);

  if (raw.offices !== undefined) {
    if (!Array.isArray(raw.offices)) add('offices', 'wrongType');
    else
      raw.offices.forEach((office, j) => {
        const f = `offices[${j}]`;
        if (!isObject(office)) return add(f, 'notObject');
        checkPerLangText(office.title, `${f}.title`, add);
        for (const d of ['start', 'end'] as const) {
          if (office[d] !== undefined && (typeof office[d] !== 'string' || !DATE.test(office[d]))) add(`${f}.${d}`, 'badDate');
        }
        if (office.uncertain !== undefined && typeof office.uncertain !== 'boolean') add(`${f}.uncertain`, 'wrongType');
      });
  }

  if (raw.country !== undefined && (typeof raw.country !== 'string' || !COUNTRY.test(raw.country))) add('country', 'badCountry');
  if (raw.members !== undefined) {
    if (!Array.isArray(raw.members)) add('members', 'wrongType');
    else raw.members.forEach((m, j) => {
      if (typeof m !== 'string' || !COUNTRY.test(m)) add(`members[${j}]`, 'badCountry');
    });
  }
  if (raw.related !== undefined && (!Array.isArray(raw.related) || raw.related.some((r) => typeof r !== 'string'))) add('related', 'wrongType');
  if (raw.wikipedia !== undefined) {
    if (!isObject(raw.wikipedia)) add('wikipedia', 'wrongType');
    else for (const [lang, title] of Object.entries(raw.wikipedia)) {
      if (!(LANGS as readonly string[]).includes(lang)) add(`wikipedia.${lang}`, 'unknownField');
      else checkText(title, `wikipedia.${lang}`, add);
    }
  }
  if (raw.wikidata !== undefined && (typeof raw.wikidata !== 'string' || !WIKIDATA.test(raw.wikidata))) add('wikidata', 'badWikidata');
  if (typeof raw.asOf !== 'string') add('asOf', raw.asOf === undefined ? 'missing' : 'wrongType');
  else if (!DATE.test(raw.asOf)) add('asOf', 'badDate');
  if (raw.uncertain !== undefined) checkText(raw.uncertain, 'uncertain', add);
  if (raw.source !== undefined && raw.source !== 'builtin' && raw.source !== 'user') add('source', 'wrongType');
}

type Add = (field: string, code: ValidationCode, detail?: string) => void;

function checkPerLangList(value: unknown, field: string, required: boolean, add: Add): void {
  if (!isObject(value)) return add(field, value === undefined ? 'missing' : 'wrongType');
  for (const lang of LANGS) {
    const list = value[lang];
    if (list === undefined) {
      if (required) add(`${field}.${lang}`, 'missing');
      continue;
    }
    if (!Array.isArray(list)) {
      add(`${field}.${lang}`, 'wrongType');
      continue;
    }
    if (required && list.length === 0) add(`${field}.${lang}`, 'empty');
    list.forEach((name, j) => checkText(name, `${field}.${lang}[${j}]`, add));
  }
  for (const key of Object.keys(value)) if (!(LANGS as readonly string[]).includes(key)) add(`${field}.${key}`, 'unknownField');
}

function checkPerLangText(value: unknown, field: string, add: Add): void {
  if (!isObject(value)) return add(field, value === undefined ? 'missing' : 'wrongType');
  for (const lang of LANGS) {
    checkText(value[lang], `${field}.${lang}`, add);
    const text = value[lang];
    if (lang === 'tg' && typeof text === 'string') {
      const letter = NON_TAJIK.exec(text);
      if (letter) add(`${field}.${lang}`, 'nonTajikLetter', letter[0]);
    }
  }
}

function checkText(value: unknown, field: string, add: Add): void {
  if (value === undefined) return add(field, 'missing');
  if (typeof value !== 'string') return add(field, 'wrongType');
  if (value.trim() === '') return add(field, 'empty');
  if (value.length > MAX_TEXT) return add(field, 'tooLong');
  if (MARKUP.test(value)) add(field, 'markup');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}
