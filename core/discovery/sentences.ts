const MAX_CONTEXT = 320;

// A sentence ends at . ! ? … (and closing quotes) followed by space, unless the dot closes an
// initial or a short abbreviation ("С. Девонаев", "Cmdr. Robertson", "U.S."); a line break always ends it.
const END = /[.!?…]["»”’)]*(?=[ \u00A0]+\S)|\n/gu;
const NOT_AN_END = /(?:^|[^\p{L}])(?:\p{Lu}|[\p{L}]\.\p{L}|Mr|Mrs|Ms|Dr|St|Cmdr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Rep|Gov|Adm|Jr|Sr|No|vs|г|гг|т|др|им|ул|см)\.$/u;

/** Where the sentences of a text end (offsets just after each end), computed once per text. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(END)) {
    const at = m.index;
    if (m[0] !== '\n' && NOT_AN_END.test(text.slice(Math.max(0, at - 8), at + 1))) continue;
    ends.push(at + m[0].length);
  }
  return ends;
}

/** The sentence around text[start, end), trimmed; cut around the span when the sentence is long. */
export function sentenceAround(text: string, start: number, end: number, ends: readonly number[] = sentenceEnds(text)): string {
  // The last end at or before start, and the first end after `end - 1` (a sentence end inside the span is ignored).
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? ends[lo - 1]! : 0;
  let i = lo;
  while (i < ends.length && ends[i]! < end) i++;
  const to = i < ends.length ? ends[i]! : text.length;
  let sentence = text.slice(from, to);
  const offset = from + (sentence.length - sentence.trimStart().length);
  sentence = sentence.trim();
  if (sentence.length <= MAX_CONTEXT) return sentence;
  const spanStart = start - offset;
  const spanEnd = end - offset;
  const room = Math.max(0, MAX_CONTEXT - (spanEnd - spanStart));
  let a = Math.max(0, spanStart - Math.floor(room / 2));
  const b = Math.min(sentence.length, Math.max(a + MAX_CONTEXT, spanEnd));
  a = Math.max(0, Math.min(a, b - MAX_CONTEXT));
  return (a > 0 ? '…' : '') + sentence.slice(a, b).trim() + (b < sentence.length ? '…' : '');
}
