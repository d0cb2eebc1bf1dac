import { describe, expect, it } from 'vitest';
import { exportGlossary } from '../../../core/glossary/export';
import { detectImportFormat, importSizeIssue, MAX_IMPORT_BYTES, parseGlossaryImport } from '../../../core/glossary/import';
import { formatIssue } from '../../../core/glossary/messages';
import { SAMPLE_ENTRIES } from './sample-entries';

const KNOWN = new Set(['emomali-rahmon']);
const trimmed = SAMPLE_ENTRIES.map((e) => ({ ...e, description: { ...e.description, en: e.description.en.trim() } }));

describe('import', () => {
  it('tells JSON from CSV by the name, else by the first character', () => {
    expect(detectImportFormat('[]', 'a.JSON')).toBe('json');
    expect(detectImportFormat('id,kind', 'a.csv')).toBe('csv');
    expect(detectImportFormat('\uFEFF  [{"id":1}]', 'download')).toBe('json');
    expect(detectImportFormat('id;kind', 'download')).toBe('csv');
  });

  it.each(['json', 'csv'] as const)('import → export %s → import loses nothing', (format) => {
    const first = parseGlossaryImport(JSON.stringify(trimmed), 'mine.json', KNOWN);
    expect(first.issues).toEqual([]);
    const file = exportGlossary(first.entries, format, '2026-11-27');
    expect(file.fileName).toBe(`tarjuma-glossary-2026-11-27.${format}`);
    const second = parseGlossaryImport(file.content, file.fileName, KNOWN);
    expect(second.issues).toEqual([]);
    expect(second.entries).toEqual(trimmed);
    expect(exportGlossary(second.entries, format, '2026-11-27').content).toBe(file.content);
  });

  it('does not write the loader\'s source marker into a file', () => {
    const file = exportGlossary([{ ...trimmed[0]!, source: 'user' }], 'json', '2026-11-27');
    expect(file.content).not.toContain('"source"');
  });

  it('tolerates a UTF-8 BOM in JSON', () => {
    expect(parseGlossaryImport(`\uFEFF${JSON.stringify(trimmed)}`, 'x.json', KNOWN).entries).toHaveLength(3);
  });

  it('is all or nothing: one bad row rejects the file, naming the row and the field', () => {
    const bad = [...trimmed, { ...trimmed[2]!, id: 'another', kind: 'ministry' }];
    const result = parseGlossaryImport(JSON.stringify(bad), 'x.json', KNOWN);
    expect(result.entries).toEqual([]);
    expect(result.issues.map((i) => formatIssue(i, 'en'))).toEqual(['Row 4, field “kind”: must be “person” or “organization”']);
    expect(result.issues.map((i) => formatIssue(i, 'tg'))).toEqual(['Сатри 4, майдони «kind»: бояд «person» ё «organization» бошад']);
  });

  it('says what is wrong with a file that is not JSON at all', () => {
    const [issue] = parseGlossaryImport('[{"id": ', 'broken.json', KNOWN).issues;
    expect(formatIssue(issue!, 'en')).toMatch(/^the file must be a JSON list of entries \(broken\.json: /);
  });

  it('refuses a file over the limit before parsing it', () => {
    expect(importSizeIssue(50 * 1024 * 1024)).toEqual({ row: 0, field: '', code: 'fileTooLarge', detail: '20' });
    expect(importSizeIssue(MAX_IMPORT_BYTES)).toBeNull();
    expect(formatIssue(importSizeIssue(50 * 1024 * 1024)!, 'ru')).toBe('файл больше 20 МБ');
    const huge = `[${' '.repeat(MAX_IMPORT_BYTES)}]`;
    expect(parseGlossaryImport(huge, 'huge.json', KNOWN).issues[0]!.code).toBe('fileTooLarge');
  });
});
