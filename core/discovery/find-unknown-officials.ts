import type { Lang } from '../glossary/types';
import { baseForms, isFunctionWord, isMiddleName } from '../languages';
import { detectLanguage } from '../languages/detect';
import type { Mention } from '../recognition/match-mentions';
import { foldKey } from '../text/fold';
import { tokenize, type Token } from '../text/tokenize';
import { englishPatterns } from './patterns/en';
import { russianPatterns } from './patterns/ru';
import { tajikPatterns } from './patterns/tg';
import type { DiscoveryPatterns } from './patterns/types';
import { sentenceAround, sentenceEnds } from './sentences';
import type { Discovery } from './types';

export type { Discovery } from './types';

export interface DiscoveryOptions {
  /** The article's language when already known (analyzeText's `language`); detected from the text otherwise. */
  language?: string;
  /** The page's `lang` attribute, a tie-breaker for detection. */
  langHint?: string;
}

interface Lexicon {
  patterns: DiscoveryPatterns;
  titles: Set<string>;
  dottedTitles: Set<string>;
  bodyHeads: Set<string>;
  notNames: Set<string>;
  places: Set<string>;
  stopWords: Set<string>;
  connectors: Set<string>;
  events: Set<string>;
  singleNameTitles: Set<string>;
  bodyAbbreviations: Set<string>;
  placeHeads: Set<string>;
  /** Base form of each title word as written in the patterns (folded key → word), for the office's base form. */
  titleWritten: Map<string, string>;
}

function compile(p: DiscoveryPatterns): Lexicon {
  const fold = (words: string[]) => new Set(words.flatMap((w) => w.split('-')).map((w) => foldKey(w, p.script)));
  // A hyphenated title is found by its last part ("вице-президент" by "президент", "under-secretary"
  // by "secretary"); the office then reaches back over the hyphen.
  const foldHeads = (words: string[]) => new Set(words.map((w) => foldKey(w.split('-').pop()!, p.script)));
  const titleWritten = new Map<string, string>();
  for (const t of p.titles) {
    const head = t.split('-').pop()!;
    titleWritten.set(foldKey(head, p.script), head);
  }
  return {
    patterns: p,
    titles: foldHeads(p.titles),
    dottedTitles: fold(p.dottedTitles ?? []),
    bodyHeads: fold(p.bodyHeads),
    notNames: fold(p.notNames),
    places: fold(p.places),
    stopWords: fold(p.stopWords),
    connectors: fold(p.connectors),
    events: fold(p.events),
    singleNameTitles: fold(p.singleNameTitles ?? []),
    bodyAbbreviations: fold(p.bodyAbbreviations ?? []),
    placeHeads: fold(p.placeHeads),
    titleWritten,
  };
}

const LEXICONS: Record<'en' | 'ru' | 'tg', Lexicon> = {
  en: compile(englishPatterns),
  ru: compile(russianPatterns),
  tg: compile(tajikPatterns),
};

interface Draft {
  first: number;
  last: number;
  kind: Discovery['kind'];
  pattern: Discovery['pattern'];
  name: string;
  office?: string;
  abbreviation?: string;
  /** Token indexes of the person's name words, for finding the surname again. */
  nameTokens?: number[];
}

const MAX_COMPLEMENT = 6;
// Lower-case nouns an English office may end in before the name: "Prime Minister of the country X Y".
const EN_COMPLEMENT_NOUNS = new Set(['country', 'republic', 'state', 'kingdom', 'federation', 'government', 'region', 'city', 'organization', 'organisation']);

