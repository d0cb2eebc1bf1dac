export { findUnknownOfficials, type DiscoveryOptions } from './find-unknown-officials';
export type { Discovery } from './types';
export { sentenceAround } from './sentences';
