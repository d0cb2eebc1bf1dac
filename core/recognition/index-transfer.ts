import type { GlossaryEntry } from '../glossary/types';
import { buildGlossaryIndex, type GlossaryIndex } from './glossary-index';

/**
 * The glossary's match data in a form that crosses extension messaging (JSON) and is cheap to turn
 * back into a GlossaryIndex in the page. The background builds it once per glossary change; the
 * content script restores it on the first click in a tab and keeps it for later clicks.
 *
 * For now this carries the names only and the page rebuilds the trie; a prebuilt, JSON-native
 * trie can replace it without changing callers.
 */
export interface TransferableIndex {
  /** Changes whenever the glossary does, so a page can keep its copy while it is current. */
  version: string;
  entries: Array<Pick<GlossaryEntry, 'id' | 'kind' | 'names' | 'formerNames'>>;
}

export function toTransferable(entries: readonly GlossaryEntry[], version: string): TransferableIndex {
  return {
    version,
    entries: entries.map((e) => ({ id: e.id, kind: e.kind, names: e.names, ...(e.formerNames ? { formerNames: e.formerNames } : {}) })),
  };
}

export function restoreIndex(data: TransferableIndex): GlossaryIndex {
  return buildGlossaryIndex(data.entries as GlossaryEntry[]);
}

/** A short, stable fingerprint of the glossary's match data (FNV-1a over its JSON). */
export function glossaryVersion(entries: readonly GlossaryEntry[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(entries.map((e) => [e.id, e.kind, e.names, e.formerNames ?? null]));
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + ':' + entries.length;
}