/** An English possessive ending: "Tajikistan’s" is read as "Tajikistan" + "’" + "s". */
function possessive(ctx: Context, prev: number, k: number): boolean {
  return ctx.lang === 'en' && ctx.tokens[k]!.key === 's' && /^['’]$/.test(ctx.between(prev, k)) && ctx.tokens[prev]!.capitalized;
}
const QUOTE_GAP = /^[ \u00A0]*[«"„“»”][ \u00A0]*$/u;
const MAX_CHAIN = 6;

/**
 * Finds likely officials and state bodies in an article that the glossary does not know: names
 * after a title ("Foreign Minister X Y", "министра иностранных дел Ивана Петрова", "вазири корҳои
 * хориҷӣ X Y"), names before one ("X Y, a spokesperson for …"), the names of bodies ("Ministry of …",
 * "Министерства обороны …", "Вазорати …", "State Committee …"), abbreviations given in parentheses
 * after a full name, and later mentions of what was found (a surname alone, the abbreviation).
 *
 * Conservative by design: a person's name needs two words (an initial counts) unless an English
 * title stands right before it; nothing overlaps a glossary mention; months, places and office
 * words are never taken for names. Pure and synchronous: no DOM, no glossary needed beyond the
 * mentions already found.
 */
export function findUnknownOfficials(text: string, mentions: readonly Mention[], options: DiscoveryOptions = {}): Discovery[] {
  if (!text) return [];
  const lang = articleLanguage(text, options);
  if (!lang) return [];
  const lex = LEXICONS[lang];
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const ctx = new Context(text, tokens, lex);

  const drafts: Draft[] = [
    ...findTitleNames(ctx),
    ...findNameTitles(ctx),
    ...findBodies(ctx),
    ...findAbbreviations(ctx),
  ];
  const known = [...mentions].sort((a, b) => a.start - b.start);
  const overlapsKnown = (d: Draft) => overlapsAny(known, tokens[d.first]!.start, tokens[d.last]!.end);
  let chosen = selectLongest(drafts.filter((d) => !overlapsKnown(d) && !ctx.inHeadline(d.first)));
  // An abbreviation whose full name is known (or the other way round) is not new.
  chosen = chosen.filter((d) => !d.abbreviation || !drafts.some((o) => o.abbreviation === d.abbreviation && overlapsKnown(o)));
  const repeats = findRepeats(ctx, chosen).filter((d) => !overlapsKnown(d));
  chosen = selectLongest([...chosen, ...repeats]);

  const ends = sentenceEnds(text);
  return chosen.map((d) => {
    const start = tokens[d.first]!.start;
    const end = tokens[d.last]!.end;
    const found: Discovery = {
      start,
      end,
      text: text.slice(start, end),
      kind: d.kind,
      context: sentenceAround(text, start, end, ends),
      suggestedNames: { [lang]: cleanName(d.name) },
      pattern: d.pattern,
    };
    if (d.office) found.suggestedOffice = { [lang]: cleanName(d.office) };
    if (d.abbreviation) found.abbreviation = d.abbreviation;
    return found;
  });
}

/** Quotes left unbalanced by the span ("министерство обороны» ДНР") are dropped from the suggestion. */
function cleanName(name: string): string {
  let out = name;
  for (const [open, close] of [['«', '»'], ['“', '”'], ['„', '“']] as const) {
    if (out.split(open).length !== out.split(close).length) out = out.split(open).join('').split(close).join('');
  }
  if ((out.split('"').length - 1) % 2 === 1) out = out.split('"').join('');
  return out.replace(/\s{2,}/g, ' ').trim();
}

function articleLanguage(text: string, options: DiscoveryOptions): Lang | undefined {
  const given = (options.language ?? detectLanguage(text, options.langHint)).toLowerCase().split('-')[0];
  if (given === 'en' || given === 'ru' || given === 'tg') return given;
  // An article in another language (French, Czech…) has none of our patterns; only a text too short
  // to tell is read by its script, and by the letters only Tajik uses.
  if (text.length > 300) return undefined;
  let latin = 0;
  let cyrillic = 0;
  for (const t of tokenize(text.slice(0, 5000))) {
    if (t.script === 'latin') latin++;
    else if (t.script === 'cyrillic') cyrillic++;
  }
  if (latin === 0 && cyrillic === 0) return undefined;
  if (latin > cyrillic) return 'en';
  return /[ғӣқӯҳҷҒӢҚӮҲҶ]/u.test(text.slice(0, 5000)) ? 'tg' : 'ru';
}

function overlapsAny(sorted: readonly Mention[], start: number, end: number): boolean {
  // Binary search for the first mention ending after start.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 8); i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.start >= end) break;
    if (m.end > start) return true;
  }
  // A long mention that starts well before may still cover the span.
  for (let i = lo - 9; i >= 0; i--) if (sorted[i]!.end > start) return true;
  return false;
}

/** Leftmost-longest over token spans, earlier patterns winning ties. */
function selectLongest(drafts: Draft[]): Draft[] {
  const sorted = drafts
    .map((d, order) => ({ d, order }))
    .sort((a, b) => a.d.first - b.d.first || b.d.last - a.d.last || a.order - b.order);
  const out: Draft[] = [];
  let nextFree = 0;
  for (const { d } of sorted) {
    if (d.first < nextFree) continue;
    out.push(d);
    nextFree = d.last + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const VERB_LIKE = /(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят|ут|ат|ть|ться|ется|ится|ют|ются|ятся|ешь|ишь)$/u;
const RU_NOT_VERBS = new Set(['дел', 'сил', 'сёл', 'сел', 'прав']);
const RU_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю|ых|их|ой|ей)$/u;

class Context {
  /** Each token's base forms, made the first time they are asked for: most tokens never are. */
  private readonly forms: (Set<string> | undefined)[];
  private readonly formsOfKey = new Map<string, Set<string>>();
  private readonly nameLikeCache: (boolean | undefined)[];
  private readonly initialCache: (boolean | undefined)[];
  private headlineLines?: { start: number; end: number }[];

  constructor(readonly text: string, readonly tokens: Token[], readonly lex: Lexicon) {
    this.forms = new Array(tokens.length);
    this.nameLikeCache = new Array(tokens.length);
    this.initialCache = new Array(tokens.length);
  }

  /** The base forms of token `i` (its case endings and enclitics taken off). */
  formsOf(i: number): Set<string> {
    let forms = this.forms[i];
    if (!forms) {
      const t = this.tokens[i]!;
      const key = t.script + t.key;
      forms = this.formsOfKey.get(key);
      if (!forms) {
        forms = new Set(baseForms(t.key, t.script).map((f) => f.key));
        this.formsOfKey.set(key, forms);
      }
      this.forms[i] = forms;
    }
    return forms;
  }

  get lang(): Lang {
    return this.lex.patterns.code;
  }

  has(i: number, set: Set<string>): boolean {
    for (const w of this.formsOf(i)) if (set.has(w)) return true;
    return false;
  }

  surface(i: number): string {
    return this.tokens[i]!.surface;
  }

  lower(i: number): string {
    return this.tokens[i]!.surface.toLowerCase();
  }

  between(a: number, b: number): string {
    return this.text.slice(this.tokens[a]!.end, this.tokens[b]!.start);
  }

  /** Two neighbouring words of one phrase: spaces only, or a hyphen inside a compound. */
  joined(a: number, b: number): boolean {
    const gap = this.between(a, b);
    return /^[ \u00A0]{1,3}$/.test(gap) || /^[-\u2010\u2011]$/.test(gap);
  }

  /** A word of a name may also follow an initial's dot ("С. Девонаев", "A.N. Chilingarov"). */
  joinedInName(a: number, b: number): boolean {
    if (this.isInitial(a)) return /^\.[ \u00A0]?$/.test(this.between(a, b));
    return this.joined(a, b);
  }

  isTitle(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.script !== this.lex.patterns.script) return false;
    if (this.lex.dottedTitles.has(t.key) && this.text[t.end] === '.') return true;
    // An English title in the plural names a body, not a person (Council of Economic Advisers).
    if (t.script === 'latin') return this.lex.titles.has(t.key);
    return this.has(i, this.lex.titles);
  }

  isPlace(i: number): boolean {
    return this.has(i, this.lex.places);
  }

  isOfficeWord(i: number): boolean {
    return this.has(i, this.lex.notNames) || this.has(i, this.lex.titles) || this.has(i, this.lex.bodyHeads);
  }

  isConnector(i: number): boolean {
    return this.lex.connectors.has(this.tokens[i]!.key);
  }

  /** Ends in the Tajik izofat -и (Вазорати, корҳои), which links it to the next word. */
  hasIzofat(i: number): boolean {
    const s = this.lower(i);
    return s.length >= 3 && /[^ӣ]и$/u.test(s);
  }

  /** A single capital letter followed by a dot and then by another initial or a name word. */
  isInitial(i: number): boolean {
    const cached = this.initialCache[i];
    if (cached !== undefined) return cached;
    const t = this.tokens[i]!;
    let result = false;
    if (t.surface.length === 1 && t.capitalized && this.text[t.end] === '.' && i + 1 < this.tokens.length) {
      const gap = this.between(i, i + 1);
      if (/^\.[ \u00A0]?$/.test(gap)) result = this.isInitial(i + 1) || this.isNameLike(i + 1);
    }
    this.initialCache[i] = result;
    return result;
  }

  /** Could be a word of a person's name: capitalized, not an abbreviation, office word, place, month. */
  isNameLike(i: number): boolean {
    const cached = this.nameLikeCache[i];
    if (cached !== undefined) return cached;
    const t = this.tokens[i]!;
    const lex = this.lex;
    const result =
      t.capitalized &&
      !t.allCaps &&
      t.script === lex.patterns.script &&
      /^\p{L}[\p{L}\p{M}]+$/u.test(t.surface) &&
      !lex.stopWords.has(t.key) &&
      !this.has(i, lex.stopWords) &&
      !this.isPlace(i) &&
      !this.isOfficeWord(i) &&
      !this.has(i, lex.events) &&
      !isFunctionWord(t.key, t.script) &&
      !(lex.patterns.code === 'tg' && /ии$/u.test(t.surface.toLowerCase()));
    this.nameLikeCache[i] = result;
    return result;
  }

  /** May stand between a title and the name, as part of the office ("иностранных дел", "of Foreign Affairs"). */
  complementOk(i: number, prev: number): boolean {
    const t = this.tokens[i]!;
    if (t.script !== this.lex.patterns.script && t.script !== 'other') return false;
    if (t.script === 'other') return false;
    switch (this.lang) {
      case 'en':
        return this.isConnector(i) || (t.capitalized && (this.isOfficeWord(i) || this.isPlace(i))) || t.allCaps || (this.isConnector(prev) && EN_COMPLEMENT_NOUNS.has(t.surface.toLowerCase()));
      case 'ru':
        if (t.capitalized) return this.isOfficeWord(i) || this.isPlace(i) || t.allCaps;
        if (this.isConnector(i)) return true;
        // "посол США в России Джон Салливан": a preposition only before a country.
        if (/^(?:в|во|при)$/u.test(t.key)) return i + 1 < this.tokens.length && this.tokens[i + 1]!.capitalized && this.isPlace(i + 1);
        if (isFunctionWord(t.key, t.script) || t.surface.length < 3) return false;
        return RU_NOT_VERBS.has(t.key) || !VERB_LIKE.test(t.key);
      case 'tg':
        // The izofat chain: a word links to the next one only with -и, or through "ва".
        return this.hasIzofat(prev) || (this.isConnector(prev) && !t.capitalized) || (this.isConnector(i) && !this.hasIzofat(prev));
    }
  }

  /** Whether a token lies on an English headline line written in Title Case (every word capitalized). */
  inHeadline(i: number): boolean {
    if (this.lang !== 'en') return false;
    if (!this.headlineLines) {
      this.headlineLines = [];
      let offset = 0;
      for (const line of this.text.split('\n')) {
        const words = tokenize(line).filter((w) => w.surface.length >= 4);
        if (words.length >= 3 && words.filter((w) => w.capitalized).length / words.length >= 0.75 && !/[.!?]["”’]?\s*$/.test(line)) {
          this.headlineLines.push({ start: offset, end: offset + line.length });
        }
        offset += line.length + 1;
      }
    }
    const at = this.tokens[i]!.start;
    return this.headlineLines.some((l) => at >= l.start && at < l.end);
  }
}

// ---------------------------------------------------------------------------------------------
// People after a title: "Foreign Minister X Y", "министра иностранных дел Ивана Петрова".

function findTitleNames(ctx: Context): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!ctx.isTitle(i)) continue;
    // The title word ends the office where the name's chain starts; walk the complement and the
    // capitalized chain after it, then take the name from the chain's end.
    let k = i + 1;
    let complementEnd = i;
    let chainStart = -1;
    let steps = 0;
    let prev = i;
    let viaDot = ctx.lex.dottedTitles.has(tokens[i]!.key) && ctx.text[tokens[i]!.end] === '.';
    for (; k < tokens.length && steps < MAX_COMPLEMENT + MAX_CHAIN; k++, steps++) {
      const gapOk = viaDot
        ? /^\.[ \u00A0]?$/.test(ctx.between(prev, k))
        : ctx.joinedInName(prev, k) || (ctx.lang !== 'en' && QUOTE_GAP.test(ctx.between(prev, k))) || possessive(ctx, prev, k);
      viaDot = false;
      if (!gapOk) break;
      const t = tokens[k]!;
      // "Secretary of Tajikistan’s Security Council X Y": the possessive is part of the office.
      if (possessive(ctx, prev, k)) {
        prev = k;
        continue;
      }
      if (t.capitalized || ctx.isInitial(k)) {
        if (ctx.lang === 'tg' && chainStart < 0 && !ctx.hasIzofat(prev) && !ctx.isNameLike(k) && prev !== i) break;
        // Before the name, a country or an abbreviation is the office's ("Посол США в России X Y").
        if (chainStart < 0 && ctx.lang === 'ru' && !ctx.isNameLike(k) && !ctx.isInitial(k) && ctx.complementOk(k, prev)) {
          complementEnd = k;
          prev = k;
          continue;
        }
        if (chainStart < 0) chainStart = k;
      } else if (chainStart >= 0) {
        // English names of bodies run on through "of", "for": "Chairman of the Joint Chiefs of Staff".
        // Not after a name ("… Abdu Karimov and the Prime Minister …"), and not through "and".
        if (ctx.lang === 'en' && ctx.isConnector(k) && t.key !== 'and' && !ctx.isNameLike(prev) && k + 1 < tokens.length && (tokens[k + 1]!.capitalized || ctx.isConnector(k + 1))) {
          prev = k;
          continue;
        }
        break;
      } else if (ctx.complementOk(k, prev)) {
        complementEnd = k;
      } else break;
      prev = k;
      if (chainStart >= 0 && k - chainStart >= MAX_CHAIN) break;
    }
    if (chainStart < 0) continue;
    const chainEnd = prev;
    if (chainEnd < chainStart) continue;
    const name = trailingName(ctx, chainStart, chainEnd);
    if (!name) continue;
    const [first, last] = name;
    // "a spokesperson for Inherent Resolve": in English a name right after "for"/"of" is the body's.
    if (ctx.lang === 'en' && first === chainStart && first - 1 > i && ctx.isConnector(first - 1)) continue;
    // "Operation Inherent Resolve", "Summit Street": the name belongs to an event or a place.
    if (range(i, first - 1).some((k) => ctx.has(k, ctx.lex.events))) continue;
    const single = wordStarts(ctx, first, last).length === 1;
    if (single) {
      // "President Trump": only in English, right after a title only people hold, nothing in between
      // ("General Motors" is no general).
      if (ctx.lang !== 'en' || first !== chainStart || complementEnd !== i || first !== i + 1) continue;
      if (tokens[first]!.surface.length < 3 || last !== first) continue;
      if (!ctx.has(i, ctx.lex.singleNameTitles) && !ctx.lex.dottedTitles.has(tokens[i]!.key)) continue;
    }
    const officeEnd = first - 1;
    const officeStart = officeStartOf(ctx, i);
    out.push({
      first,
      last,
      kind: 'person',
      pattern: 'title-name',
      name: personName(ctx, first, last, i),
      office: officeText(ctx, officeStart, officeEnd, i),
      nameTokens: range(first, last),
    });
  }
  return out;
}

