import type { Conjunction } from '../languages';
import { T_CAPITALIZED } from '../text/scan';
import { childOf, hasChildren, ROOT } from './glossary-index';
import { caseFits, joins, type Candidate, type MatchContext } from './match-context';

/**
 * Names that share words in a list. News writes two bodies as one phrase:
 * - the items before the shared words: "the Russian and Syrian defense ministries" (Russian
 *   Defense Ministry + Syrian defense ministry), "российского и таджикского МИДов";
 * - the shared words first: "министерства обороны России и Сирии", "the Ministries of Foreign
 *   Affairs of Russia and Tajikistan", "вазоратҳои адлия ва корҳои дохилӣ".
 * Each item whose full name (shared words + item) is in the glossary becomes a mention of that
 * entry, marked on the item's own words ("Russian", "корҳои дохилӣ"), so no two mentions overlap and
 * each links to what its words name — except a bare place after the shared words ("Сирии" in
 * "министерства обороны России и Сирии"): a country is never marked as an organization. The last
 * item is joined by the language's "and" (and, и, ва), earlier ones by commas.
 */

/** Words of one list item that is not itself a glossary name ("Syrian", "South Korean"). */
const MAX_ITEM_WORDS = 2;
/** Words of a list item that completes a glossary name ("Сирии", "корҳои дохилӣ"). */
const MAX_NAME_ITEM_WORDS = 4;
/** Words of the item that starts the list, before the shared words ("Russian", "United States"). */
const MAX_FIRST_ITEM_WORDS = 3;
const MAX_SHARED_WORDS = 8;
const MAX_ITEMS = 6;

interface Separator {
  /** The first token of the next item. */
  next: number;
  /** The "and" before it, if any (else a comma). */
  conjunction?: Conjunction;
}

/** A comma, "and" or ", and" after a token, and where the next item starts. */
export function separatorAfter(ctx: MatchContext, t: number): Separator | undefined {
  const { s, text, rt } = ctx;
  if (t + 1 >= s.count) return undefined;
  // Spaces, at most one line break, and at most one comma, before any line break.
  let comma = false;
  let breaks = 0;
  for (let k = s.end[t]!, to = s.start[t + 1]!; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2c && !comma && breaks === 0) comma = true;
    else if (c === 0x0a && breaks === 0) breaks++;
    else if (c !== 0x20 && c !== 0xa0) return undefined;
  }
  const conjunction = rt.conjunction(s.keyId[t + 1]!);
  if (conjunction) return t + 2 < s.count && joins(ctx, t + 1, t + 2) ? { next: t + 2, conjunction } : undefined;
  return comma ? { next: t + 1 } : undefined;
}

/** A token that may be (part of) a list item like the first one: a word written in the same case, not "and". */
function itemWord(ctx: MatchContext, t: number, capitalized: boolean): boolean {
  const { s, rt } = ctx;
  if (t >= s.count || rt.conjunction(s.keyId[t]!) || rt.isFunctionWord(s.keyId[t]!)) return false;
  if (((s.flags[t]! & T_CAPITALIZED) !== 0) !== capitalized) return false;
  return /^\p{L}/u.test(ctx.text.charAt(s.start[t]!));
}

/** Calls back for every path of up to `max` words from a trie node at token `at`: the node reached and the last token. */
function eachPath(ctx: MatchContext, node: number, at: number, max: number, path: number[], visit: (node: number, last: number) => void): void {
  const { s, rt } = ctx;
  const trie = ctx.index.trie;
  if (max === 0 || at >= s.count || !hasChildren(trie, node)) return;
  if (path.length > 0 && !joins(ctx, path[path.length - 1]!, at)) return;
  for (const id of rt.infoOf(s.keyId[at]!).forms) {
    const child = childOf(trie, node, id);
    if (child < 0) continue;
    path.push(at);
    visit(child, at);
    eachPath(ctx, child, at + 1, max - 1, path, visit);
    path.pop();
  }
}

