import {
  CHAR_INFO, FOLD_TABLES, CONT, CYRILLIC, FOLD_DROP, FOLD_SLOW, LATIN, LETTER, LOWER, SCRIPT_CYRILLIC, SCRIPT_LATIN, SCRIPT_OTHER, START, UPPER,
  charInfo, foldChar, scriptName,
} from './char-table';
import { foldKey } from './fold';

/**
 * One pass over a text that finds its words and their folded keys without making an object per
 * word: positions and flags go to typed arrays, keys are interned (one string per distinct key), so
 * the cost per word is a few array reads. Words and keys are exactly those of tokenize/foldKey.
 */

/** Token flags. */
export const T_CAPITALIZED = 1;
export const T_ALL_CAPS = 2;
/** One UTF-16 unit long (a split-off Tajik letter, an initial). */
export const T_ONE_UNIT = 4;
/** A hyphen follows right after the word (СҲШ-ро, Lav-\nrov). */
export const T_HYPHEN_AFTER = 8;

export interface ScannedText {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Script per token: SCRIPT_LATIN, SCRIPT_CYRILLIC or SCRIPT_OTHER (see char-table). */
  script: Uint8Array;
  /** Interned key id per token (see KeyTable). */
  keyId: Int32Array;
  keys: KeyTable;
}

/** A polynomial string hash, so that a key's hash extends by appending (used by the vocabulary filter). */
export const HASH_SEED = 0x2f6b1c35;
export const HASH_MUL = 0x01000193;

export function hashString(s: string, from = 0, to = s.length, seed = HASH_SEED): number {
  let h = seed;
  for (let i = from; i < to; i++) h = (Math.imul(h, HASH_MUL) + s.charCodeAt(i)) | 0;
  return h;
}

/** Interned folded keys: id → key string and script; lookups by buffer, so a repeated word allocates nothing. */
export class KeyTable {
  readonly keys: string[] = [];
  readonly scripts: number[] = [];
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(1024);
  private mask = 1023;
  /** Every key's code units one after another: key id's are units[offsets[id] .. offsets[id + 1]). */
  private units = new Uint16Array(4096);
  private offsets = new Int32Array(1025);

  get size(): number {
    return this.keys.length;
  }

  /** The id of the key spelled by buf[0..len) in the given script, adding it if new. */
  internBuffer(buf: Uint16Array, len: number, hash: number, script: number): number {
    const h = (hash ^ script) | 0;
    const slots = this.slots;
    const hashes = this.hashes;
    const units = this.units;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const id = slots[slot]!;
      if (id < 0) break;
      if (hashes[id] === h && this.scripts[id] === script) {
        // Compared in the copy of the keys' code units: one typed array, whatever the strings' representation.
        const from = this.offsets[id]!;
        if (this.offsets[id + 1]! - from === len) {
          let k = 0;
          while (k < len && units[from + k] === buf[k]) k++;
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    // Keys are short words; fromCharCode over a subarray avoids building an intermediate array.
    const key = len <= 64 ? String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]) : decode(buf, len);
    return this.add(key, h, script, slot);
  }

  internString(key: string, script: number): number {
    const h = (hashString(key) ^ script) | 0;
    let slot = h & this.mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === h && this.scripts[id] === script && this.keys[id] === key) return id;
      slot = (slot + 1) & this.mask;
    }
    return this.add(key, h, script, slot);
  }

  private add(key: string, h: number, script: number, slot: number): number {
    const id = this.keys.length;
    this.keys.push(key);
    this.scripts.push(script);
    if (id === this.hashes.length) {
      this.hashes = grow32(this.hashes, id * 2);
      this.offsets = grow32(this.offsets, id * 2 + 1);
    }
    this.hashes[id] = h;
    const from = this.offsets[id]!;
    if (from + key.length > this.units.length) {
      const more = new Uint16Array(Math.max(this.units.length * 2, from + key.length));
      more.set(this.units);
      this.units = more;
    }
    for (let k = 0; k < key.length; k++) this.units[from + k] = key.charCodeAt(k);
    this.offsets[id + 1] = from + key.length;
    this.slots[slot] = id;
    if (this.keys.length * 2 > this.mask) this.grow();
    return id;
  }

  private grow(): void {
    const size = (this.mask + 1) * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let id = 0; id < this.keys.length; id++) {
      let slot = this.hashes[id]! & this.mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id;
    }
  }
}

