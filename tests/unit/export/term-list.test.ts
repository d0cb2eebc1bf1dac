// @vitest-environment node
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Discovery } from '../../../core/discovery';
import {
  buildTermRows,
  discoveryTermRows,
  sortTermRows,
  CSV_HEADINGS,
  TERM_COLUMNS,
  termListClipboard,
  termListCsv,
  termListFile,
  termListHtml,
  termListMarkdown,
  termListTbx,
  termListTsv,
  type TermRow,
} from '../../../core/export';
import type { EntityKind, GlossaryEntry } from '../../../core/glossary/types';

function entry(id: string, kind: EntityKind, en: string, ru: string, tg: string, office?: [string, string, string], asOf = '2025-01-01'): GlossaryEntry {
  return {
    id,
    kind,
    names: { en: [en], ru: [ru], tg: [tg] },
    description: { en: '', ru: '', tg: '' },
    offices: office
      ? [
          { title: { en: `Former ${office[0]}`, ru: `бывший ${office[1]}`, tg: `собиқ ${office[2]}` }, start: '2001', end: '2005' },
          { title: { en: office[0], ru: office[1], tg: office[2] }, start: '2012' },
        ]
      : undefined,
    asOf,
  };
}

const ENTRIES: GlossaryEntry[] = [
  entry('sirojiddin-muhriddin', 'person', 'Sirojiddin Muhriddin', 'Сироджиддин Мухриддин', 'Сироҷиддин Муҳриддин', ['Minister of Foreign Affairs of Tajikistan', 'Министр иностранных дел Таджикистана', 'Вазири корҳои хориҷии Тоҷикистон']),
  entry('csto', 'organization', 'Collective Security Treaty Organization', 'Организация Договора о коллективной безопасности', 'Созмони Аҳдномаи амнияти дастаҷамъӣ'),
  entry('sergey-lavrov', 'person', 'Sergey Lavrov', 'Сергей Лавров', 'Сергей Лавров', ['Minister of Foreign Affairs of Russia', 'Министр иностранных дел России', 'Вазири корҳои хориҷии Русия']),
  entry('tricky', 'organization', 'A "B", C & <D> | E', "Ж'З\nИ, «К»", '=ҲИСОБ(1)\tҶ', undefined, '2024-06-30'),
  entry('ghafur', 'person', 'Ghafur Ahmad', 'Гафур Ахмад', 'Ғафур Аҳмад'),
];

const ENTITIES = [
  { id: 'csto', count: 3, firstAt: 10 },
  { id: 'sergey-lavrov', count: 1, firstAt: 50 },
  { id: 'not-in-glossary', count: 2, firstAt: 60 },
  { id: 'sirojiddin-muhriddin', count: 4, firstAt: 5 },
  { id: 'tricky', count: 1, firstAt: 100 },
  { id: 'ghafur', count: 1, firstAt: 70 },
];

/** RFC 4180 reader for the tests: quoted fields, "" inside quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

/** Splits a Markdown table line on its unescaped pipes and unescapes the cells. */
function markdownCells(line: string): string[] {
  expect(line.startsWith('| ') && line.endsWith(' |')).toBe(true);
  const inner = line.slice(1, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\' && i + 1 < inner.length) current += c + inner[++i]!;
    else if (c === '|') {
      cells.push(current);
      current = '';
    } else current += c;
  }
  cells.push(current);
  return cells.map((cell) => cell.trim().replace(/\\(.)/g, '$1'));
}

const rows = buildTermRows(ENTITIES, ENTRIES);
const expectedCell = (r: TermRow, i: number) =>
  [r.kind, r.names.en, r.names.ru, r.names.tg, r.offices.en, r.offices.ru, r.offices.tg, String(r.mentions), r.asOf][i]!;

