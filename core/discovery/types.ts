import type { EntityKind, Lang } from '../glossary/types';

/** A likely official or state body that the glossary does not know yet. */
export interface Discovery {
  /** UTF-16 offsets into the text: text.slice(start, end) is the name as written. */
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** The sentence the name was found in (trimmed; long sentences are cut around the name). */
  context: string;
  /** The name in the article's language, in its base form where the pattern allows it ("Ивана Петрова" → "Иван Петров"). */
  suggestedNames: Partial<Record<Lang, string>>;
  /** The office the article gives the person, in the article's language ("министр иностранных дел"). */
  suggestedOffice?: Partial<Record<Lang, string>>;
  /** An abbreviation the article gives in parentheses after the full name ("Agency for X (AXY)"). */
  abbreviation?: string;
  /** Which pattern found it: a title before the name, a name before a title, a body's name, an abbreviation, or a repeat of an earlier finding. */
  pattern: 'title-name' | 'name-title' | 'body' | 'abbreviation' | 'repeat';
}
