import type { EntityKind } from '../glossary/types';
import { baseForms, isFunctionWord, isMiddleName, isTitleWord, type BaseForm } from '../languages';
import { tokenize, type Token } from '../text/tokenize';
import type { GlossaryIndex, NameEnd, TrieNode } from './glossary-index';
import { buildWords, type Word } from './word-graph';

export interface Mention {
  /** UTF-16 offsets into the text: text.slice(start, end) is the mention as written. */
  start: number;
  end: number;
  text: string;
  entityId: string;
  kind: EntityKind;
}

interface Candidate {
  first: number;
  last: number;
  ends: NameEnd[];
}

// What may stand between two words of one name: spaces and line breaks, hyphens (Қосим-Жомарт,
// names hyphenated across lines), apostrophes (O'Brien), brackets and quotes inside organization
// names (АМИТ «Ховар», Russian-Tajik (Slavonic) University). Never sentence punctuation or a
// paragraph break.
const JOINER = /^(?:[\s\u00A0]*[-\u2010\u2011\u2012\u2013(«"“„‘’'‹›)»”][\s\u00A0]*|[\s\u00A0]+)$/u;
const PARAGRAPH_BREAK = /\n[\s\u00A0]*\n/;
const MAX_JOINER_LENGTH = 6;

/**
 * Finds the glossary's people and organizations in a text.
 *
 * Pass 1 walks the trie from every word over the word's possible base forms (inflection rules of
 * its script) and keeps the leftmost-longest names. Pass 2 finds people by surname alone, but only
 * people the article has already named in full, or whose surname follows a title ("President
 * Rahmon") or their initial ("С. Лавров").
 */
export function matchMentions(text: string, index: GlossaryIndex): Mention[] {
  const tokens = tokenize(text);
  const words = buildWords(text, tokens);
  const formsCache = new Map<string, BaseForm[]>();
  const formsOf = (w: Word): BaseForm[] => {
    const cacheKey = w.script + w.key;
    let forms = formsCache.get(cacheKey);
    if (!forms) {
      forms = baseForms(w.key, w.script);
      formsCache.set(cacheKey, forms);
    }
    return forms;
  };
  const context: MatchContext = { text, tokens, words, index, formsOf };

  const named = selectLongest(findNames(context), tokens.length);
  const resolved = resolveAmbiguous(named);
  const covered = new Uint8Array(tokens.length);
  for (const m of resolved) covered.fill(1, m.first, m.last + 1);
  const bySurname = findSurnames(context, resolved, covered);

  return [...resolved, ...bySurname]
    .sort((a, b) => a.first - b.first)
    .map((m) => {
      const start = tokens[m.first]!.start;
      const end = closeQuote(text, start, tokens[m.last]!.end);
      return { start, end, text: text.slice(start, end), entityId: m.entityId, kind: m.kind };
    });
}

const CLOSERS: Record<string, string> = { '«': '»', '“': '”', '„': '“”', '(': ')', '"': '"', '‘': '’' };

/** A name that opens a quote or bracket inside it (АМИТ «Ховар») takes the closing one too. */
function closeQuote(text: string, start: number, end: number): number {
  const inside = text.slice(start, end);
  for (const [open, close] of Object.entries(CLOSERS)) {
    if (!inside.includes(open)) continue;
    const opened = inside.split(open).length - 1;
    const closed = open === '"' ? 0 : [...close].reduce((n, c) => n + inside.split(c).length - 1, 0);
    const unbalanced = open === '"' ? opened % 2 === 1 : opened > closed;
    if (unbalanced && close.includes(text.charAt(end))) return end + 1;
  }
  return end;
}

interface MatchContext {
  text: string;
  tokens: Token[];
  words: Word[][];
  index: GlossaryIndex;
  formsOf: (w: Word) => BaseForm[];
}

interface Linked {
  first: number;
  last: number;
  entityId: string;
  kind: EntityKind;
}

interface State {
  node: TrieNode;
  /** The words of the name read so far, for the case checks. */
  path: Word[];
  /** The last token read (a name word or a skipped middle name), -1 before the first. */
  lastToken: number;
  /** The last token read was a middle initial: a dot follows it. */
  afterInitial: boolean;
}

function findNames(ctx: MatchContext): Candidate[] {
  const { text, tokens, words } = ctx;
  const found: Candidate[] = [];
  const root = ctx.index.root;
  for (let first = 0; first < tokens.length; first++) {
    // Most words start no name: skip them before setting up the walk.
    if (!words[first]!.some((w) => ctx.formsOf(w).some((f) => root.next.has(f.key)))) continue;
    // States waiting at a token index: trie nodes reached by paths that end just before it.
    const frontier = new Map<number, State[]>([[first, [{ node: root, path: [], lastToken: -1, afterInitial: false }]]]);
    const push = (at: number, state: State) => {
      const list = frontier.get(at) ?? [];
      if (!list.some((s) => s.node === state.node && s.afterInitial === state.afterInitial)) list.push(state);
      frontier.set(at, list);
    };
    while (frontier.size > 0) {
      const at = Math.min(...frontier.keys());
      const states = frontier.get(at)!;
      frontier.delete(at);
      if (at >= tokens.length) continue;
      for (const state of states) {
        if (state.lastToken >= 0 && !joins(text, tokens[state.lastToken]!, tokens[at]!, state.afterInitial)) continue;
        for (const word of words[at]!) {
          for (const form of ctx.formsOf(word)) {
            const child = state.node.next.get(form.key);
            if (!child) continue;
            const path = [...state.path, word];
            const ends = child.ends.filter((end) => caseFits(end, path, ctx));
            if (ends.length > 0) found.push({ first, last: word.last, ends });
            if (child.next.size > 0) push(word.last + 1, { node: child, path, lastToken: word.last, afterInitial: false });
          }
        }
        // A patronymic or a middle initial inside a glossary name that has none ("Михаил
        // Владимирович Мишустин", "George W. Bush") is read past.
        const token = tokens[at]!;
        if (state.node !== root && state.path.length >= 1) {
          if (isMiddleName(token.key, token.script)) push(at + 1, { ...state, lastToken: at, afterInitial: false });
          else if (token.surface.length === 1 && token.capitalized && text[token.end] === '.') push(at + 1, { ...state, lastToken: at, afterInitial: true });
        }
      }
    }
  }
  return found;
}

function joins(text: string, left: Token, right: Token, afterInitial = false): boolean {
  if (right.start - left.end > MAX_JOINER_LENGTH) return false;
  const between = text.slice(left.end, right.start);
  if (afterInitial) return /^\.[ \u00A0]?$/.test(between);
  return JOINER.test(between) && !PARAGRAPH_BREAK.test(between);
}

/**
 * All-caps abbreviations must be all caps in the text (ООН, not "он"), and may take a lower-case
 * ending (МИДа, СҲШ-ро) but not run on into more capitals (UNDP). One-word names must be capitalized.
 * In an all-caps headline an abbreviation that spells a common word (US, WHO) is that word.
 */
function caseFits(end: NameEnd, path: Word[], ctx: MatchContext): boolean {
  if (end.needsCapital && !path[0]!.capitalized) return false;
  for (let p = 0; p < end.caseSensitive.length; p++) {
    const count = end.caseSensitive[p]!;
    if (count === 0) continue;
    const word = path[p];
    if (!word) return false;
    const prefix = word.letters.slice(0, count);
    if (prefix.length < count || prefix !== prefix.toUpperCase()) return false;
    const rest = word.letters.slice(count);
    if (rest !== rest.toLowerCase()) return false;
    if (end.caseSensitive.length === 1 && isFunctionWord(word.key.slice(0, count), word.script) && inCapitals(word, ctx)) return false;
  }
  return true;
}

/** Whether a word stands among all-caps words of its line (a headline in capitals). */
function inCapitals(word: Word, ctx: MatchContext): boolean {
  const { tokens, text } = ctx;
  const sameLine = (a: Token, b: Token) => !text.slice(a.end, b.start).includes('\n');
  const before = tokens[word.first - 1];
  const after = tokens[word.last + 1];
  const capsWord = (t: Token | undefined) => !!t && t.allCaps && t.surface.length >= 2;
  return (
    (capsWord(before) && sameLine(before!, tokens[word.first]!)) ||
    (capsWord(after) && sameLine(tokens[word.last]!, after!))
  );
}

/** Leftmost-longest: at each position the longest name wins; overlapping shorter names are dropped. */
function selectLongest(candidates: Candidate[], tokenCount: number): Candidate[] {
  const bestAt = new Array<Candidate | undefined>(tokenCount);
  for (const c of candidates) {
    const best = bestAt[c.first];
    if (!best || c.last > best.last) bestAt[c.first] = c;
    else if (c.last === best.last) best.ends.push(...c.ends.filter((e) => !best.ends.some((b) => b.entityId === e.entityId)));
  }
  const chosen: Candidate[] = [];
  let nextFree = 0;
  for (let i = 0; i < tokenCount; i++) {
    const c = bestAt[i];
    if (!c || i < nextFree) continue;
    chosen.push(c);
    nextFree = c.last + 1;
  }
  return chosen;
}

/**
 * A name shared by several entries is linked to the one the article names unambiguously elsewhere;
 * if none or several are, it stays unlinked rather than guessed.
 */
function resolveAmbiguous(candidates: Candidate[]): Linked[] {
  const sure = new Set<string>();
  for (const c of candidates) {
    const ids = new Set(c.ends.map((e) => e.entityId));
    if (ids.size === 1) sure.add(c.ends[0]!.entityId);
  }
  const linked: Linked[] = [];
  for (const c of candidates) {
    const ids = [...new Set(c.ends.map((e) => e.entityId))];
    const pick = ids.length === 1 ? ids[0] : only(ids.filter((id) => sure.has(id)));
    if (!pick) continue;
    const end = c.ends.find((e) => e.entityId === pick)!;
    linked.push({ first: c.first, last: c.last, entityId: pick, kind: end.kind });
  }
  return linked;
}

interface SurnameSite {
  word: Word;
  ids: string[];
  evidence: SurnameEvidence;
}

function findSurnames(ctx: MatchContext, named: Linked[], covered: Uint8Array): Linked[] {
  const { tokens, words, index } = ctx;
  // Where each person was named in full, in text order.
  const fullMentions = new Map<string, number[]>();
  for (const m of named) {
    if (m.kind !== 'person') continue;
    const list = fullMentions.get(m.entityId) ?? [];
    list.push(m.first);
    fullMentions.set(m.entityId, list);
  }
  // Tokens inside a person's name: a title before them is that person's, not the next surname's.
  const personAt = new Uint8Array(tokens.length);
  for (const m of named) if (m.kind === 'person') personAt.fill(1, m.first, m.last + 1);
  const sites: SurnameSite[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The longest word first: "Раҳмон" split as "Ра ҳ мон" reads as one word.
    const candidates = [...words[i]!].sort((a, b) => b.last - a.last);
    for (const word of candidates) {
      if (!word.capitalized || covered.subarray(word.first, word.last + 1).some((c) => c)) continue;
      // A surname that is also a common word (Tajik "дар" = in; Dar) is that word.
      if (isFunctionWord(word.key, word.script)) continue;
      const ids = new Set<string>();
      // A surname that is also someone's given name (Эмомалӣ) is ambiguous on its own; only the
      // form that is the surname counts (Жээнбеков is not a form of the given name Жээнбек).
      const alsoGiven = new Set<string>();
      for (const form of ctx.formsOf(word)) {
        const owners = index.surnames.get(form.key);
        if (!owners) continue;
        for (const id of owners) ids.add(id);
        for (const id of index.givenNames.get(form.key) ?? []) alsoGiven.add(id);
      }
      if (ids.size === 0) continue;
      // In a headline in capitals every word looks like a name: only a person named in full counts.
      const shouted = word.allCaps && inCapitals(word, ctx);
      const evidence: SurnameEvidence = {
        title: i > 0 && !shouted && afterTitle(ctx, i, personAt),
        initial: i > 0 ? initialBefore(ctx, i) : undefined,
        midSentence: i > 0 && !shouted && midSentence(ctx, i),
        repeated: false,
        alsoGiven,
        initials: index.initials,
      };
      sites.push({ word, ids: [...ids], evidence });
      i = word.last;
      break;
    }
  }
  // A surname that only one glossary person has, written several times and at least once inside a
  // sentence (so capitalized as a name, not as a first word), is that person: "Путин" in an article
  // that never gives his first name.
  const uses = new Map<string, { count: number; mid: boolean }>();
  for (const site of sites) {
    if (site.ids.length !== 1 || site.evidence.alsoGiven.size > 0) continue;
    const u = uses.get(site.ids[0]!) ?? { count: 0, mid: false };
    u.count++;
    u.mid ||= site.evidence.midSentence;
    uses.set(site.ids[0]!, u);
  }
  const found: Linked[] = [];
  for (const site of sites) {
    const u = site.ids.length === 1 ? uses.get(site.ids[0]!) : undefined;
    site.evidence.repeated = !!u && u.count >= MIN_REPEATS && u.mid && site.word.letters.length >= 4;
    const pick = pickPerson(site.ids, site.word.first, fullMentions, site.evidence);
    if (pick) found.push({ first: site.word.first, last: site.word.last, entityId: pick, kind: 'person' });
  }
  return found;
}

const MIN_REPEATS = 2;

/** Whether a word follows another word of the same sentence (not a sentence or quotation start). */
function midSentence(ctx: MatchContext, i: number): boolean {
  const between = ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start);
  return !/[.!?…:;\n«"“„(–—]/.test(between);
}

/**
 * A title before the surname: right before it ("President Rahmon", "министра Лаврова", "Mr. Lavrov")
 * or a few words before, within one stretch of words ("глава МИД России Лавров", "раисҷумҳури
 * Қирғизистон Сооронбой Жээнбеков"). A function word or any punctuation ends the stretch.
 */
function afterTitle(ctx: MatchContext, i: number, personAt: Uint8Array): boolean {
  const { tokens, text } = ctx;
  for (let j = i - 1, n = 0; j >= 0 && n < MAX_TITLE_DISTANCE; j--, n++) {
    const prev = tokens[j]!;
    if (personAt[j]) return false;
    const between = text.slice(prev.end, tokens[j + 1]!.start);
    const abbreviated = n === 0 && prev.surface.length <= 4 && /^\.[ \u00A0]$/.test(between);
    if (!/^[ \u00A0]+$|^-$/.test(between) && !abbreviated) return false;
    if (isTitleWord(prev.key, prev.script)) return true;
    if (isFunctionWord(prev.key, prev.script)) return false;
  }
  return false;
}

const MAX_TITLE_DISTANCE = 4;

/** The folded initial before a surname ("С. Лавров", "S.Lavrov"), if there is one. */
function initialBefore(ctx: MatchContext, i: number): string | undefined {
  const prev = ctx.tokens[i - 1]!;
  if (prev.surface.length !== 1 || !prev.capitalized) return undefined;
  const between = ctx.text.slice(prev.end, ctx.tokens[i]!.start);
  return /^\.[ \u00A0]?$/.test(between) ? prev.key : undefined;
}

interface SurnameEvidence {
  title: boolean;
  initial?: string;
  midSentence: boolean;
  /** The surname is written several times in the article and belongs to one glossary person. */
  repeated: boolean;
  alsoGiven: Set<string>;
  initials: Map<string, Set<string>>;
}

/**
 * Of the people sharing a surname: the one the article named in full most recently before this
 * word; else the only one it names in full anywhere; else, after a title or the right initial, or
 * when the article repeats the surname, the only such person in the glossary. Otherwise nobody: a wrong link is worse than none.
 */
function pickPerson(ids: string[], at: number, fullMentions: Map<string, number[]>, evidence: SurnameEvidence): string | undefined {
  let candidates = ids;
  if (evidence.initial) {
    // "С. Лавров" is only someone whose given name starts with С.
    candidates = ids.filter((id) => evidence.initials.get(id)?.has(evidence.initial!));
    if (candidates.length === 0) return undefined;
  }
  const introduced = candidates.filter((id) => fullMentions.has(id));
  let best: string | undefined;
  let bestPos = -1;
  for (const id of introduced) {
    for (const pos of fullMentions.get(id)!) {
      if (pos < at && pos > bestPos) {
        best = id;
        bestPos = pos;
      }
    }
  }
  if (best) return best;
  if (introduced.length > 0) return only(introduced);
  if (!evidence.title && !evidence.initial && !evidence.repeated) return undefined;
  const rivals = [...evidence.alsoGiven].filter((id) => !candidates.includes(id));
  return rivals.length === 0 ? only(candidates) : undefined;
}

function only<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