/**
 * The person's name at the end of a capitalized chain: the trailing name words (initials and a
 * patronymic allowed inside), at most three; in Russian and Tajik two unless the middle one is a
 * patronymic, since the words before are most likely the complement ("Милли Меджлиса").
 */
function trailingName(ctx: Context, chainStart: number, chainEnd: number): [number, number] | undefined {
  if (!ctx.isNameLike(chainEnd)) return undefined;
  // A name never ends in an initial.
  if (ctx.isInitial(chainEnd)) return undefined;
  let first = chainEnd;
  while (first - 1 >= chainStart && (ctx.isNameLike(first - 1) || ctx.isInitial(first - 1)) && ctx.joinedInName(first - 1, first)) first--;
  // Drop leading words beyond the usual length of a name; a hyphenated name is one word
  // ("Қосим-Жомарт"), initials do not count ("A.N. Chilingarov").
  const maxWords = ctx.lang === 'en' ? 3 : 2;
  while (true) {
    const starts = wordStarts(ctx, first, chainEnd).filter((k) => !ctx.isInitial(k));
    const middle = starts[1];
    const allowed = middle !== undefined && starts.length === maxWords + 1 && isMiddleName(ctx.tokens[middle]!.key, ctx.tokens[middle]!.script) ? maxWords + 1 : maxWords;
    if (starts.length <= allowed) break;
    first = wordStarts(ctx, first, chainEnd)[1]!;
  }
  return [first, chainEnd];
}