function decode(buf: Uint16Array, len: number): string {
  let s = '';
  for (let k = 0; k < len; k += 4096) s += String.fromCharCode.apply(null, buf.subarray(k, Math.min(len, k + 4096)) as unknown as number[]);
  return s;
}

const RE_START = /^[\p{L}\p{Nd}]$/u;
const RE_CONT = /^[\p{L}\p{M}\p{Nd}\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const RE_UPPER = /\p{Lu}/u;
const RE_LOWER = /\p{Ll}/u;
const RE_CYRILLIC = /\p{Script=Cyrillic}/u;
const RE_LATIN = /\p{Script=Latin}/u;

let buffer = new Uint16Array(256);

/**
 * Finds the words of a text: `[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}\u00AD\u200B-\u200D\u2060\uFEFF]*` (the
 * pattern of tokenize), with their flags and interned folded keys. `keys` may be shared between calls.
 * `reuse`: a previous result whose arrays may be overwritten (many texts matched one after another).
 */
export function scanText(text: string, keys: KeyTable = new KeyTable(), reuse?: ScannedText): ScannedText {
  const out = reuse ?? emptyScan(Math.max(16, Math.min(text.length >> 2, 1 << 16)), keys);
  out.text = text;
  out.keys = keys;
  out.count = scanWords(text, keys, out);
  return out;
}

function emptyScan(cap: number, keys: KeyTable): ScannedText {
  return {
    text: '', count: 0, start: new Int32Array(cap), end: new Int32Array(cap), flags: new Uint8Array(cap),
    script: new Uint8Array(cap), keyId: new Int32Array(cap), keys,
  };
}

/** The scanner's loop; returns the number of words written into `out`'s arrays (which it may replace by larger ones). */
function scanWords(text: string, keys: KeyTable, out: ScannedText): number {
  // Everything the loop reads is a local: module bindings are read through cells at every use.
  const info = CHAR_INFO;
  const foldTables = FOLD_TABLES;
  const mul = HASH_MUL;
  const seed = HASH_SEED;
  const n = text.length;
  let cap = out.start.length;
  let { start, end, flags, script, keyId } = out;
  let buf = buffer;
  let count = 0;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let f = info[c]!;
    if (f === 0) f = charInfo(c);
    let astral = false;
    if ((f & START) === 0) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && RE_START.test(String.fromCodePoint(text.codePointAt(i)!))) astral = true;
      else { i++; continue; }
    }
    // The word: scan to its end, gathering what the flags need and folding its key on the way with
    // the table of the first character's script (a word is almost always in one script).
    const s = i;
    let any = 0; // OR of char flags
    let firstLetterUpper = -1;
    let letterCount = 0;
    const guess = f & CYRILLIC ? SCRIPT_CYRILLIC : f & LATIN ? SCRIPT_LATIN : SCRIPT_OTHER;
    const table = foldTables[guess]!;
    let len = 0;
    let hash = seed;
    let slow = astral;
    if (!astral) {
      any = f;
      if (f & LETTER) { letterCount = 1; firstLetterUpper = f & UPPER ? 1 : 0; }
      let folded = table[c]!;
      if (folded === 0) folded = foldChar(c, guess);
      if (folded < FOLD_DROP) { buf[len++] = folded; hash = (Math.imul(hash, mul) + folded) | 0; }
      else if (folded === FOLD_SLOW) slow = true;
    }
    i += astral ? 2 : 1;
    while (i < n) {
      const d = text.charCodeAt(i);
      f = info[d]!;
      if (f === 0) f = charInfo(d);
      if ((f & CONT) === 0) {
        if (d >= 0xd800 && d <= 0xdbff && i + 1 < n && RE_CONT.test(String.fromCodePoint(text.codePointAt(i)!))) {
          astral = true;
          slow = true;
          i += 2;
          continue;
        }
        break;
      }
      any |= f;
      if (f & LETTER) {
        letterCount++;
        if (firstLetterUpper < 0) firstLetterUpper = f & UPPER ? 1 : 0;
      }
      if (!slow) {
        let folded = table[d]!;
        if (folded === 0) folded = foldChar(d, guess);
        if (folded < FOLD_DROP) {
          if (len === buf.length) buf = buffer = growBuffer(buf);
          buf[len++] = folded;
          hash = (Math.imul(hash, mul) + folded) | 0;
        } else if (folded === FOLD_SLOW) slow = true;
      }
      i++;
    }
    const e = i;
    let sc = any & CYRILLIC ? SCRIPT_CYRILLIC : any & LATIN ? SCRIPT_LATIN : SCRIPT_OTHER;
    // Upper and lower case are letters' flags only.
    let hasUpper = (any & UPPER) !== 0;
    let hasLower = (any & LOWER) !== 0;
    if (astral) {
      // Astral characters (rare: mathematical letters, some scripts): the reference computation.
      const surface = text.slice(s, e);
      sc = RE_CYRILLIC.test(surface) ? SCRIPT_CYRILLIC : RE_LATIN.test(surface) ? SCRIPT_LATIN : SCRIPT_OTHER;
      const letters = surface.replace(/[^\p{L}]/gu, '');
      hasUpper = RE_UPPER.test(letters);
      hasLower = RE_LOWER.test(letters);
      letterCount = letters.length;
      firstLetterUpper = letters !== '' && RE_UPPER.test(letters.charAt(0)) ? 1 : 0;
    }
    let tf = 0;
    if (firstLetterUpper === 1) tf |= T_CAPITALIZED;
    if (letterCount >= 2 && !hasLower && hasUpper) tf |= T_ALL_CAPS;
    if (e - s === 1) tf |= T_ONE_UNIT;
    if (e < n) {
      const h = text.charCodeAt(e);
      if (h === 0x2d || h === 0x2010 || h === 0x2011) tf |= T_HYPHEN_AFTER;
    }

    // The folded key: refolded when the word turned out to be in another script (Latin look-alikes
    // in a Cyrillic word) or to need romanization.
    let id = -1;
    if (!slow && sc !== guess) {
      const other = foldTables[sc]!;
      len = 0;
      for (let k = s; k < e && !slow; k++) {
        const code = text.charCodeAt(k);
        let folded = other[code]!;
        if (folded === 0) folded = foldChar(code, sc);
        if (folded === FOLD_SLOW) slow = true;
        else if (folded !== FOLD_DROP) buf[len++] = folded;
      }
      hash = rehash(buf, len);
    }
    if (!slow) {
      if (sc === SCRIPT_LATIN && len >= 4 && (buf[len - 1] === Y || buf[len - 1] === I || includesUnit(buf, len, H))) {
        len = romanize(buf, len);
        hash = rehash(buf, len);
      }
      id = keys.internBuffer(buf, len, hash, sc);
    }
    if (id < 0) id = keys.internString(foldKey(text.slice(s, e), scriptName(sc)), sc);

    if (count === cap) {
      cap *= 2;
      out.start = start = grow32(start, cap);
      out.end = end = grow32(end, cap);
      out.keyId = keyId = grow32(keyId, cap);
      out.flags = flags = grow8(flags, cap);
      out.script = script = grow8(script, cap);
    }
    start[count] = s;
    end[count] = e;
    flags[count] = tf;
    script[count] = sc;
    keyId[count] = id;
    count++;
  }
  return count;
}

