/**
 * A reverse inflection rule: a word ending in `inflected` may be a form of a word ending in `base`.
 * An empty `inflected` is a zero ending (genitive plural сил ← силы).
 */
export interface SuffixRule {
  inflected: string;
  base: string;
  /** Letters that must remain before the ending (default 2), so short words are left alone. */
  minStem?: number;
}

/**
 * What Tarjuma knows about one language. Adding a language means adding one such module and
 * listing it in ./index.ts; the matcher itself does not change.
 */
export interface LanguageModule {
  code: string;
  /** The script this language's rules apply to. */
  script: 'latin' | 'cyrillic';
  /** Endings, written as people write them; they are folded like words when the module loads. */
  suffixRules: SuffixRule[];
  /** Words that stand before a person's name ("President", "министр", "вазири"), base forms. */
  titles: string[];
  /** Frequent function words, for telling the article's language. */
  commonWords: string[];
  /**
   * Short words that an all-caps headline may spell like an abbreviation of the glossary
   * (US, WHO, IS; ОН): in capitals among capitals they are read as words, not as names.
   */
  functionWords?: string[];
  /**
   * Words after which a capitalized word names a place or a thing, not a person by surname alone
   * ("the Hague", "in Austin", "в Остине", "дар Ховари Миёна"). Only the weakest evidence for a
   * surname alone (the article repeating it) ignores such uses; a title or the full name still counts.
   */
  placeWords?: string[];
  /**
   * Words that may stand inside a person's name without being in the glossary's form of it:
   * patronymics (Владимирович, Владимировича). Tested against the folded word.
   */
  middleName?: RegExp;
  /**
   * The commonest surnames of the language's region (base forms). A glossary person with such a
   * surname is not found by the surname alone just because an article repeats it: many other people
   * share it. Their full name, initial or a title must be in the article.
   */
  commonSurnames?: string[];
  /**
   * How the language lists names that share words: "the Russian and Syrian defense ministries",
   * "министерства обороны России и Сирии", "вазоратҳои адлия ва корҳои дохилӣ".
   */
  coordination?: Coordination;
  /** Letters only this language uses among the three (for detection). */
  distinctiveLetters: string;
}

export interface Coordination {
  /** Words meaning "and" that join the last item of a list (and, и, ва). */
  conjunctions: string[];
  /**
   * Endings of a plural noun ("ministries", "вазоратҳо"). When given, a list after a name whose
   * shared words come first ("the ministries of Russia and Tajikistan") counts only when a shared
   * word is plural: "the Ministry of Russia and Tajikistan" is one body and a country. A language
   * whose case endings show the agreement (Russian: "МИД России и Таджикистана") leaves it out.
   */
  pluralEndings?: string[];
}
