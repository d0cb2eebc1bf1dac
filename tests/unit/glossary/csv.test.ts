import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv, BOM } from '../../../core/glossary/csv-format';
import { csvColumns, entriesToCsv, joinList, parseCsvGlossary, splitList } from '../../../core/glossary/csv';
import { formatIssue } from '../../../core/glossary/messages';
import { BUILTIN_ENTRIES } from '../../../glossary/index';
import { SAMPLE_ENTRIES } from './sample-entries';

const KNOWN = new Set(['emomali-rahmon']);
const BUILTIN_IDS = new Set(BUILTIN_ENTRIES.map((e) => e.id));

describe('CSV records (RFC 4180)', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","one\r\ntwo"\r\nplain,,last\n';
    expect(readCsv(text).records).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['x, y', 'say "hi"', 'one\r\ntwo'] },
      { row: 3, cells: ['plain', '', 'last'] },
    ]);
  });

  it('tolerates a BOM, LF or CR line ends and a missing final line break', () => {
    expect(readCsv(`${BOM}a,b\nc,d`).records.map((r) => r.cells)).toEqual([['a', 'b'], ['c', 'd']]);
    expect(readCsv('a,b\rc,d\r').records.map((r) => r.cells)).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('reports an unclosed quote at the row where it opened', () => {
    expect(readCsv('a,b\n1,2\n"open,3\n4,5\n').unclosedQuoteAt).toBe(3);
  });

  it('writes what it reads', () => {
    const rows = [['id', 'text'], ['1', 'comma, "quote"\nnewline'], ['2', ' spaced '], ['3', '']];
    expect(readCsv(writeCsv(rows)).records.map((r) => r.cells)).toEqual(rows);
  });

  it('joins and splits lists with " | ", escaping a pipe or backslash inside a name', () => {
    const names = ['Union | of Pipes', 'back\\slash', 'plain'];
    expect(splitList(joinList(names))).toEqual(names);
    expect(splitList(' A |B|  | C ')).toEqual(['A', 'B', 'C']);
  });
});

describe('glossary CSV', () => {
  it('round-trips tricky entries JSON → CSV → JSON without loss', () => {
    const csv = entriesToCsv(SAMPLE_ENTRIES);
    const back = parseCsvGlossary(csv, KNOWN);
    expect(back.issues).toEqual([]);
    expect(back.entries).toEqual(SAMPLE_ENTRIES.map((e) => ({ ...e, description: { ...e.description, en: e.description.en.trim() } })));
  });

  it('round-trips the whole built-in glossary without loss', () => {
    const back = parseCsvGlossary(entriesToCsv(BUILTIN_ENTRIES), BUILTIN_IDS);
    expect(back.issues).toEqual([]);
    expect(back.entries).toEqual(BUILTIN_ENTRIES.map(({ source: _s, ...e }) => e));
  }, 30_000);

  it('guards cells a spreadsheet would run as formulas, and takes the guard off on import', () => {
    const csv = entriesToCsv(SAMPLE_ENTRIES);
    expect(csv).toContain("'=SUM(A1:A2)");
    expect(csv).toContain("'+7");
    expect(csv).not.toMatch(/,=SUM/);
  });

  it('has one column per language and field, and a column per office field as needed', () => {
    const header = readCsv(entriesToCsv(SAMPLE_ENTRIES)).records[0]!.cells;
    expect(header).toEqual(csvColumns(2));
    expect(header).toContain('names.tg');
    expect(header).toContain('offices[1].title.ru');
  });

  it('reads semicolon-separated files (Excel in Russian locales)', () => {
    const csv = entriesToCsv(SAMPLE_ENTRIES.slice(2)).replace(/,/g, ';');
    expect(parseCsvGlossary(csv, KNOWN).entries.map((e) => e.id)).toEqual(['plain-entry']);
  });

  it('names the spreadsheet row and the column of each problem, and returns nothing', () => {
    const csv = [
      'id,kind,names.en,names.ru,names.tg,description.en,description.ru,description.tg,offices[0].title.en,offices[0].title.ru,offices[0].title.tg,offices[0].uncertain,asOf',
      'good-one,person,A,А,А,d,д,д,,,,,2024',
      'Bad Id,person,B,Б,Б,d,д,д,,,,,2024',
      'third,person,C,,Ц,d,д,д,Minister,Министр,,maybe,2024-13',
    ].join('\n');
    const result = parseCsvGlossary(csv, KNOWN);
    expect(result.entries).toEqual([]);
    const messages = result.issues.map((i) => formatIssue(i, 'en'));
    expect(messages).toContain('Row 3, field “id”: “Bad Id” is not a valid id (lower-case letters, digits and hyphens)');
    expect(messages).toContain('Row 4, field “names.ru”: this field is empty');
    expect(messages).toContain('Row 4, field “offices[0].title.tg”: this field is required');
    expect(messages).toContain('Row 4, field “offices[0].uncertain”: must be true or false');
    expect(messages).toContain('Row 4, field “asOf”: must be a date like 2024, 2024-05 or 2024-05-31');
    expect(result.issues.every((i) => i.row !== 2)).toBe(true);
  });

  it('reports office problems under the column they came from when an earlier office is empty', () => {
    const csv = 'id,kind,names.en,names.ru,names.tg,description.en,description.ru,description.tg,offices[0].title.en,offices[1].title.en,offices[1].start,asOf\n' +
      'x,person,A,А,А,d,д,д,,Minister,2020-99,2024\n';
    const messages = parseCsvGlossary(csv, KNOWN).issues.map((i) => formatIssue(i, 'en'));
    expect(messages).toContain('Row 2, field “offices[1].start”: must be a date like 2024, 2024-05 or 2024-05-31');
    expect(messages).toContain('Row 2, field “offices[1].title.ru”: this field is required');
  });

  it('refuses unknown, duplicate and missing columns, in all three languages', () => {
    const result = parseCsvGlossary('kind,names.en,names.en,nickname\nperson,A,B,C\n', KNOWN);
    expect(result.issues.map((i) => i.code).sort()).toEqual(['csvDuplicateColumn', 'csvMissingColumn', 'csvUnknownColumn']);
    expect(formatIssue(result.issues.find((i) => i.code === 'csvUnknownColumn')!, 'ru')).toBe('Строка 1, поле «nickname»: столбца «nickname» нет в формате');
    expect(formatIssue(result.issues.find((i) => i.code === 'csvUnknownColumn')!, 'tg')).toBe('Сатри 1, майдони «nickname»: сутуни «nickname» дар формат нест');
  });

  it('refuses an unclosed quote, extra cells and an empty file', () => {
    expect(parseCsvGlossary('id,kind\n"x,person\n', KNOWN).issues).toEqual([{ row: 2, field: '', code: 'csvUnclosedQuote' }]);
    expect(parseCsvGlossary('id,kind\nx,person,extra\n', KNOWN).issues[0]).toMatchObject({ row: 2, code: 'csvExtraCells' });
    expect(parseCsvGlossary('\n\n', KNOWN).issues).toEqual([{ row: 0, field: '', code: 'csvEmpty' }]);
  });

  it('skips blank lines but keeps row numbers true to the file', () => {
    const csv = entriesToCsv(SAMPLE_ENTRIES.slice(2)).replace('\r\n', '\r\n\r\n');
    const broken = csv.replace('plain-entry', 'Plain Entry');
    expect(parseCsvGlossary(broken, KNOWN).issues[0]).toMatchObject({ row: 3, field: 'id' });
  });
});