/** The tokens that start a word of a name: the first, and every one not joined to the previous by a hyphen. */
function wordStarts(ctx: Context, first: number, last: number): number[] {
  const out = [first];
  for (let k = first + 1; k <= last; k++) if (!/^[-\u2010\u2011]$/.test(ctx.between(k - 1, k))) out.push(k);
  return out;
}

/** English offices extend back over the capitalized words of the title ("Deputy Foreign Minister"); Russian over a hyphen ("пресс-секретарь"). */
function officeStartOf(ctx: Context, titleAt: number): number {
  let start = titleAt;
  while (start > 0) {
    const p = start - 1;
    const gap = ctx.between(p, start);
    if (/^[-\u2010\u2011]$/.test(gap)) {
      start = p;
      continue;
    }
    if (ctx.lang === 'en' && /^[ \u00A0]$/.test(gap) && ctx.tokens[p]!.capitalized && (ctx.isOfficeWord(p) || ctx.isPlace(p)) && !ctx.tokens[p]!.allCaps) {
      start = p;
      continue;
    }
    // Russian adjectives of the title: "Генеральный директор", "первого заместителя".
    const t = ctx.tokens[p]!;
    if (ctx.lang === 'ru' && titleAt - p <= 2 && /^[ \u00A0]$/.test(gap) && RU_ADJECTIVE.test(t.key) && !t.allCaps && !isFunctionWord(t.key, t.script) && t.surface.length > 3) {
      start = p;
      continue;
    }
    break;
  }
  return start;
}

function officeText(ctx: Context, start: number, end: number, titleAt: number): string {
  const { tokens, text } = ctx;
  // Trim connectors left at the end ("Adviser for").
  while (end > titleAt && ctx.isConnector(end)) end--;
  if (ctx.lang !== 'ru') return text.slice(tokens[start]!.start, tokens[end]!.end);
  // Russian: the title word in its base form ("министра иностранных дел" → "министр иностранных дел"),
  // and the adjectives before it ("Генерального директора" → "Генеральный директор").
  const oblique = titleCase(ctx, titleAt) !== 'nom';
  let out = '';
  for (let i = start; i <= end; i++) {
    if (i > start) out += text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    const hyphenPart = i < titleAt && /^[-\u2010\u2011]$/.test(ctx.between(i, i + 1));
    out += i === titleAt ? titleBase(ctx, i) : i < titleAt && oblique && !hyphenPart ? adjectiveNominative(tokens[i]!.surface, 'm') : tokens[i]!.surface;
  }
  return out;
}

function titleBase(ctx: Context, i: number): string {
  const t = ctx.tokens[i]!;
  for (const form of baseForms(t.key, t.script)) {
    const written = ctx.lex.titleWritten.get(form.key);
    if (written) return t.capitalized ? written.charAt(0).toUpperCase() + written.slice(1) : written;
  }
  return t.surface;
}

/** The case a Russian title word is in, from the ending its base form dropped. */
function titleCase(ctx: Context, titleAt: number): 'nom' | 'gen' | 'dat' | 'ins' | 'other' {
  const t = ctx.tokens[titleAt]!;
  let best: string | undefined;
  for (const form of baseForms(t.key, t.script)) {
    if (!ctx.lex.titles.has(form.key)) continue;
    if (form.key === t.key) return 'nom';
    const ending = t.key.slice(form.stemLength);
    if (best === undefined || ending.length > best.length) best = ending;
  }
  if (best === undefined) return 'other';
  if (['а', 'я', 'ы', 'и'].includes(best)) return 'gen';
  if (['у', 'ю'].includes(best)) return 'dat';
  if (['ом', 'ем', 'ой'].includes(best)) return 'ins';
  return 'other';
}

const RU_HARD = 'бвгдзклмнпрстфхжшчщц';

