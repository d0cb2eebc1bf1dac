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
  // Russian patronymics in English text: Vladimir Vladimirovich Putin.
  middleName: /^\p{L}{3,}(?:ovich|evich|ovna|evna)$/u,
  titles: [
    'president', 'minister', 'premier', 'secretary', 'spokesperson', 'spokeswoman', 'spokesman',
    'chairman', 'chairwoman', 'chair', 'speaker', 'ambassador', 'envoy', 'mr', 'mrs', 'ms', 'dr',
    'general', 'mayor', 'governor', 'senator', 'chancellor', 'king', 'emir', 'leader', 'counterpart',
    'deputy', 'director', 'head', 'commander', 'prosecutor', 'sheikh', 'prince', 'representative',
    'vice', 'sir', 'lord', 'judge', 'pope', 'patriarch', 'sultan', 'queen', 'lt', 'col', 'gen', 'cmdr',
    'adm', 'capt', 'maj', 'sen', 'rep', 'gov', 'pres', 'mrs', 'premier', 'commissioner', 'ombudsman',
  ],
  commonWords: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'was', 'by', 'as', 'at', 'he', 'said'],
  functionWords: [
    'us', 'it', 'an', 'or', 'if', 'no', 'so', 'we', 'me', 'be', 'do', 'go', 'up', 'am', 'who', 'all', 'can', 'may',
    'now', 'not', 'out', 'our', 'its', 'has', 'had', 'his', 'her', 'she', 'are', 'but', 'how', 'why', 'what', 'new',
    'one', 'two', 'man', 'men', 'war', 'aid', 'win', 'bid', 'top', 'ban', 'law', 'oil', 'gas', 'hit',
  ],
  distinctiveLetters: '',
};
