import type { EntityKind } from '../glossary/types';
import { detectLanguage } from '../languages/detect';
import type { GlossaryIndex } from './glossary-index';
import { matchMentions, type Mention } from './match-mentions';

export interface EntityCount {
  id: string;
  kind: EntityKind;
  count: number;
  /** Offset of the first mention, for ordering by appearance. */
  firstAt: number;
}

export interface TextAnalysis {
  language: string;
  mentions: Mention[];
  entities: EntityCount[];
}

/** Recognition for one article text: language, mentions, and the entities with their counts. */
export function analyzeText(text: string, index: GlossaryIndex, langHint?: string): TextAnalysis {
  const mentions = matchMentions(text, index);
  return { language: detectLanguage(text, langHint), mentions, entities: countEntities(mentions) };
}

export function countEntities(mentions: readonly Mention[]): EntityCount[] {
  const byId = new Map<string, EntityCount>();
  for (const m of mentions) {
    const e = byId.get(m.entityId);
    if (e) e.count++;
    else byId.set(m.entityId, { id: m.entityId, kind: m.kind, count: 1, firstAt: m.start });
  }
  return [...byId.values()];
}

