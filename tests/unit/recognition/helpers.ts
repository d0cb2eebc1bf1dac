import { matchMentions } from '../../../core/recognition/match-mentions';
import { FIXTURE_INDEX } from './fixture-glossary';

/** The entity ids found in a text, in order, with the fixture glossary. */
export function idsIn(text: string): string[] {
  return matchMentions(text, FIXTURE_INDEX).map((m) => m.entityId);
}

/** The mentions found, as "text→id" strings, for readable failures. */
export function found(text: string): string[] {
  return matchMentions(text, FIXTURE_INDEX).map((m) => `${m.text}→${m.entityId}`);
}