/** The entities whose names end at a node, read along `path` (token indices), that fit its case rules. */
function namesAt(ctx: MatchContext, node: number, path: number[]): number[] {
  const trie = ctx.index.trie;
  const fit: number[] = [];
  for (let e = trie.endFirst[node]!; e >= 0; e = trie.endNext[e]!) {
    const entity = trie.endEntity[e]!;
    if (!fit.includes(entity) && caseFits(ctx.index.caseRules[trie.endRule[e]!]!, path, ctx)) fit.push(entity);
  }
  return fit;
}

/**
 * Items before shared words: "X, Y and Z <shared>" where "X <shared>" is a glossary name, X read from
 * one of `nameStarts` (the tokens where pass 1 found a name may start). Returns
 * candidates on X's words that reach to the end of the shared words (Candidate.reach); the other
 * items are found as names of their own when the glossary has them ("Syrian defense ministries").
 */
export function findItemsBeforeShared(ctx: MatchContext, nameStarts: number[]): Candidate[] {
  const { s, index } = ctx;
  const found: Candidate[] = [];
  const path: number[] = [];
  for (const first of nameStarts) {
    if (!separatorWithin(ctx, first, MAX_FIRST_ITEM_WORDS)) continue;
    const capitalized = (s.flags[first]! & T_CAPITALIZED) !== 0;
    eachPath(ctx, ROOT, first, MAX_FIRST_ITEM_WORDS, path, (node, last) => {
      if (!hasChildren(index.trie, node)) return;
      for (const sharedAt of listEnds(ctx, last, capitalized)) {
        const firstItem = [...path];
        eachPath(ctx, node, sharedAt, MAX_SHARED_WORDS, [], (end, sharedLast) => {
          const words = [...firstItem];
          for (let t = sharedAt; t <= sharedLast; t++) words.push(t);
          const entities = namesAt(ctx, end, words);
          if (entities.length > 0) found.push({ first, last, entities, reach: sharedLast });
        });
      }
    });
  }
  return found;
}

/** Whether a comma or "and" follows one of the first `n` glossary words from `first` (most names are followed by neither). */
function separatorWithin(ctx: MatchContext, first: number, n: number): boolean {
  const { s, text, rt } = ctx;
  for (let t = first; t < first + n && t + 1 < s.count && rt.infoOf(s.keyId[t]!).forms.length > 0; t++) {
    if (text.charCodeAt(s.end[t]!) === 0x2c || rt.conjunction(s.keyId[t + 1]!)) return true;
  }
  return false;
}

/** Where the shared words may start after a list whose first item ends at `last`: after the item joined by "and". */
function listEnds(ctx: MatchContext, last: number, capitalized: boolean): number[] {
  const ends: number[] = [];
  let sep = separatorAfter(ctx, last);
  for (let items = 0; sep && items < MAX_ITEMS; items++) {
    // The item is one or two words; with "and" the shared words follow it, with a comma another item.
    let next: Separator | undefined;
    for (let n = 1; n <= MAX_ITEM_WORDS; n++) {
      const end = sep.next + n - 1;
      if (!itemWord(ctx, end, capitalized) || (n > 1 && !joins(ctx, end - 1, end))) break;
      if (sep.conjunction) {
        if (end + 1 < ctx.s.count && joins(ctx, end, end + 1)) ends.push(end + 1);
      } else {
        next ??= separatorAfter(ctx, end);
      }
    }
    if (sep.conjunction) break;
    sep = next;
  }
  return ends;
}

/**
 * Items after a name's shared words: "<shared> X, Y and Z" where "<shared> X" is a name already
 * found (`named`) and "<shared> Y" is a glossary name. Returns a candidate on each such item's
 * words that names the body's field (written in lower case); none when the list does not end with
 * "and", or when the language needs a plural shared word and has none ("the Ministry of Russia and
 * Tajikistan" is one ministry and a country).
 */
