import { hashString } from '../text/scan';
import type { GlossaryEntry } from './types';

/** A short name for a glossary's exact content: two glossaries that differ in anything differ here (but for hash collisions). */
export function glossaryFingerprint(entries: readonly GlossaryEntry[]): string {
  return `${entries.length}-${(hashString(JSON.stringify(entries)) >>> 0).toString(36)}`;
}
