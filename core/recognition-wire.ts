import type { EntityCount } from './recognition/analyze';
import type { Mention } from './recognition/match-mentions';
import type { GlossaryMatch } from './recognize-text';
import { drain, type Steps } from './slices';

/**
 * The glossary's matches (a GlossaryMatch) as they cross extension messaging, which serializes every object: a long page has
 * tens of thousands of mentions, and parsing as many small objects back in the page was one long
 * task. Here the mentions are one flat array of numbers (start, end, entity number) over a list of
 * the distinct entities; the page rebuilds each mention's text from its own copy of the article.
 */
export interface RecognitionWire {
  language: string;
  /** Distinct entity ids, with their kinds at the same positions. */
  ids: string[];
  kinds: Array<Mention['kind']>;
  /** start, end, entity number — three numbers per mention, in text order. */
  spans: number[];
  entities: EntityCount[];
}

export function toWire(recognition: GlossaryMatch): RecognitionWire {
  const numberOf = new Map<string, number>();
  const ids: string[] = [];
  const kinds: Array<Mention['kind']> = [];
  const spans: number[] = [];
  for (const m of recognition.mentions) {
    let n = numberOf.get(m.entityId);
    if (n === undefined) {
      n = ids.length;
      numberOf.set(m.entityId, n);
      ids.push(m.entityId);
      kinds.push(m.kind);
    }
    spans.push(m.start, m.end, n);
  }
  return { language: recognition.language, ids, kinds, spans, entities: recognition.entities };
}

/** The page's side: the mentions again, their text taken from the article text they were found in. */
export function fromWire(wire: RecognitionWire, text: string): GlossaryMatch {
  return drain(fromWireSteps(wire, text));
}

/** The same as steps that can pause (tens of thousands of mentions are made here on a very large page). */
export function* fromWireSteps(wire: RecognitionWire, text: string): Steps<GlossaryMatch> {
  const mentions: Mention[] = [];
  for (let i = 0; i < wire.spans.length; i += 3) {
    if (i % 3000 === 2997) yield;
    const start = wire.spans[i]!;
    const end = wire.spans[i + 1]!;
    const n = wire.spans[i + 2]!;
    mentions.push({ start, end, text: text.slice(start, end), entityId: wire.ids[n]!, kind: wire.kinds[n]! });
  }
  return { language: wire.language, mentions, entities: wire.entities };
}