export function findItemsAfterShared(ctx: MatchContext, named: Candidate[], covered: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  for (const m of named) {
    if (m.reach !== undefined || !separatorAfter(ctx, m.last)) continue;
    const nodes = nodesAlong(ctx, m);
    if (!nodes) continue;
    // The shared words are the first j words of the name; the fewer the item's words, the likelier.
    for (let j = nodes.length - 2; j >= 1; j--) {
      const items = itemsAfter(ctx, m, nodes[j]!.node, j, covered);
      if (items.length === 0) continue;
      const conjunction = items[items.length - 1]!.conjunction!;
      if (conjunction.pluralEndings && !nodes.slice(1, j + 1).some((n) => n.plural(conjunction.pluralEndings!))) continue;
      // An item written as a proper name is the place the bodies belong to ("МИД РФ и Таджикистана",
      // "the Foreign Ministries of Russia and Tajikistan"): a country standing for the shared words, which
      // the annotation guidelines never mark on its own (countries are not organizations). Items that
      // name the body's field ("вазоратҳои адлия ва корҳои дохилӣ") are marked.
      found.push(...items.filter((item) => !properName(ctx, item)).map(({ first, last, entities }) => ({ first, last, entities })));
      break;
    }
  }
  return found;
}

/** Whether a list item is written with a capital: a place or a country, not a field of the bodies. */
function properName(ctx: MatchContext, item: Candidate): boolean {
  return (ctx.s.flags[item.first]! & T_CAPITALIZED) !== 0;
}

interface Item extends Candidate {
  conjunction?: Conjunction;
}

/** The items after a name that complete its first `shared` words to glossary names, up to the last one joined by "and". */
function itemsAfter(ctx: MatchContext, m: Candidate, node: number, shared: number, covered: Uint8Array): Item[] {
  const items: Item[] = [];
  const sharedWords: number[] = [];
  for (let t = m.first; t < m.first + shared; t++) sharedWords.push(t);
  let sep = separatorAfter(ctx, m.last);
  while (sep && items.length < MAX_ITEMS && !covered[sep.next]) {
    let best: Item | undefined;
    const from = sep.next;
    const conjunction = sep.conjunction;
    eachPath(ctx, node, from, MAX_NAME_ITEM_WORDS, [], (end, last) => {
      if (best && best.last >= last) return;
      const words = [...sharedWords];
      for (let t = from; t <= last; t++) words.push(t);
      const entities = namesAt(ctx, end, words);
      if (entities.length > 0) best = { first: from, last, entities, conjunction };
    });
    if (!best) {
      // "МИД Таджикистана, России и Китая" with no entry for China's: the list still ends with "и".
      const capitalized = (ctx.s.flags[m.first + shared]! & T_CAPITALIZED) !== 0;
      if (conjunction && items.length > 0 && itemWord(ctx, from, capitalized)) items[items.length - 1]!.conjunction = conjunction;
      break;
    }
    for (let t = best.first; t <= best.last; t++) if (covered[t]) return trimToAnd(items);
    items.push(best);
    if (conjunction) break;
    sep = separatorAfter(ctx, best.last);
  }
  return trimToAnd(items);
}

/** A list counts up to its item after "and"; commas alone do not make one ("МИД России, Китай …"). */
function trimToAnd(items: Item[]): Item[] {
  let last = items.length - 1;
  while (last >= 0 && !items[last]!.conjunction) last--;
  return items.slice(0, last + 1);
}

interface PathStep {
  node: number;
  /** Whether the word read into this node is a plural of the glossary word (ministries for ministry). */
  plural: (endings: string[]) => boolean;
}

/** The trie nodes along a found name's tokens (root first), or undefined when it was read through repaired words. */
function nodesAlong(ctx: MatchContext, m: Candidate): PathStep[] | undefined {
  const { s, rt, index } = ctx;
  const trie = index.trie;
  const steps: PathStep[] = [{ node: ROOT, plural: () => false }];
  const search = (node: number, t: number): boolean => {
    if (t > m.last) {
      for (let e = trie.endFirst[node]!; e >= 0; e = trie.endNext[e]!) if (m.entities.includes(trie.endEntity[e]!)) return true;
      return false;
    }
    for (const id of rt.infoOf(s.keyId[t]!).forms) {
      const child = childOf(trie, node, id);
      if (child < 0) continue;
      const written = s.keys.keys[s.keyId[t]!]!;
      const base = index.keys[id]!;
      steps.push({ node: child, plural: (endings) => written !== base && endings.some((e) => written.endsWith(e)) });
      if (search(child, t + 1)) return true;
      steps.pop();
    }
    return false;
  };
  return search(ROOT, m.first) ? steps : undefined;
}
