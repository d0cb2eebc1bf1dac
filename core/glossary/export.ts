import { entriesToCsv } from './csv';
import { entriesToTbx } from './tbx';
import type { GlossaryEntry } from './types';

export type ExportFormat = 'json' | 'csv' | 'tbx';

export interface ExportFile {
  content: string;
  mimeType: string;
  fileName: string;
}

/** Entries as they are stored in data files: without the loader's `source` marker. */
export function withoutSource(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return entries.map(({ source: _source, ...rest }) => rest);
}

/** The reader's glossary as a file to download, named with the date (tarjuma-glossary-2026-11-27.csv). */
export function exportGlossary(entries: readonly GlossaryEntry[], format: ExportFormat, today: string): ExportFile {
  const clean = withoutSource(entries);
  const fileName = `tarjuma-glossary-${today}.${format}`;
  switch (format) {
    case 'json':
      return { content: `${JSON.stringify(clean, null, 2)}\n`, mimeType: 'application/json', fileName };
    case 'csv':
      return { content: entriesToCsv(clean), mimeType: 'text/csv;charset=utf-8', fileName };
    case 'tbx':
      return { content: entriesToTbx(clean, { exported: today }), mimeType: 'application/x-tbx+xml', fileName };
  }
}
