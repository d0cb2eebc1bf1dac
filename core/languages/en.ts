import type { LanguageModule } from './types';

/**
 * English: names do not inflect. Possessives ("Lavrov's", "Lavrov’s") need no rule because the
 * apostrophe ends the word. Titles let "President Rahmon" be found before the full name is.
 */
export const english: LanguageModule = {
  code: 'en',
  script: 'latin',
  suffixRules: [
    // "Lavrovs" only occurs as a possessive typed without the apostrophe; it is too rare to risk.
  ],
  titles: [
    'president', 'minister', 'premier', 'secretary', 'spokesperson', 'spokeswoman', 'spokesman',
    'chairman', 'chairwoman', 'chair', 'speaker', 'ambassador', 'envoy', 'mr', 'mrs', 'ms', 'dr',
    'general', 'mayor', 'governor', 'senator', 'chancellor', 'king', 'emir', 'leader', 'counterpart',
    'deputy', 'director', 'head', 'commander', 'prosecutor', 'sheikh', 'prince', 'representative',
  ],
  commonWords: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'was', 'by', 'as', 'at', 'he', 'said'],
  distinctiveLetters: '',
};
