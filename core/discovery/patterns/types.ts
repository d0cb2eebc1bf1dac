/**
 * What the discovery patterns of one language know. Words are written in their base form as people
 * write them; they are folded (and, in Cyrillic, matched through the language modules' inflection
 * rules) when the module loads, so "министра" finds "министр" and "Тоҷикистонро" finds "Тоҷикистон".
 */
export interface DiscoveryPatterns {
  code: 'en' | 'ru' | 'tg';
  script: 'latin' | 'cyrillic';
  /** Words that stand before (or in apposition after) a person's name: "minister", "министр", "вазир". */
  titles: string[];
  /** Titles only people hold, after which a surname alone is taken for a name ("President Trump", not "General Motors"). */
  singleNameTitles?: string[];
  /** Title words that are abbreviations written with a dot ("Cmdr.", "Gen."). */
  dottedTitles?: string[];
  /** Head nouns of a state body's name: "Ministry", "министерство", "вазорат". */
  bodyHeads: string[];
  /** Short names of state bodies that take a country after them ("МИД Азербайджана", "японского МИДа"). */
  bodyAbbreviations?: string[];
  /** Capitalized words that belong to offices and bodies, never to a person's name ("Foreign", "Affairs"). */
  notNames: string[];
  /** Countries, capitals and regions: a title's complement, never a person's name. */
  places: string[];
  /** Months, weekdays and other capitalized words that are no names. */
  stopWords: string[];
  /** Named events and operations: a capitalized name after them is no person ("Operation Inherent Resolve"). */
  events: string[];
  /** Heads of place names: a full name with them before an abbreviation is a region, not a body ("автономная область"). */
  placeHeads: string[];
  /** Small words that may stand inside a body's name ("of", "for", "по", "и", "ва"). */
  connectors: string[];
}
