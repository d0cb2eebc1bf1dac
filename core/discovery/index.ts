/**
 * "Not in the glossary": likely officials and state bodies an article names that the glossary lacks.
 *
 *   const analysis = analyzeText(text, index, langHint);              // core/recognition/analyze
 *   const found = findUnknownOfficials(text, analysis.mentions, { language: analysis.language });
 *
 * Each finding has its span in `text` (for a dotted highlight), the sentence it came from, and the
 * name (and office) to prefill the new-entry form with. Pure and synchronous; about 1–2 ms per 1,000
 * characters. Measured by scripts/eval-discovery.ts.
 */
export { findUnknownOfficials, type DiscoveryOptions } from './find-unknown-officials';
export type { Discovery } from './types';
export { sentenceAround, sentenceEnds } from './sentences';
