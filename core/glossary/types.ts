/** The three glossary languages. Tajik is written in Cyrillic. */
export const LANGS = ['en', 'ru', 'tg'] as const;
export type Lang = (typeof LANGS)[number];

export type EntityKind = 'person' | 'organization';

export type PerLang<T> = Record<Lang, T>;

/** An office held by a person (or a head post of an organization), with its dates. */
export interface Office {
  title: PerLang<string>;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  start?: string;
  /** ISO date; absent while the office is held. */
  end?: string;
  /** Set when a date or the office itself could not be verified. */
  uncertain?: boolean;
}

export interface GlossaryEntry {
  /** Stable id, kebab-case ASCII, e.g. "sergey-lavrov". */
  id: string;
  kind: EntityKind;
  /** Canonical name first, then aliases (spelling variants, short names, abbreviations). */
  names: PerLang<string[]>;
  /** Names no longer in use (Rahmonov, Aslov); recognized, shown as "formerly". */
  formerNames?: Partial<PerLang<string[]>>;
  offices?: Office[];
  description: PerLang<string>;
  /** ISO 3166-1 alpha-2 code, for people and state bodies. */
  country?: string;
  /** ISO 3166-1 alpha-2 codes of member states, for international organizations. */
  members?: string[];
  /** Ids of related entries (a minister → the ministry). */
  related?: string[];
  /** Wikipedia article titles per language, only where the article exists. */
  wikipedia?: Partial<PerLang<string>>;
  /** Wikidata id, only where verified. */
  wikidata?: string;
  /** The date up to which the entry's facts are known to hold (YYYY-MM-DD). */
  asOf: string;
  /** Free-text notes on what is uncertain in this entry. */
  uncertain?: string;
  /** Where the entry comes from: "builtin" or "user". Set by the loader, not stored in data files. */
  source?: 'builtin' | 'user';
}

export interface Glossary {
  entries: GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
}

export function makeGlossary(entries: GlossaryEntry[]): Glossary {
  return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
}