describe('buildTermRows', () => {
  it('takes the entities the glossary has, in order of appearance, with the current office', () => {
    expect(rows.map((r) => r.id)).toEqual(['sirojiddin-muhriddin', 'csto', 'sergey-lavrov', 'ghafur', 'tricky']);
    expect(rows[0]!.offices.ru).toBe('Министр иностранных дел Таджикистана');
    expect(rows[0]!.mentions).toBe(4);
    expect(rows[1]!.offices).toEqual({ en: '', ru: '', tg: '' });
    expect(rows[1]!.names.tg).toBe('Созмони Аҳдномаи амнияти дастаҷамъӣ');
  });

  it('accepts the glossary as a map by id', () => {
    expect(buildTermRows(ENTITIES, new Map(ENTRIES.map((e) => [e.id, e])))).toEqual(rows);
  });

  it('sorts by kind: people first, then by appearance', () => {
    expect(buildTermRows(ENTITIES, ENTRIES, { sort: 'kind' }).map((r) => r.id)).toEqual(['sirojiddin-muhriddin', 'sergey-lavrov', 'ghafur', 'csto', 'tricky']);
  });

  it('sorts by name in English, Russian and Tajik', () => {
    expect(buildTermRows(ENTITIES, ENTRIES, { sort: 'name', nameLang: 'en' }).map((r) => r.id)).toEqual(['tricky', 'csto', 'ghafur', 'sergey-lavrov', 'sirojiddin-muhriddin']);
    expect(buildTermRows(ENTITIES, ENTRIES, { sort: 'name', nameLang: 'ru' }).map((r) => r.id)).toEqual(['ghafur', 'tricky', 'csto', 'sergey-lavrov', 'sirojiddin-muhriddin']);
    // Root collation: Ғ sorts with Г, Ҳ after Х-like letters, and = before letters.
    expect(buildTermRows(ENTITIES, ENTRIES, { sort: 'name', nameLang: 'tg' }).map((r) => r.id)).toEqual(['tricky', 'ghafur', 'sergey-lavrov', 'sirojiddin-muhriddin', 'csto']);
  });
});

