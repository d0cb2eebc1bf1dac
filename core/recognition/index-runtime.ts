import { baseForms, conjunctionOf, foldedRules, isFunctionWord, isMiddleName, isTitleWord, type Conjunction } from '../languages';
import { scriptName, SCRIPT_CYRILLIC, SCRIPT_LATIN, SCRIPT_OTHER } from '../text/char-table';
import { HASH_MUL, HASH_SEED, hashString, KeyTable, type ScannedText } from '../text/scan';
import { childOf, ROOT, type GlossaryIndex } from './glossary-index';

/**
 * What a matcher keeps next to a GlossaryIndex while it reads texts: per distinct folded word it has
 * met, the vocabulary words it may stand for.
 * Built on first use and kept per index (a WeakMap), so a page that matches many texts pays once and
 * every repeated word afterwards costs an array read.
 */

/** A folded word of the text and the glossary words it may be a form of. */
export interface KeyInfo {
  /** Vocabulary ids of the word itself and its base forms that the glossary has. */
  forms: number[];
  /** Some form is the first word of a name. */
  startsName: boolean;
  /** Some form is a person's surname. */
  surname: boolean;
}

const DEAD: KeyInfo = { forms: [], startsName: false, surname: false };

interface RuleHash {
  minStem: number;
  baseLength: number;
  baseHash: number;
}

/** Reverse-inflection rules by (ending length, ending hash), per script. */
const ruleHashes: Array<{ byEnding: Map<number, RuleHash[]>; longest: number }> = [SCRIPT_LATIN, SCRIPT_CYRILLIC, SCRIPT_OTHER].map((script) => {
  const { rules, longestEnding } = foldedRules(scriptName(script));
  const byEnding = new Map<number, RuleHash[]>();
  for (const r of rules) {
    const k = endingSlot(r.inflected.length, hashString(r.inflected, 0, r.inflected.length, 0));
    const list = byEnding.get(k) ?? [];
    list.push({ minStem: r.minStem, baseLength: r.base.length, baseHash: hashString(r.base, 0, r.base.length, 0) });
    byEnding.set(k, list);
  }
  return { byEnding, longest: longestEnding };
});

function endingSlot(length: number, hash: number): number {
  return (Math.imul(hash, 31) + length) | 0;
}

const POW: number[] = [1];
function pow(n: number): number {
  while (POW.length <= n) POW.push(Math.imul(POW[POW.length - 1]!, HASH_MUL));
  return POW[n]!;
}

let prefix = new Int32Array(64);

export class IndexRuntime {
  private readonly vocab: Map<string, number>;
  private readonly vocabHashes: Set<number>;
  /** Interned words of the texts read so far (shared by all texts matched with this index). */
  keys = new KeyTable();
  /** The last text's scan and per-token marks, reused by the next (the matcher is not reentrant). */
  scanned: ScannedText | undefined;
  covered = new Uint8Array(1024);
  personAt = new Uint8Array(1024);
  private info: Array<KeyInfo | undefined> = [];
  private middle: Array<boolean | undefined> = [];
  private title: Array<boolean | undefined> = [];
  private functionWord: Array<boolean | undefined> = [];
  private conjunctions: Array<Conjunction | null | undefined> = [];

  readonly entryCount: number;

  constructor(readonly index: GlossaryIndex) {
    this.entryCount = index.entryCount;
    this.vocab = index.vocab;
    this.vocabHashes = index.vocabHashes;
  }

  /** Called before a text is read: drops the word caches when they have grown past a bound. */
  prepare(): void {
    if (this.keys.size > 200_000) {
      this.keys = new KeyTable();
      this.info = [];
      this.middle = [];
      this.title = [];
      this.functionWord = [];
      this.conjunctions = [];
    }
  }

  /** A zeroed per-token mark array, reused between texts (large typed arrays count as external memory and hasten GC). */
  marks(name: 'covered' | 'personAt', count: number): Uint8Array {
    let a = this[name];
    if (a.length < count) a = this[name] = new Uint8Array(Math.max(count, a.length * 2));
    else a.fill(0, 0, count);
    return a.subarray(0, count);
  }

  infoOf(keyId: number): KeyInfo {
    return this.info[keyId] ?? this.computeInfo(keyId);
  }

  isMiddleName(keyId: number): boolean {
    return (this.middle[keyId] ??= isMiddleName(this.keys.keys[keyId]!, scriptName(this.keys.scripts[keyId]!)));
  }

  isTitle(keyId: number): boolean {
    return (this.title[keyId] ??= isTitleWord(this.keys.keys[keyId]!, scriptName(this.keys.scripts[keyId]!)));
  }

  isFunctionWord(keyId: number): boolean {
    return (this.functionWord[keyId] ??= isFunctionWord(this.keys.keys[keyId]!, scriptName(this.keys.scripts[keyId]!)));
  }

  /** The conjunction ("and", "и", "ва") a word is, or null. */
  conjunction(keyId: number): Conjunction | null {
    return (this.conjunctions[keyId] ??= conjunctionOf(this.keys.keys[keyId]!, scriptName(this.keys.scripts[keyId]!)) ?? null);
  }

  private computeInfo(keyId: number): KeyInfo {
    const key = this.keys.keys[keyId]!;
    const script = this.keys.scripts[keyId]!;
    let info = DEAD;
    if (this.maybeKnown(key, script)) {
      const forms: number[] = [];
      let startsName = false;
      let surname = false;
      const trie = this.index.trie;
      for (const f of baseForms(key, scriptName(script))) {
        const id = this.vocab.get(f.key);
        if (id === undefined) continue;
        forms.push(id);
        if (childOf(trie, ROOT, id) >= 0) startsName = true;
        if (this.index.surnames[id]) surname = true;
      }
      if (forms.length > 0) info = { forms, startsName, surname };
    }
    this.info[keyId] = info;
    return info;
  }

  /**
   * Whether the word or a base form of it may be in the vocabulary, tested on hashes without making
   * a string: the word's prefix hashes extend to every candidate base form. False means surely not.
   */
  private maybeKnown(key: string, script: number): boolean {
    const len = key.length;
    if (prefix.length <= len) prefix = new Int32Array(len * 2 + 1);
    const ph = prefix;
    ph[0] = HASH_SEED;
    for (let k = 0; k < len; k++) ph[k + 1] = (Math.imul(ph[k]!, HASH_MUL) + key.charCodeAt(k)) | 0;
    if (this.vocabHashes.has(ph[len]!)) return true;
    const table = ruleHashes[script]!;
    const longest = Math.min(table.longest, len - 1);
    for (let n = 0; n <= longest; n++) {
      const endingHash = (ph[len]! - Math.imul(ph[len - n]!, pow(n))) | 0;
      const rules = table.byEnding.get(endingSlot(n, endingHash));
      if (!rules) continue;
      const stem = len - n;
      for (const r of rules) {
        if (stem < r.minStem) continue;
        if (this.vocabHashes.has((Math.imul(ph[stem]!, pow(r.baseLength)) + r.baseHash) | 0)) return true;
      }
    }
    return false;
  }
}

const runtimes = new WeakMap<GlossaryIndex, IndexRuntime>();

export function runtimeOf(index: GlossaryIndex): IndexRuntime {
  let rt = runtimes.get(index);
  if (!rt || rt.entryCount !== index.entryCount || rt.index.keys.length !== index.keys.length) {
    rt = new IndexRuntime(index);
    runtimes.set(index, rt);
  }
  return rt;
}
