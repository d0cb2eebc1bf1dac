import { parseCsvGlossary } from './csv';
import { BOM } from './csv-format';
import { validateGlossary, type ValidationIssue } from './validate';
import type { GlossaryEntry } from './types';

/** Largest import accepted; beyond this a file is refused before it is read or parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportFormat = 'json' | 'csv';

export interface ImportResult {
  entries: GlossaryEntry[];
  issues: ValidationIssue[];
  format: ImportFormat;
}

/** The refusal for a file of `bytes` bytes, or null when it may be read. */
export function importSizeIssue(bytes: number): ValidationIssue | null {
  return bytes > MAX_IMPORT_BYTES ? { row: 0, field: '', code: 'fileTooLarge', detail: String(MAX_IMPORT_BYTES / 1024 / 1024) } : null;
}

/** JSON when the name says so or the text starts with [ or {; CSV (or TSV) otherwise. */
export function detectImportFormat(content: string, fileName: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  return /^\s*[[{]/.test(content.startsWith(BOM) ? content.slice(1) : content) ? 'json' : 'csv';
}

/**
 * Parses an import file (a JSON array of entries, or CSV with one row per entry) and checks every
 * row. All or nothing: on any issue no entry is returned, so the caller's stored glossary stays as
 * it was. Row numbers are entry positions for JSON and spreadsheet rows for CSV (header = row 1).
 */
export function parseGlossaryImport(content: string, fileName: string, knownIds: ReadonlySet<string>): ImportResult {
  const format = detectImportFormat(content, fileName);
  // Characters never outnumber UTF-8 bytes: a string this long came from a file too large.
  const tooLarge = importSizeIssue(content.length);
  if (tooLarge) return { entries: [], issues: [tooLarge], format };
  const text = content.startsWith(BOM) ? content.slice(1) : content;
  if (format === 'csv') return { ...parseCsvGlossary(text, knownIds), format };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { entries: [], issues: [{ row: 0, field: '', code: 'notArray', detail: `${fileName}: ${(err as Error).message}` }], format };
  }
  return { ...validateGlossary(data, knownIds), format };
}
