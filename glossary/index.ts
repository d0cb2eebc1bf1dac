import type { GlossaryEntry } from '../core/glossary/types';
import international from './data/international.json';
import russia from './data/russia.json';
import tajikistan from './data/tajikistan.json';
import tajikistanState from './data/tajikistan-state.json';
import tajikistanPublic from './data/tajikistan-public.json';
import russiaState from './data/russia-state.json';
import postSoviet from './data/post-soviet.json';
import postSovietEurope from './data/post-soviet-europe.json';
import russiaPublic from './data/russia-public.json';
import organizations from './data/organizations.json';
import organizationsEurasia from './data/organizations-eurasia.json';
import world from './data/world.json';
import worldAsia from './data/world-asia.json';
import worldOther from './data/world-other.json';

/**
 * The built-in glossary. Each file in ./data is a JSON array of entries described by
 * ./schema.json; `npm test` validates them all.
 */
export const BUILTIN_FILES: Record<string, unknown> = {
  'tajikistan.json': tajikistan,
  'tajikistan-state.json': tajikistanState,
  'tajikistan-public.json': tajikistanPublic,
  'russia.json': russia,
  'international.json': international,
  'russia-state.json': russiaState,
  'post-soviet.json': postSoviet,
  'post-soviet-europe.json': postSovietEurope,
  'russia-public.json': russiaPublic,
  'organizations.json': organizations,
  'organizations-eurasia.json': organizationsEurasia,
  'world.json': world,
  'world-asia.json': worldAsia,
  'world-other.json': worldOther,
};

export const BUILTIN_ENTRIES: GlossaryEntry[] = Object.values(BUILTIN_FILES).flatMap(
  (file) => (file as GlossaryEntry[]).map((e) => ({ ...e, source: 'builtin' as const })),
);