function includesUnit(buf: Uint16Array, len: number, unit: number): boolean {
  for (let k = 0; k < len; k++) if (buf[k] === unit) return true;
  return false;
}

const D = 0x64;
const H = 0x68;
const I = 0x69;
const J = 0x6a;
const K = 0x6b;
const Y = 0x79;
const Z = 0x7a;

/**
 * foldRomanization on a folded Latin word in the buffer, in place (its length is at least 4):
 * dzh → j, then kh → h, then a final y → i, then a final ii → i. Returns the new length.
 */
function romanize(buf: Uint16Array, len: number): number {
  let w = 0;
  for (let r = 0; r < len; ) {
    if (buf[r] === D && r + 2 < len && buf[r + 1] === Z && buf[r + 2] === H) { buf[w++] = J; r += 3; }
    else buf[w++] = buf[r++]!;
  }
  len = w;
  w = 0;
  for (let r = 0; r < len; ) {
    if (buf[r] === K && r + 1 < len && buf[r + 1] === H) { buf[w++] = H; r += 2; }
    else buf[w++] = buf[r++]!;
  }
  len = w;
  if (buf[len - 1] === Y) buf[len - 1] = I;
  if (len >= 2 && buf[len - 1] === I && buf[len - 2] === I) len--;
  return len;
}

function rehash(buf: Uint16Array, len: number): number {
  let hash = HASH_SEED;
  for (let k = 0; k < len; k++) hash = (Math.imul(hash, HASH_MUL) + buf[k]!) | 0;
  return hash;
}

function growBuffer(buf: Uint16Array): Uint16Array<ArrayBuffer> {
  const more = new Uint16Array(buf.length * 2);
  more.set(buf);
  return more;
}

function grow32(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function grow8(a: Uint8Array, cap: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