/** A declined Russian name word back to the nominative, given the case of its title. */
function russianNominative(word: string, grammaticalCase: 'gen' | 'dat' | 'ins'): string {
  const w = word;
  const end = (s: string) => w.toLowerCase().endsWith(s);
  const cut = (n: number, add: string) => w.slice(0, w.length - n) + add;
  const beforeLast = (n: number) => w.toLowerCase().charAt(w.length - n - 1);
  if (w.length < 4) return w;
  if (grammaticalCase === 'gen') {
    if (end('ского') || end('цкого')) return cut(3, 'ий');
    if (end('ой')) return cut(2, 'а');
    if (end('ии')) return cut(1, 'я');
    if (end('ия')) return cut(1, 'й');
    if (end('ея') || end('ая') || end('уя')) return cut(1, 'й');
    if (end('я') && RU_HARD.includes(beforeLast(1))) return cut(1, 'ь');
    if (end('ы')) return cut(1, 'а');
    if (end('и') && 'гкхжшчщ'.includes(beforeLast(1))) return cut(1, 'а');
    if (end('а') && RU_HARD.includes(beforeLast(1))) return cut(1, '');
    return w;
  }
  if (grammaticalCase === 'dat') {
    if (end('скому') || end('цкому')) return cut(3, 'ий');
    if (end('ой')) return cut(2, 'а');
    if (end('ии')) return cut(1, 'я');
    if (end('ею') || end('аю') || end('ую')) return cut(1, 'й');
    if (end('ю') && RU_HARD.includes(beforeLast(1))) return cut(1, 'ь');
    if (end('у') && RU_HARD.includes(beforeLast(1))) return cut(1, '');
    if (end('е') && RU_HARD.includes(beforeLast(1))) return cut(1, 'а');
    return w;
  }
  if (end('ским') || end('цким')) return cut(2, 'ий');
  if (end('ией')) return cut(2, 'я');
  if (end('ой') || end('ей')) return w.length > 5 ? cut(2, 'а') : w;
  if (end('ым') || end('ом')) return RU_HARD.includes(beforeLast(2)) ? cut(2, '') : w;
  if (end('еем') || end('аем')) return cut(2, 'й');
  if (end('ем') && 'жшчщц'.includes(beforeLast(2))) return cut(2, '');
  return w;
}

/** The person's name as the suggestion: Russian back to the nominative after an oblique title, Tajik without the object suffix. */
function personName(ctx: Context, first: number, last: number, titleAt?: number): string {
  const { tokens, text } = ctx;
  const grammaticalCase = ctx.lang === 'ru' && titleAt !== undefined ? titleCase(ctx, titleAt) : 'nom';
  let out = '';
  for (let i = first; i <= last; i++) {
    if (i > first) out += text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    let w = tokens[i]!.surface;
    if (!ctx.isInitial(i) && (grammaticalCase === 'gen' || grammaticalCase === 'dat' || grammaticalCase === 'ins')) w = russianNominative(w, grammaticalCase);
    if (ctx.lang === 'tg' && i === last) w = stripTajikSuffix(w);
    out += w;
  }
  return out;
}

function stripTajikSuffix(word: string): string {
  return word.length > 5 && /ро$/u.test(word) ? word.slice(0, -2) : word;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

const APPOSITION_MODIFIERS: Record<Lang, Set<string>> = {
  en: new Set(['a', 'an', 'the', 'former', 'senior', 'acting', 'top', 'its', 'his', 'her', 'their', 'deputy', 'chief', 'then']),
  ru: new Set(['бывший', 'бывшая', 'бывшего', 'бывшему', 'бывшим', 'первый', 'первого', 'нынешний', 'нынешнего', 'официальный', 'официального', 'временно', 'исполняющий']),
  tg: new Set(['собиқ', 'собиқи', 'аввалин', 'сарвари']),
};

// ---------------------------------------------------------------------------------------------
// People before a title: "X Y, a spokesperson for …", "Виктор Хреков, пресс-секретарь …".

function findNameTitles(ctx: Context): Draft[] {
  const { tokens, text } = ctx;
  const out: Draft[] = [];
  for (let last = 0; last + 1 < tokens.length; last++) {
    if (!ctx.isNameLike(last)) continue;
    if (!/^,[ \u00A0]+$/.test(ctx.between(last, last + 1))) continue;
    let first = last;
    while (first - 1 >= 0 && (ctx.isNameLike(first - 1) || ctx.isInitial(first - 1)) && ctx.joinedInName(first - 1, first)) first--;
    // The whole capitalized chain must be the name: "Moscow Mayor X, …" is the title pattern's.
    if (first - 1 >= 0 && tokens[first - 1]!.capitalized && ctx.joined(first - 1, first)) continue;
    const words = wordStarts(ctx, first, last).filter((k) => !ctx.isInitial(k)).length;
    const tokensInName = last - first + 1;
    if (tokensInName < 2 || words < 1 || words > 3 || (words === 1 && !ctx.isInitial(first))) continue;
    // After the comma: up to two words ("a", "the U.S.", "пресс-"), then a title.
    let titleAt = -1;
    for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
      if (k > last + 1 && !(ctx.joined(k - 1, k) || /^\.[ \u00A0]?$/.test(ctx.between(k - 1, k)))) break;
      if (ctx.isTitle(k)) {
        titleAt = k;
        break;
      }
      // Between the comma and the title: an article or a modifier ("a former", "the U.S.", "бывший"),
      // or the first half of a hyphenated title ("пресс-", "вице-"); not a clause ("а также").
      const hyphenated = k + 1 < tokens.length && /^[-\u2010\u2011]$/.test(ctx.between(k, k + 1));
      const modifier =
        APPOSITION_MODIFIERS[ctx.lang].has(ctx.lower(k)) ||
        (ctx.lang === 'en' && (ctx.isPlace(k) || tokens[k]!.surface.length === 1 || (tokens[k]!.capitalized && ctx.isOfficeWord(k))));
      if (!hyphenated && !modifier) break;
    }
    if (titleAt < 0) continue;
    // The office: from the title to the next punctuation, at most eight words.
    let officeStart = titleAt;
    while (officeStart > last + 1 && /^[-\u2010\u2011]$/.test(ctx.between(officeStart - 1, officeStart))) officeStart--;
    // "Ned Price, the State Department spokesman": the office starts at its capitalized words.
    if (ctx.lang === 'en') while (officeStart - 1 > last && tokens[officeStart - 1]!.capitalized && (ctx.isOfficeWord(officeStart - 1) || ctx.isPlace(officeStart - 1))) officeStart--;
    let officeEnd = titleAt;
    for (let k = titleAt + 1; k < tokens.length && k <= titleAt + 8; k++) {
      if (!ctx.joined(k - 1, k)) break;
      if (ctx.lang === 'ru' && VERB_LIKE.test(tokens[k]!.key) && !RU_NOT_VERBS.has(tokens[k]!.key)) break;
      if (isFunctionWord(tokens[k]!.key, tokens[k]!.script) && !ctx.isConnector(k) && ctx.lang !== 'en') break;
      // English: "chairman of the Council of Economic Advisers", "spokesperson for the agency" — a
      // lower-case word right after a capitalized one ends it ("… Advisers in 1978").
      if (ctx.lang === 'en' && !ctx.isConnector(k) && !tokens[k]!.capitalized && tokens[k - 1]!.capitalized && k - 1 > titleAt) break;
      officeEnd = k;
    }
    while (officeEnd > titleAt && ctx.isConnector(officeEnd)) officeEnd--;
    out.push({
      first,
      last,
      kind: 'person',
      pattern: 'name-title',
      name: personName(ctx, first, last, titleAt),
      office: ctx.lang === 'ru' ? officeText(ctx, officeStart, officeEnd, titleAt) : text.slice(tokens[officeStart]!.start, tokens[officeEnd]!.end),
      nameTokens: range(first, last),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Bodies: "Ministry of …", "State Committee for …", "Министерство обороны …", "Вазорати …".

function findBodies(ctx: Context): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.has(i, ctx.lex.bodyHeads) || ctx.tokens[i]!.script !== ctx.lex.patterns.script) continue;
    const draft = ctx.lang === 'en' ? englishBody(ctx, i) : ctx.lang === 'ru' ? russianBody(ctx, i) : tajikBody(ctx, i);
    if (draft) out.push(draft);
  }
  if (ctx.lex.bodyAbbreviations.size > 0) out.push(...abbreviatedBodies(ctx));
  return out;
}

const RU_PLACE_ADJECTIVE = /(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их)$/u;

/** "МИД Азербайджана", "японского МИДа": a state body's short name with its country. */
function abbreviatedBodies(ctx: Context): Draft[] {
  const { tokens, text } = ctx;
  const out: Draft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!ctx.has(i, ctx.lex.bodyAbbreviations)) continue;
    let first = i;
    let last = i;
    const next = tokens[i + 1];
    if (next && ctx.joined(i, i + 1) && next.capitalized && (ctx.isPlace(i + 1) || (next.allCaps && next.surface.length <= 4))) last = i + 1;
    else if (i > 0 && ctx.joined(i - 1, i) && !tokens[i - 1]!.capitalized && RU_PLACE_ADJECTIVE.test(tokens[i - 1]!.key)) first = i - 1;
    else continue;
    out.push({ first, last, kind: 'organization', pattern: 'body', name: text.slice(tokens[first]!.start, tokens[last]!.end) });
  }
  return out;
}

