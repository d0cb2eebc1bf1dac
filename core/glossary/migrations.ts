/**
 * Versions of the reader's stored glossary and the steps between them. Each step takes what the
 * previous version stored and returns the next version's shape; `migrateUserGlossary` runs them in
 * order, so a glossary stored by any earlier Tarjuma loads in this one. Add a step (and a test in
 * tests/unit/glossary/migrations.test.ts) whenever the stored shape changes.
 */

export const CURRENT_VERSION = 1;

/** What version 1 stores under `userGlossary`. */
export interface StoredGlossaryV1 {
  version: 1;
  entries: unknown[];
  hidden: string[];
  /** When the reader last changed it (ms since epoch); decides which copy wins when syncing. */
  updatedAt?: number;
}

type Step = (old: unknown) => unknown;

/** MIGRATIONS[n] turns version n into version n + 1. */
export const MIGRATIONS: Record<number, Step> = {
  // Version 0: a bare array of the reader's entries, with no hidden list.
  0: (old) => ({ version: 1, entries: Array.isArray(old) ? old : [], hidden: [] }),
};

/** The version of a stored value: a bare array is version 0; anything unreadable is null. */
export function storedVersion(raw: unknown): number | null {
  if (Array.isArray(raw)) return 0;
  if (typeof raw !== 'object' || raw === null) return null;
  const v = (raw as { version?: unknown }).version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/**
 * Brings a stored glossary up to the current version. A value from a newer Tarjuma (after a
 * downgrade) is read as the current version, field by field, by the caller's tolerant parser;
 * nothing here throws.
 */
export function migrateUserGlossary(raw: unknown): { value: unknown; from: number | null; migrated: boolean } {
  const from = storedVersion(raw);
  if (from === null) return { value: raw, from, migrated: false };
  let value = raw;
  let version = from;
  while (version < CURRENT_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    value = step(value);
    version++;
  }
  return { value, from, migrated: from < CURRENT_VERSION };
}
