import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MIGRATIONS, migrateUserGlossary, storedVersion } from '../../../core/glossary/migrations';
import { SAMPLE_ENTRIES } from './sample-entries';

describe('stored glossary migrations', () => {
  it('has a step from every earlier version to the current one', () => {
    for (let v = 0; v < CURRENT_VERSION; v++) expect(MIGRATIONS[v], `step ${v} → ${v + 1}`).toBeTypeOf('function');
  });

  it('v0 (a bare array of entries) becomes v1 with the same entries and nothing hidden', () => {
    const v0 = structuredClone(SAMPLE_ENTRIES);
    const { value, from, migrated } = migrateUserGlossary(v0);
    expect(from).toBe(0);
    expect(migrated).toBe(true);
    expect(value).toEqual({ version: 1, entries: SAMPLE_ENTRIES, hidden: [] });
  });

  it('leaves the current version as it is', () => {
    const v1 = { version: 1, entries: [], hidden: ['vladimir-putin'], updatedAt: 5 };
    expect(migrateUserGlossary(v1)).toEqual({ value: v1, from: 1, migrated: false });
  });

  it('never throws on what it cannot read', () => {
    for (const raw of [undefined, null, 'text', 42, { version: 'x' }, { version: -1 }]) {
      expect(storedVersion(raw)).toBeNull();
      expect(migrateUserGlossary(raw).migrated).toBe(false);
    }
  });
});
