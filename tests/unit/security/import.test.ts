import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, parseGlossaryImport } from '../../../core/glossary/import';
import { validateGlossary } from '../../../core/glossary/validate';
import { SAMPLE_ENTRIES } from '../glossary/sample-entries';

// Import files are untrusted input. Whatever they hold, parsing never throws, and it is all or
// nothing: a file with any issue yields no entries, so the caller has nothing to store and the
// reader's glossary stays as it was.

const KNOWN = ['emomali-rahmon', 'sergey-lavrov'];
const fileName = fc.constantFrom('g.json', 'g.csv', 'g.tsv', 'g.txt', 'download', 'G.JSON', '');

function check(content: string, name: string): ReturnType<typeof parseGlossaryImport> {
  const known = new Set(KNOWN);
  const result = parseGlossaryImport(content, name, known);
  expect([...known]).toEqual(KNOWN);
  expect(Array.isArray(result.entries)).toBe(true);
  expect(Array.isArray(result.issues)).toBe(true);
  if (result.issues.length > 0) expect(result.entries).toEqual([]);
  else expect(validateGlossary(JSON.parse(JSON.stringify(result.entries)), new Set(KNOWN)).issues.filter((i) => i.code !== 'unknownRelated')).toEqual([]);
  for (const issue of result.issues) expect(typeof issue.code).toBe('string');
  return result;
}

describe('import parsing on hostile input', () => {
  it('arbitrary text, JSON and CSV-like: never throws, all or nothing', () => {
    const csvish = fc.array(fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('id', 'kind', 'person', 'names.en', '"', '""', ';', '\t', '=cmd|\' /C calc\'!A0', '<img src=x onerror=alert(1)>')), { maxLength: 6 }).map((r) => r.join(',')), { maxLength: 6 }).map((rows) => rows.join('\n'));
    const content = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v) ?? ''), csvish);
    fc.assert(fc.property(content, fileName, (c, name) => void check(c, name)), { numRuns: 1500 });
  });

  it('a valid file with one field corrupted: never throws, all or nothing', () => {
    const base = JSON.parse(JSON.stringify(SAMPLE_ENTRIES.map((e) => ({ ...e, source: undefined })))) as Array<Record<string, unknown>>;
    const field = fc.constantFrom('id', 'kind', 'names', 'description', 'offices', 'asOf', 'wikipedia', 'wikidata', 'related', 'country', 'members', 'formerNames', 'uncertain', '__proto__', 'constructor', 'extra');
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(undefined, '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '', 'x'.repeat(100_000), { en: ['<b>x</b>'], ru: ['x'], tg: ['x'] }, { en: 'a', ru: 'b', tg: 'c', xx: 'd' }),
    );
    fc.assert(
      fc.property(fc.nat(base.length - 1), field, value, (row, f, v) => {
        const entries = base.map((e) => ({ ...e }));
        if (v === undefined) delete entries[row]![f];
        else entries[row]![f] = v;
        check(JSON.stringify(entries), 'g.json');
      }),
      { numRuns: 800 },
    );
  });

  it('markup, duplicate ids and wrong types are refused with row and field', () => {
    const withMarkup = [{ ...SAMPLE_ENTRIES[0]!, description: { ...SAMPLE_ENTRIES[0]!.description, en: 'x <img src=x onerror=alert(1)>' } }];
    expect(check(JSON.stringify(withMarkup), 'g.json').issues.map((i) => i.code)).toContain('markup');
    const dup = [SAMPLE_ENTRIES[0]!, SAMPLE_ENTRIES[0]!];
    expect(check(JSON.stringify(dup), 'g.json').issues.map((i) => i.code)).toContain('duplicateId');
    const wrong = check('{"id": 1}', 'g.json');
    expect(wrong.issues.length).toBeGreaterThan(0);
  });

  it('pathological JSON: deep nesting, prototype keys, huge numbers', () => {
    check('['.repeat(200_000), 'g.json');
    check('['.repeat(5_000) + ']'.repeat(5_000), 'g.json');
    check(`[${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}]`, 'g.json');
    const proto = `[{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "id": "x"}]`;
    check(proto, 'g.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    check('[1e309, -0, 12345678901234567890123]', 'g.json');
  });

  it('a 50 MB file is refused at once, without being parsed', () => {
    const huge = '[' + '"x",'.repeat(Math.ceil((50 * 1024 * 1024) / 4)) + '"x"]';
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const started = performance.now();
    const result = check(huge, 'g.json');
    expect(result.issues.map((i) => i.code)).toEqual(['fileTooLarge']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
