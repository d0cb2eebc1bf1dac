import { describe, expect, it } from 'vitest';
import { found } from './helpers';

// Names that share words in a list: each item whose full name is in the glossary is a mention of
// that entry, marked on the item's own words. One row per rule and language: text → mentions.
const LISTS: [rule: string, text: string, expected: string[]][] = [
  // Items before the shared words.
  ['en: "X and Y <shared>", plural', 'the Russian and Syrian defense ministries said', ['Russian→mod-russia']],
  ['en: "X and Y <shared>", singular possessive', "the Russian and Syrian defense ministry's claim", ['Russian→mod-russia']],
  ['en: both items known', 'the Russian and Tajik foreign ministries', ['Russian→mfa-russia', 'Tajik foreign ministries→mfa-tajikistan']],
  ['en: a comma list', 'the Tajik, Syrian and Russian foreign ministries', ['Tajik→mfa-tajikistan', 'Russian foreign ministries→mfa-russia']],
  ['en: a two-word item', 'the Russian and South Korean defense ministries', ['Russian→mod-russia']],
  ['ru: adjectives before the shared words', 'российского и таджикского МИДов', ['российского→mfa-russia', 'таджикского МИДов→mfa-tajikistan']],
  // Shared words first: items that name the bodies' field are marked on their own words.
  ['tg: plural head, fields', 'вазоратҳои адлия ва корҳои дохилӣ', ['вазоратҳои адлия→moj-tajikistan', 'корҳои дохилӣ→moia-tajikistan']],
  ['ru: plural head, fields', 'министерства юстиции и внутренних дел', ['министерства юстиции→moj-tajikistan', 'внутренних дел→moia-tajikistan']],
  ['ru: genitive plural head, fields', 'сотрудники министерств юстиции и внутренних дел', ['министерств юстиции→moj-tajikistan', 'внутренних дел→moia-tajikistan']],
  // Surnames after one title.
  ['en: a title before a list of surnames', 'Foreign Ministers Lavrov and Muhriddin met', ['Lavrov→sergey-lavrov', 'Muhriddin→sirojiddin-muhriddin']],
  ['ru: a plural title before a list of surnames', 'президенты Путин и Рахмон', ['Путин→vladimir-putin', 'Рахмон→emomali-rahmon']],
  ['tg: a plural title before a list of surnames', 'президентон Путин ва Раҳмон', ['Путин→vladimir-putin', 'Раҳмон→emomali-rahmon']],
];

// Phrases that look like lists but are not lists of glossary names.
const NOT_LISTS: [rule: string, text: string, expected: string[]][] = [
  // A country standing for the shared words is a country, not an organization: the corpus guidelines
  // never mark it ("МИД РФ и Таджикистана" is annotated on "МИД РФ" alone), in any language.
  ['en: a country after a plural head', 'the Foreign Ministries of Russia and Tajikistan', ['Foreign Ministries of Russia→mfa-russia']],
  ['ru: a country in the genitive after the shared words', 'между МИД России и Таджикистана', ['МИД России→mfa-russia']],
  ['ru: countries in a comma list ending with и', 'МИД Таджикистана, России и Китая', ['МИД Таджикистана→mfa-tajikistan']],
  ['tg: a country after a plural head', 'вазоратҳои корҳои хориҷии Тоҷикистон ва Русия', ['вазоратҳои корҳои хориҷии Тоҷикистон→mfa-tajikistan']],
  ['en: singular head: one ministry and a country', 'the Foreign Ministry of Russia and Tajikistan signed', ['Foreign Ministry of Russia→mfa-russia']],
  ['en: an item not written like the first', 'the Russian and other defense ministries', []],
  ['en: commas without "and" make no list', 'the Russian, Syrian defense ministries', []],
  ['en: a sentence between', 'He is Russian. And Syrian defense ministries', []],
  ['ru: nominative after и is a country', 'МИД России и Таджикистан подписали', ['МИД России→mfa-russia']],
  ['tg: singular head: one ministry and a country', 'Вазорати корҳои хориҷии Тоҷикистон ва Русия', ['Вазорати корҳои хориҷии Тоҷикистон→mfa-tajikistan']],
  ['en: no title before the list', 'Lavrov and Muhriddin met', []],
];

describe('lists of names that share words', () => {
  it.each(LISTS)('%s: %s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each(NOT_LISTS)('%s: %s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