describe('discoveryTermRows', () => {
  const found = (text: string, start: number, kind: EntityKind, name: string, office?: string): Discovery => ({
    start,
    end: start + text.length,
    text,
    kind,
    context: text,
    suggestedNames: { ru: name },
    suggestedOffice: office ? { ru: office } : undefined,
    pattern: 'title-name',
  });

  it('gives one row per name found, counting repeats, with only the article language filled in', () => {
    const extra = discoveryTermRows(
      [
        found('Ивана Петрова', 30, 'person', 'Иван Петров', 'министр иностранных дел'),
        found('Министерства обороны', 80, 'organization', 'Министерство обороны'),
        found('Петров', 120, 'person', 'Иван Петров'),
      ],
      'ru',
    );
    expect(extra.map((r) => [r.names.ru, r.mentions, r.offices.ru, r.names.en])).toEqual([
      ['Иван Петров', 2, 'министр иностранных дел', ''],
      ['Министерство обороны', 1, '', ''],
    ]);
    expect(extra.every((r) => r.notInGlossary && r.asOf === '')).toBe(true);
    const all = sortTermRows([...rows, ...extra]);
    expect(all.map((r) => r.id).slice(0, 3)).toEqual(['sirojiddin-muhriddin', 'csto', 'new-1']);
    const doc = new new JSDOM('').window.DOMParser().parseFromString(termListTbx(all), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const concept = doc.getElementById('c-new-1')!;
    expect([...concept.getElementsByTagName('langSec')].map((l) => l.getAttribute('xml:lang'))).toEqual(['ru']);
    expect(concept.getElementsByTagName('date')).toHaveLength(0);
  });
});

describe('CSV', () => {
  it('is RFC 4180 with a BOM and the fixed columns, and reads back to the same cells', () => {
    const csv = termListCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual(TERM_COLUMNS.map((c) => CSV_HEADINGS[c]));
    expect(parsed[0]).toEqual(['kind', 'English name', 'Russian name', 'Tajik name', 'English office', 'Russian office', 'Tajik office', 'mentions', 'asOf']);
    expect(parsed).toHaveLength(rows.length + 1);
    rows.forEach((r, ri) => {
      parsed[ri + 1]!.forEach((cell, ci) => {
        const want = expectedCell(r, ci);
        // A cell a spreadsheet would run as a formula carries a leading apostrophe.
        expect(cell).toBe(/^[=+\-@\t\r]/.test(want) ? `'${want}` : want);
      });
    });
    expect(parsed[5]![2]).toBe("Ж'З\nИ, «К»");
    expect(termListCsv(rows, { bom: false }).startsWith('kind,')).toBe(true);
  });
});

describe('clipboard table', () => {
  it('plain text is tab-separated with one line per row and no tabs or breaks inside cells', () => {
    const lines = termListTsv(rows).trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(TERM_COLUMNS.length);
    expect(lines[5]!.split('\t')[2]).toBe("Ж'З И, «К»");
  });

  it('HTML is a table whose cells read back as the values, with nothing left unescaped', () => {
    const { html, text } = termListClipboard(rows, { columns: { nameRu: 'Имя по-русски' }, kinds: { person: 'человек' } });
    expect(text).toContain('Имя по-русски');
    const doc = new JSDOM(`<body>${html}</body>`).window.document;
    expect(doc.querySelectorAll('table')).toHaveLength(1);
    expect(doc.querySelectorAll('script, img, a')).toHaveLength(0);
    expect([...doc.querySelectorAll('th')].map((th) => th.textContent)[2]).toBe('Имя по-русски');
    const trs = [...doc.querySelectorAll('tbody tr')];
    expect(trs).toHaveLength(rows.length);
    trs.forEach((tr, ri) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent);
      expect(cells).toHaveLength(TERM_COLUMNS.length);
      const r = rows[ri]!;
      expect(cells[0]).toBe(r.kind === 'person' ? 'человек' : 'organization');
      for (let ci = 1; ci < cells.length; ci++) expect(cells[ci]).toBe(expectedCell(r, ci));
    });
    expect(trs[0]!.querySelector('td[lang="tg"]')?.textContent).toBe('Сироҷиддин Муҳриддин');
    expect(termListHtml([{ ...rows[0]!, names: { en: '<script>alert(1)</script>', ru: '', tg: '' } }])).not.toContain('<script>');
  });
});

describe('TBX', () => {
  const parse = (xml: string) => new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');

  it('is well-formed TBX-Basic with one conceptEntry per entity and a langSec per language', () => {
    const xml = termListTbx(rows, { title: 'Terms & <names>', source: 'https://example.org/?a=1&b=2', exported: '2025-02-01' });
    const doc = parse(xml);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.localName).toBe('tbx');
    expect(root.getAttribute('type')).toBe('TBX-Basic');
    expect(root.namespaceURI).toBe('urn:iso:std:iso:30042:ed-2');
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Terms & <names>');
    const concepts = [...doc.getElementsByTagName('conceptEntry')];
    expect(concepts.map((c) => c.getAttribute('id'))).toEqual(rows.map((r) => `c-${r.id}`));
    concepts.forEach((concept, i) => {
      const r = rows[i]!;
      const langSecs = [...concept.getElementsByTagName('langSec')];
      expect(langSecs.map((l) => l.getAttribute('xml:lang'))).toEqual(['en', 'ru', 'tg']);
      langSecs.forEach((l) => {
        const lang = l.getAttribute('xml:lang') as 'en' | 'ru' | 'tg';
        expect(l.getElementsByTagName('term')[0]!.textContent).toBe(r.names[lang]);
        const note = l.getElementsByTagName('note')[0];
        expect(note?.textContent ?? '').toBe(r.offices[lang]);
      });
      expect(concept.getElementsByTagName('descrip')[0]!.textContent).toBe(r.kind);
      expect(concept.getElementsByTagName('date')[0]!.textContent).toBe(r.asOf);
    });
    expect(concepts[4]!.getElementsByTagName('term')[0]!.textContent).toBe('A "B", C & <D> | E');
  });

  it('leaves out a language without a name', () => {
    const doc = parse(termListTbx([{ ...rows[0]!, names: { ...rows[0]!.names, tg: '' } }]));
    expect([...doc.getElementsByTagName('langSec')].map((l) => l.getAttribute('xml:lang'))).toEqual(['en', 'ru']);
  });
});