function englishBody(ctx: Context, head: number): Draft | undefined {
  const { tokens, text } = ctx;
  // "the Jordanian government": a country's adjective before a lower-case government names it.
  if (!tokens[head]!.capitalized && /^(?:government|cabinet|parliament)$/.test(ctx.lower(head))) {
    const p = head - 1;
    if (p >= 0 && ctx.joined(p, head) && tokens[p]!.capitalized && ctx.isPlace(p) && tokens[p]!.surface.length > 2) {
      return { first: p, last: head, kind: 'organization', pattern: 'body', name: text.slice(tokens[p]!.start, tokens[head]!.end) };
    }
    return undefined;
  }
  if (!tokens[head]!.capitalized || tokens[head]!.allCaps) return undefined;
  let first = head;
  while (first > 0 && ctx.joined(first - 1, first)) {
    const t = tokens[first - 1]!;
    if (!t.capitalized || t.allCaps || ctx.lex.stopWords.has(t.key) || isFunctionWord(t.key, t.script) || ctx.isTitle(first - 1) && !ctx.isOfficeWord(first - 1)) break;
    if (/\d/.test(t.surface)) break;
    first--;
  }
  // After the head only "of"/"for"/"on" and capitalized words ("Ministry of Foreign Affairs"), never a
  // title or a name right after it ("Senate President X", "Cabinet Room").
  let last = head;
  let afterConnector = false;
  for (let k = head + 1; k < tokens.length && k - head <= 10; k++) {
    if (!ctx.joined(k - 1, k)) break;
    const t = tokens[k]!;
    if (t.capitalized && !t.allCaps) {
      if (!afterConnector) break;
      if (ctx.lex.stopWords.has(t.key) && !ctx.isConnector(k)) break;
      if (ctx.isTitle(k) && !ctx.has(k, ctx.lex.notNames)) break;
      last = k;
    } else if (ctx.isConnector(k)) {
      // "… of Prisons and the Department of Justice" is two bodies.
      const next = tokens[k + 1];
      if (t.key === 'and' && next && (next.key === 'the' || ctx.has(k + 1, ctx.lex.bodyHeads))) break;
      if (t.key === 'the' && !(k > head + 1 && ctx.isConnector(k - 1) && tokens[k - 1]!.key !== 'and')) break;
      afterConnector = true;
    } else break;
  }
  // Drop trailing connectors, and a head that names no one ("the Ministry").
  const content = range(first, last).filter((k) => !ctx.isConnector(k));
  if (content.length < 2) return undefined;
  // Everything but the head a place or a demonym: "Russian Parliament" is a body, but "Jordan Court"-like pairs are rare;
  // a lone head after a place is kept only when the head is a ministry-like word.
  const descriptive = content.filter((k) => k !== head && !ctx.isPlace(k));
  if (descriptive.length === 0 && !/^(?:ministry|parliament|government|senate|cabinet)$/.test(ctx.lower(head))) return undefined;
  return { first, last, kind: 'organization', pattern: 'body', name: text.slice(tokens[first]!.start, tokens[last]!.end) };
}

