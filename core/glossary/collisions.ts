import { tokenize } from '../text/tokenize';
import { allNames } from '../recognition/glossary-index';
import type { GlossaryEntry } from './types';

export interface NameCollision {
  name: string;
  ids: string[];
}

/**
 * Names that two entries share once folded (Рахмон = Раҳмон): the matcher could not tell them
 * apart, so built-in data must not have any.
 */
export function findNameCollisions(entries: readonly GlossaryEntry[]): NameCollision[] {
  const owners = new Map<string, Set<string>>();
  const shown = new Map<string, string>();
  for (const entry of entries) {
    for (const name of allNames(entry)) {
      const key = tokenize(name).map((t) => (t.allCaps ? t.surface : t.key)).join(' ');
      const ids = owners.get(key) ?? new Set();
      ids.add(entry.id);
      owners.set(key, ids);
      shown.set(key, name);
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => ({ name: shown.get(key)!, ids: [...ids] }));
}