describe('Markdown', () => {
  it('is a table of the same shape with the cells read back', () => {
    const md = termListMarkdown(rows);
    const lines = md.trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    expect(markdownCells(lines[0]!)).toEqual(TERM_COLUMNS.map((c) => CSV_HEADINGS[c]));
    expect(lines[1]).toMatch(/^\|( -{3,}:? \|)+$/);
    expect(markdownCells(lines[1]!)).toHaveLength(TERM_COLUMNS.length);
    rows.forEach((r, ri) => {
      const cells = markdownCells(lines[ri + 2]!);
      expect(cells).toHaveLength(TERM_COLUMNS.length);
      cells.forEach((cell, ci) => expect(cell).toBe(expectedCell(r, ci).replace(/[\r\n]+/g, ' ').trim()));
    });
    expect(lines[6]).toContain('A "B", C & \\<D\\> \\| E');
  });
});

describe('files', () => {
  it('gives each format its type and a safe file name', () => {
    const csv = termListFile(rows, 'csv', { baseName: 'Статья: МИД / 2025' });
    expect(csv.fileName).toBe('Статья-МИД-2025.csv');
    expect(csv.mimeType).toContain('text/csv');
    expect(termListFile(rows, 'tbx').fileName).toBe('tarjuma-terms.tbx');
    expect(termListFile(rows, 'markdown').content).toBe(termListMarkdown(rows));
    expect(termListFile(rows, 'tsv').content).toBe(termListTsv(rows));
  });
});

describe('properties', () => {
  const name = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom('|', '\\|', '&amp;', ']]>', '<!--', '"', "'", '\r\n', '=1+1', '-', ''));
  const row = fc.record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    kind: fc.constantFrom<EntityKind>('person', 'organization'),
    names: fc.record({ en: name, ru: name, tg: name }),
    offices: fc.record({ en: name, ru: name, tg: name }),
    mentions: fc.nat(1000),
    firstAt: fc.nat(),
    asOf: fc.constantFrom('2025-01-01', '2024'),
  });
  const uniqueRows = fc.uniqueArray(row, { selector: (r) => r.id, maxLength: 6 });

  it('CSV always reads back to the same number of cells and the same values', () => {
    fc.assert(
      fc.property(uniqueRows, (rs) => {
        const parsed = parseCsv(termListCsv(rs, { bom: false }));
        expect(parsed).toHaveLength(rs.length + 1);
        rs.forEach((r, ri) => {
          expect(parsed[ri + 1]).toHaveLength(TERM_COLUMNS.length);
          parsed[ri + 1]!.forEach((cell, ci) => {
            const want = expectedCell(r, ci);
            expect(cell).toBe(/^[=+\-@\t\r]/.test(want) ? `'${want}` : want);
          });
        });
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('TBX always parses, and Markdown always has the table shape', () => {
    const parser = new new JSDOM('').window.DOMParser();
    fc.assert(
      fc.property(uniqueRows, (rs) => {
        const doc = parser.parseFromString(termListTbx(rs), 'application/xml');
        expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
        expect(doc.getElementsByTagName('conceptEntry')).toHaveLength(rs.length);
        const lines = termListMarkdown(rs).trimEnd().split('\n');
        expect(lines).toHaveLength(rs.length + 2);
        for (const line of lines) expect(markdownCells(line)).toHaveLength(TERM_COLUMNS.length);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