function russianBody(ctx: Context, head: number): Draft | undefined {
  const { tokens, text } = ctx;
  const h = tokens[head]!;
  let first = head;
  // Adjectives before the head: "Государственный комитет", "Федеральная налоговая служба".
  for (let k = head - 1; k >= 0 && head - k <= 3; k--) {
    if (!ctx.joined(k, k + 1)) break;
    const t = tokens[k]!;
    if (!RU_ADJECTIVE.test(t.key) || t.allCaps || isFunctionWord(t.key, t.script)) break;
    if (ctx.isTitle(k)) break;
    first = k;
  }
  while (first < head && !tokens[first]!.capitalized) first++;
  const named = h.capitalized || first < head;
  // The complement: genitive words ("обороны", "иностранных дел", "по делам молодежи"), then the owner ("России", "РФ").
  let last = head;
  let complement = 0;
  let owner = false;
  for (let k = head + 1; k < tokens.length && k - head <= 8; k++) {
    if (!ctx.joined(k - 1, k) && !/^[ \u00A0]*[«"„“»”][ \u00A0]*$/.test(ctx.between(k - 1, k))) break;
    const t = tokens[k]!;
    if (t.capitalized || t.allCaps) {
      // The owner: a country, an abbreviation, "Российской Федерации"; right after a capitalized head
      // also another body ("Президиум Мосгорсуда"), unless a person's name starts there.
      const ownerBody = k === head + 1 && h.capitalized && !(k + 1 < tokens.length && ctx.isNameLike(k + 1) && ctx.joined(k, k + 1));
      if (t.allCaps || ctx.isPlace(k) || ctx.has(k, ctx.lex.notNames) || ownerBody || (RU_ADJECTIVE.test(t.key) && k + 1 < tokens.length && tokens[k + 1]!.capitalized)) {
        last = k;
        owner = true;
        continue;
      }
      break;
    }
    if (owner) break;
    // A title in the genitive plural belongs to the name ("Совет министров", "Совет директоров").
    if (ctx.isTitle(k) && !/(?:ов|ей)$/u.test(t.key)) break;
    if (!ctx.complementOk(k, k - 1)) break;
    last = k;
    complement++;
  }
  while (last > head && ctx.isConnector(last)) last--;
  if (!named && !owner) return undefined;
  if (last === head && first === head) return undefined;
  if (!named && complement === 0) return undefined;
  return { first, last, kind: 'organization', pattern: 'body', name: russianBodyName(ctx, first, head, last) };
}

const NEUTER_HEADS = new Set(['министерство', 'агентство', 'управление', 'ведомство', 'правительство', 'казначейство', 'собрание']);
const FEMININE_HEADS = new Set(['служба', 'комиссия', 'инспекция', 'палата', 'прокуратура', 'администрация', 'дума', 'милиция', 'полиция']);

/** The body's name in the nominative: the head noun and the adjectives before it ("Федеральной службы" → "Федеральная служба"). */
function russianBodyName(ctx: Context, first: number, head: number, last: number): string {
  const { tokens, text } = ctx;
  const headForms = baseForms(tokens[head]!.key, 'cyrillic').map((f) => f.key);
  const headBase = headForms.find((k) => ctx.lex.bodyHeads.has(k));
  const gender = headBase && NEUTER_HEADS.has(headBase) ? 'n' : headBase && FEMININE_HEADS.has(headBase) ? 'f' : 'm';
  let out = '';
  for (let i = first; i <= last; i++) {
    if (i > first) out += text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    const w = tokens[i]!.surface;
    if (i === head && headBase) out += matchCase(w, headBase);
    else if (i < head) out += adjectiveNominative(w, gender);
    else out += w;
  }
  return out;
}

function matchCase(surface: string, base: string): string {
  if (surface === surface.toUpperCase()) return base.toUpperCase();
  return surface.charAt(0) === surface.charAt(0).toUpperCase() ? base.charAt(0).toUpperCase() + base.slice(1) : base;
}

function adjectiveNominative(word: string, gender: 'm' | 'f' | 'n'): string {
  const m = /^(.*?)(ого|его|ому|ему|ым|им|ой|ей|ую|юю|ом|ем|ый|ий|ая|яя|ое|ее)$/u.exec(word);
  if (!m) return word;
  const stem = m[1]!;
  const soft = /[гкхжшчщ]$/u.test(stem) || ['его', 'ему', 'им', 'ей', 'юю', 'ем', 'ий', 'яя', 'ее'].includes(m[2]!);
  if (gender === 'f') return stem + (soft && !/[гкхжшчщ]$/u.test(stem) ? 'яя' : 'ая');
  if (gender === 'n') return stem + (soft && !/[гкхжшчщ]$/u.test(stem) ? 'ее' : 'ое');
  return stem + (soft ? 'ий' : 'ый');
}

function tajikBody(ctx: Context, head: number): Draft | undefined {
  const { tokens, text } = ctx;
  if (tokens[head]!.allCaps || !ctx.hasIzofat(head)) return undefined;
  // A plural head ("Вазоратҳои …") names bodies only as a list; a lower-case one only with its country.
  if (!tokens[head]!.capitalized || /ҳои$/u.test(ctx.lower(head))) return tajikLowerCaseBody(ctx, head);
  if (head + 1 < tokens.length && TG_GENERIC_WORD.test(ctx.lower(head + 1))) return undefined;
  let last = head;
  for (let k = head + 1; k < tokens.length && k - head <= 9; k++) {
    if (!ctx.joined(k - 1, k)) break;
    const linked = ctx.hasIzofat(k - 1) && !ctx.isConnector(k);
    const afterAnd = ctx.isConnector(k - 1) && !tokens[k]!.capitalized;
    const and = ctx.isConnector(k) && !ctx.hasIzofat(k - 1) && k + 1 < tokens.length && !tokens[k + 1]!.capitalized && ctx.joined(k, k + 1);
    if (!(linked || afterAnd || and)) break;
    if (/\d/.test(tokens[k]!.surface)) break;
    if (linked && ctx.lex.stopWords.has(tokens[k]!.key) && !ctx.isPlace(k)) break;
    last = k;
  }
  while (last > head && ctx.isConnector(last)) last--;
  if (last === head) return undefined;
  const name = text.slice(tokens[head]!.start, tokens[last]!.end);
  return { first: head, last, kind: 'organization', pattern: 'body', name: stripTajikSuffix(name) };
}

// Words after a head that make it generic: "вазорати дахлдор" (the ministry concerned), "… мазкур";
// after a lower-case or plural head also "вазоратҳои кишварҳо" (the countries' ministries).
const TG_GENERIC_WORD = /^(?:дахлдор|марбут|марбута|дигар|соҳавӣ|соҳавии|мазкур|зикршуда|ин|он|ҳамаи)$/u;
const TG_GENERIC = /^(?:дахлдор|марбут|марбута|дигар|соҳавӣ|соҳавии|мазкур|зикршуда|кишвар|кишварҳо|мамлакат|давлатҳо|ҳамсоя|хориҷӣ|хориҷии|ин|он|ҳамаи)$/u;

/**
 * Lower-case heads name a body only when the chain names its country ("ҳукумати Федератсияи
 * Россия"), or when a plural head lists several ministries ("вазоратҳои корҳои дохилӣ, адлия ва
 * тандурустӣ"); "вазорати дахлдор", "вазоратҳои кишварҳо" are generic.
 */
function tajikLowerCaseBody(ctx: Context, head: number): Draft | undefined {
  const { tokens, text } = ctx;
  const plural = /ҳои$/u.test(ctx.lower(head));
  let last = head;
  let owner = false;
  let items = 1;
  for (let k = head + 1; k < tokens.length && k - head <= 14; k++) {
    const gap = ctx.between(k - 1, k);
    const t = tokens[k]!;
    if (/\d/.test(t.surface) || t.script !== 'cyrillic') break;
    if (k === head + 1 && TG_GENERIC.test(ctx.lower(k))) return undefined;
    if (ctx.joined(k - 1, k)) {
      const linked = ctx.hasIzofat(k - 1) && !ctx.isConnector(k);
      const and = ctx.isConnector(k) && !ctx.hasIzofat(k - 1) && k + 1 < tokens.length && !tokens[k + 1]!.capitalized && ctx.joined(k, k + 1);
      const afterAnd = ctx.isConnector(k - 1) && !t.capitalized;
      if (!(linked || and || afterAnd)) break;
      if (and) items++;
      if (t.capitalized && (ctx.isPlace(k) || ctx.has(k, ctx.lex.notNames))) owner = true;
      else if (t.capitalized) break;
      last = k;
    } else if (plural && /^,[ \u00A0]+$/.test(gap) && !ctx.hasIzofat(k - 1) && !t.capitalized && !ctx.isConnector(k)) {
      // A comma inside the list of a plural head: the next ministry starts.
      if (TG_GENERIC.test(ctx.lower(k))) break;
      items++;
      last = k;
    } else break;
  }
  while (last > head && ctx.isConnector(last)) last--;
  if (last === head) return undefined;
  if (!owner && !(plural && items >= 2 && /^вазорат/u.test(ctx.lower(head)))) return undefined;
  return { first: head, last, kind: 'organization', pattern: 'body', name: stripTajikSuffix(text.slice(tokens[head]!.start, tokens[last]!.end)) };
}

// ---------------------------------------------------------------------------------------------
// Abbreviations in parentheses after a full name: "Agency for X (AXY)", "… (ОДКБ)".

function findAbbreviations(ctx: Context): Draft[] {
  const { tokens, text } = ctx;
  const out: Draft[] = [];
  for (let a = 1; a < tokens.length; a++) {
    const t = tokens[a]!;
    // Cheapest test first: almost no word is followed by ")".
    if (text[t.end] !== ')') continue;
    if (!/^[ \u00A0]*\($/.test(ctx.between(a - 1, a))) continue;
    const letters = t.surface.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || letters.length > 8) continue;
    const upper = [...letters].filter((c) => c !== c.toLowerCase()).length;
    if (upper < 2 || upper / letters.length < 0.6) continue;
    const abbr = [...letters].filter((c) => c !== c.toLowerCase()).map((c) => foldKey(c, t.script)).join('');
    // The smallest window before "(" whose initials hold the abbreviation in order, first letter first.
    for (let s = a - 1; s >= 0 && a - s <= 12; s--) {
      if (s < a - 1 && !ctx.joined(s, s + 1) && !/^[ \u00A0]*[«"„“»”][ \u00A0]*$/.test(ctx.between(s, s + 1))) break;
      const first = tokens[s]!;
      if (!first.capitalized || foldKey(first.surface.charAt(0), first.script) !== abbr.charAt(0)) continue;
      const initials = range(s, a - 1).map((k) => foldKey(tokens[k]!.surface.charAt(0), tokens[k]!.script));
      if (!isSubsequence(abbr, initials)) continue;
      const content = range(s, a - 1).filter((k) => !isFunctionWord(tokens[k]!.key, tokens[k]!.script) && !ctx.isConnector(k));
      if (content.length < 2 || content.length > abbr.length + 2) break;
      // The last letter of the abbreviation must come from one of the last two words.
      if (!initials.slice(-2).includes(abbr.charAt(abbr.length - 1))) break;
      // A region's abbreviation ("… автономной области (НКАО)") names no body.
      if (ctx.has(content[0]!, ctx.lex.placeHeads) || ctx.has(content[content.length - 1]!, ctx.lex.placeHeads)) break;
      const name = text.slice(first.start, tokens[a - 1]!.end);
      const abbreviation = t.surface;
      out.push({ first: s, last: a - 1, kind: 'organization', pattern: 'abbreviation', name, abbreviation });
      out.push({ first: a, last: a, kind: 'organization', pattern: 'abbreviation', name: abbreviation, abbreviation });
      break;
    }
  }
  return out;
}

function isSubsequence(needle: string, letters: string[]): boolean {
  let i = 0;
  for (const l of letters) if (i < needle.length && l === needle[i]) i++;
  return i === needle.length;
}

// ---------------------------------------------------------------------------------------------
// Later mentions of what was found: the surname alone ("Robertson said"), the abbreviation again.

function findRepeats(ctx: Context, found: Draft[]): Draft[] {
  const { tokens } = ctx;
  const out: Draft[] = [];
  const taken = new Uint8Array(tokens.length);
  for (const d of found) taken.fill(1, d.first, d.last + 1);
  const people = found.filter((d) => d.kind === 'person' && d.nameTokens && d.nameTokens.length >= 2);
  const surnames = new Map<string, Draft>();
  for (const p of people) {
    const last = p.nameTokens![p.nameTokens!.length - 1]!;
    if (tokens[last]!.surface.length < 4) continue;
    for (const form of ctx.formsOf(last)) if (form.length >= 4) surnames.set(form, p);
  }
  const abbreviations = new Map<string, Draft>();
  for (const d of found) if (d.abbreviation && d.first === d.last) abbreviations.set(d.abbreviation, d);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const t = tokens[i]!;
    const abbr = [...abbreviations.keys()].find((a) => t.surface === a || (t.surface.startsWith(a) && t.surface.slice(a.length) === t.surface.slice(a.length).toLowerCase() && t.surface.length - a.length <= 3));
    if (abbr) {
      const source = abbreviations.get(abbr)!;
      out.push({ first: i, last: i, kind: 'organization', pattern: 'repeat', name: source.name, abbreviation: abbr });
      continue;
    }
    if (!t.capitalized || t.allCaps || !ctx.isNameLike(i)) continue;
    let person: Draft | undefined;
    for (const form of ctx.formsOf(i)) {
      person = surnames.get(form);
      if (person) break;
    }
    if (!person) continue;
    // The given name before it, if the article repeats the full name.
    let first = i;
    const givenAt = person.nameTokens![0]!;
    if (i > 0 && !taken[i - 1] && ctx.joined(i - 1, i) && tokens[i - 1]!.capitalized) {
      const given = ctx.formsOf(givenAt);
      if ([...ctx.formsOf(i - 1)].some((f) => given.has(f))) first = i - 1;
    }
    out.push({ first, last: i, kind: 'person', pattern: 'repeat', name: person.name, office: person.office });
  }
  return out;
}
