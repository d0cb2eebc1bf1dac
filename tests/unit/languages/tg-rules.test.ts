import { describe, expect, it } from 'vitest';
import { baseForms } from '../../../core/languages';
import { foldKey } from '../../../core/text/fold';
import { found } from '../recognition/helpers';

// One row per rule: a form as Tajik text writes it → the mention expected (text→entity id).
const FORMS: [rule: string, text: string, expected: string[]][] = [
  ['object marker -ро on the last word', 'Эмомалӣ Раҳмонро истиқбол карданд', ['Эмомалӣ Раҳмонро→emomali-rahmon']],
  ['izofat -и on the last word', 'сафари Эмомалӣ Раҳмони', ['Эмомалӣ Раҳмони→emomali-rahmon']],
  ['izofat -и on a given name', 'Сироҷиддини Муҳриддин', ['Сироҷиддини Муҳриддин→sirojiddin-muhriddin']],
  ['izofat name: given name + -и + father’s name', 'Рустами Эмомалӣ', ['Рустами Эмомалӣ→rustam-emomali']],
  ['final ӣ becomes и before a suffix', 'Рустами Эмомалиро', ['Рустами Эмомалиро→rustam-emomali']],
  ['final ӣ becomes и before izofat', 'Маҷлиси Олии кишвар', ['Маҷлиси Олии→majlisi-oli']],
  ['plural -ҳо + izofat', 'Қувваҳои Мусаллаҳи Русияро', ['Қувваҳои Мусаллаҳи Русияро→armed-forces-russia']],
  ['plural -он', 'Толибонон', ['Толибонон→taliban']],
  ['possessive -аш', 'Созмони ҳамкории Шанхайаш', ['Созмони ҳамкории Шанхайаш→sco']],
  ['possessive -ашон', 'Эмомалӣ Раҳмонашон', ['Эмомалӣ Раҳмонашон→emomali-rahmon']],
  ['"and" -у', 'Эмомалӣ Раҳмону Владимир Путин', ['Эмомалӣ Раҳмону→emomali-rahmon', 'Владимир Путин→vladimir-putin']],
  ['izofat after a vowel', 'Қоҳир Расулзодаи', ['Қоҳир Расулзодаи→kohir-rasulzoda']],
  ['organization, -ро on the last word', 'Созмони ҳамкории Шанхайро', ['Созмони ҳамкории Шанхайро→sco']],
  ['hyphenated suffix after an abbreviation: -ро', 'аъзои СҲШ-ро', ['СҲШ-ро→sco']],
  ['hyphenated suffix after an abbreviation: -и', 'Маҷмаи кулли СММ-и', ['СММ-и→united-nations']],
  ['suffix attached to an abbreviation', 'СААДро', ['СААДро→csto']],
  ['Russian keyboard: х for ҳ, ч for ҷ', 'Сирочиддин Мухриддин', ['Сирочиддин Мухриддин→sirojiddin-muhriddin']],
  ['Russian keyboard: к for қ, и for ӣ, with -ро', 'Кохир Расулзодаро', ['Кохир Расулзодаро→kohir-rasulzoda']],
  ['Russian keyboard: у for ӯ, г for ғ', 'Созмони хамкории Шанхай', ['Созмони хамкории Шанхай→sco']],
  ['Kazakh Һ for Ҳ', 'Эмомалӣ Раһмон', ['Эмомалӣ Раһмон→emomali-rahmon']],
  ['Latin look-alikes inside Cyrillic words', 'Эмомалӣ Paҳмoн', ['Эмомалӣ Paҳмoн→emomali-rahmon']],
  ['decomposed ӣ (и + U+0304)', 'Эмомали\u0304 Раҳмон', ['Эмомали\u0304 Раҳмон→emomali-rahmon']],
  ['special letter split off by spaces, at the end', 'Эмомал ӣ Раҳмон', ['Эмомал ӣ Раҳмон→emomali-rahmon']],
  ['special letter split off by spaces, inside and at the start', 'Маҷлиси Олии Ҷ умҳурии То ҷ икистон', ['Маҷлиси Олии Ҷ умҳурии То ҷ икистон→majlisi-oli']],
  ['capitals in a headline', 'ПРЕЗИДЕНТ ЭМОМАЛӢ РАҲМОН', ['ЭМОМАЛӢ РАҲМОН→emomali-rahmon']],
  ['quotes inside an organization name', 'АМИТ «Ховар» хабар дод', ['АМИТ «Ховар»→khovar']],
  ['a Russian patronymic in Tajik text', 'Владимир Владимирович Путинро', ['Владимир Владимирович Путинро→vladimir-putin']],
  ['Russian names keep Russian spelling', 'Сергей Лавров, вазири корҳои хориҷии Русия', ['Сергей Лавров→sergey-lavrov']],
  ['a plural head keeps its izofat (-ҳои for -и)', 'вазоратҳои корҳои хориҷии Русия', ['вазоратҳои корҳои хориҷии Русия→mfa-russia']],
  ['plural title before a surname', 'вазирон Лавров', ['Лавров→sergey-lavrov']],
];

const NOT_NAMES: [rule: string, text: string][] = [
  ['ӯ alone is the pronoun, not a broken word', 'ӯ гуфт, ки'],
  ['a common word that is also a one-word name, in lower case', 'аз тарафи ховар'],
  ['a lower-case word spelling an abbreviation', 'смм ва схш'],
];

describe('Tajik forms', () => {
  it.each(FORMS)('%s: %s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each(NOT_NAMES)('%s: %s', (_rule, text) => {
    expect(found(text)).toEqual([]);
  });
  it('keeps the pronoun ӯ out of a following name', () => {
    expect(found('ӯ Эмомалӣ Раҳмонро дид')).toEqual(['Эмомалӣ Раҳмонро→emomali-rahmon']);
  });
});

const BASES: [word: string, base: string][] = [
  ['Раҳмонро', 'Раҳмон'],
  ['китобҳоятонро', 'китоб'],
  ['Эмомалиро', 'Эмомалӣ'],
  ['Москваи', 'Москва'],
  ['Душанбейи', 'Душанбе'],
  ['ҳамтоаш', 'ҳамто'],
  ['Раҳмону', 'Раҳмон'],
  ['Раҳмонаст', 'Раҳмон'],
  ['вазоратҳои', 'вазорати'],
  ['кишварҳойи', 'кишвари'],
];

describe('Tajik base forms', () => {
  it.each(BASES)('%s → %s', (word, base) => {
    const forms = baseForms(foldKey(word, 'cyrillic'), 'cyrillic').map((f) => f.key);
    expect(forms).toContain(foldKey(base, 'cyrillic'));
  });
});
