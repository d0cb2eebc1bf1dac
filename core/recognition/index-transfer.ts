import type { GlossaryEntry } from '../glossary/types';
import { buildGlossaryIndex, type GlossaryIndex } from './glossary-index';

/**
 * The glossary's match data in a form that crosses extension messaging (JSON) and is cheap to turn
 * back into a GlossaryIndex in the page. The background builds it once per glossary change; the
 * content script restores it on the first click in a tab and keeps it for later clicks.
 *
 * The index itself is plain JSON (a trie of arrays and objects, see glossary-index.ts), so the
 * transferable form is the prebuilt index with a version: restoring it is a shape check, and the
 * matcher's lookup tables are made on the first match (a few ms for the built-in glossary).
 */
export interface TransferableIndex {
  /** Changes whenever the glossary does, so a page can keep its copy while it is current. */
  version: string;
  /** The format of `index`; restoreIndex refuses another. */
  format: typeof INDEX_FORMAT;
  index: GlossaryIndex;
}

/** Bumped whenever GlossaryIndex's shape or the folding of keys changes. */
export const INDEX_FORMAT = 2;

export function toTransferable(entries: readonly GlossaryEntry[], version: string): TransferableIndex {
  return { version, format: INDEX_FORMAT, index: buildGlossaryIndex(entries) };
}

export function restoreIndex(data: TransferableIndex): GlossaryIndex {
  const index = data?.index;
  if (data?.format !== INDEX_FORMAT || !index || !Array.isArray(index.keys) || !Array.isArray(index.entities) ||
    !Array.isArray(index.entityKinds) || !Array.isArray(index.caseRules) || !Array.isArray(index.initials) ||
    typeof index.root !== 'object' || index.root === null || typeof index.surnames !== 'object' ||
    typeof index.givenNames !== 'object' || typeof index.entryCount !== 'number') {
    throw new Error(`restoreIndex: not a prebuilt glossary index of format ${INDEX_FORMAT}`);
  }
  return index;
}

/** A short, stable fingerprint of the glossary's match data (FNV-1a over its JSON). */
export function glossaryVersion(entries: readonly GlossaryEntry[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(entries.map((e) => [e.id, e.kind, e.names, e.formerNames ?? null]));
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + ':' + INDEX_FORMAT + ':' + entries.length;
}
