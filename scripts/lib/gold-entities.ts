import type { GlossaryEntry } from '../../core/glossary/types';

/** Gold entity names of the corpus → glossary ids, shared by the evaluation scripts. */

/** Folds an English name so spelling conventions do not matter (Organisation = Organization, Erdoğan = Erdogan). */
export function normalizeEnglish(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{Nd}]+/gu, ' ')
    .replace(/(?<=\p{L})is(ation|ed|e|ing)\b/gu, 'iz$1')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\bprogramme\b/g, 'program')
    .replace(/\bco operation\b/g, 'cooperation')
    .replace(/^the /, '')
    .trim();
}

/**
 * Maps a gold entity ("Khovar (National Information Agency of Tajikistan)", "A + B") to glossary
 * ids through the glossary's English names and aliases. A coordinated mention ("A + B") maps to
 * every part found.
 */
export function makeEntityMap(entries: readonly GlossaryEntry[]): (entity: string) => string[] {
  const byName = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const n of [...(e.names.en ?? []), ...(e.formerNames?.en ?? [])]) {
      const key = normalizeEnglish(n);
      if (!key) continue;
      const ids = byName.get(key) ?? new Set();
      ids.add(e.id);
      byName.set(key, ids);
    }
  }
  const cache = new Map<string, string[]>();
  return (entity) => {
    let ids = cache.get(entity);
    if (ids) return ids;
    const found = new Set<string>();
    for (const part of entity.split(' + ')) {
      const variants = [part];
      const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(part);
      if (paren) variants.push(paren[1]!, paren[2]!);
      for (const v of variants) {
        const hit = byName.get(normalizeEnglish(v));
        if (hit && hit.size === 1) {
          found.add([...hit][0]!);
          break;
        }
      }
    }
    ids = [...found];
    cache.set(entity, ids);
    return ids;
  };
}
