import { LANGS, type GlossaryEntry } from './types';

export interface GlossaryStats {
  entries: number;
  byKind: Record<string, number>;
  /** Entries with a name, a description and every office title in the language. */
  complete: Record<string, number>;
  withWikidata: number;
  withWikipedia: number;
}

export function glossaryStats(entries: readonly GlossaryEntry[]): GlossaryStats {
  const byKind: Record<string, number> = {};
  const complete: Record<string, number> = { en: 0, ru: 0, tg: 0 };
  let withWikidata = 0;
  let withWikipedia = 0;
  for (const e of entries) {
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    for (const lang of LANGS) if (isCompleteIn(e, lang)) complete[lang] = (complete[lang] ?? 0) + 1;
    if (e.wikidata) withWikidata++;
    if (e.wikipedia && Object.keys(e.wikipedia).length > 0) withWikipedia++;
  }
  return { entries: entries.length, byKind, complete, withWikidata, withWikipedia };
}

export function isCompleteIn(e: GlossaryEntry, lang: (typeof LANGS)[number]): boolean {
  const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';
  return (
    (e.names[lang]?.length ?? 0) > 0 &&
    e.names[lang].every(filled) &&
    filled(e.description[lang]) &&
    (e.offices ?? []).every((o) => filled(o.title[lang]))
  );
}
