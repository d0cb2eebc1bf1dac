import { validateGlossary, type ValidationIssue } from './validate';
import type { GlossaryEntry } from './types';

/** Largest import accepted; beyond this a file is refused before it is parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportResult {
  entries: GlossaryEntry[];
  issues: ValidationIssue[];
}

/**
 * Parses an import file (JSON array of entries) and checks every row. All or nothing: on any issue
 * no entry is returned, so the caller's stored glossary stays as it was.
 */
export function parseGlossaryImport(content: string, fileName: string, knownIds: ReadonlySet<string>): ImportResult {
  if (content.length > MAX_IMPORT_BYTES) return { entries: [], issues: [{ row: 0, field: '', code: 'tooLong' }] };
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    return { entries: [], issues: [{ row: 0, field: '', code: 'notArray', detail: `${fileName}: ${(err as Error).message}` }] };
  }
  return validateGlossary(data, knownIds);
}
