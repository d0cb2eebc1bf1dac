/**
 * RFC 4180 CSV: reading records (quoted fields, doubled quotes, CRLF/LF/CR, a UTF-8 BOM) and
 * writing them. Knows nothing about glossaries; ./csv.ts maps records to entries.
 */

export interface CsvRecords {
  /** Every record with the 1-based record number it starts at (what a spreadsheet calls the row). */
  records: Array<{ row: number; cells: string[] }>;
  /** Set when the file ends inside a quoted field: the record number where that field began. */
  unclosedQuoteAt?: number;
}

export const BOM = '\uFEFF';

/** Splits CSV text into records. Lenient where spreadsheets are (a stray quote inside a field is kept). */
export function readCsv(text: string, delimiter = ','): CsvRecords {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecords['records'] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let i = 0;
  const n = src.length;
  const endRecord = () => {
    cells.push(cell);
    records.push({ row, cells });
    cells = [];
    cell = '';
    row++;
  };
  while (i < n) {
    const c = src[i]!;
    if (c === '"' && cell === '') {
      // A quoted field: runs to the next lone quote, across delimiters and line breaks.
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = src.indexOf('"', j);
        if (q < 0) return { records, unclosedQuoteAt: row };
        value += src.slice(j, q);
        if (src[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      cell = value;
      // Text between the closing quote and the delimiter is kept, as spreadsheets do.
      i = j;
      continue;
    }
    if (c === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      const next = nextSpecial(src, i, delimiter);
      cell += src.slice(i, next);
      i = next;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { records };
}

function nextSpecial(src: string, from: number, delimiter: string): number {
  for (let k = from; k < src.length; k++) {
    const c = src[k];
    if (c === delimiter || c === '\r' || c === '\n') return k;
  }
  return src.length;
}

/**
 * The delimiter of a CSV file: a comma, or the semicolon (Excel in Russian locales) or tab a
 * spreadsheet may have used, chosen by which one splits the header into the most known columns.
 */
export function guessDelimiter(text: string, knownColumns: ReadonlySet<string>): string {
  const firstLine = (text.startsWith(BOM) ? text.slice(1) : text).split(/\r\n|\n|\r/, 1)[0] ?? '';
  let best = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t']) {
    const header = readCsv(firstLine, d).records[0]?.cells ?? [];
    const score = header.filter((h) => knownColumns.has(h.trim())).length;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** One CSV field, quoted when it must be (delimiter, quote, line break, edge spaces). */
export function writeCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with CRLF line ends (RFC 4180) and a BOM, so spreadsheets read it as UTF-8. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((r) => r.map(writeCell).join(',')).join('\r\n') + '\r\n';
}
