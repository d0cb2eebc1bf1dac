import type { LanguageModule, SuffixRule } from './types';

// Tajik enclitics attach to the last word of a name, in this order: plural, possessive, then the
// object marker, izofat or "and" (китоб-ҳо-ятон-ро). See ../shared/LANGUAGE.md §2.
const PLURALS = ['', 'ҳо', 'он', 'ён', 'гон', 'вон'];
const POSSESSIVES = ['', 'ам', 'ат', 'аш', 'амон', 'атон', 'ашон', 'ям', 'ят', 'яш', 'ямон', 'ятон', 'яшон'];
// After о and у the izofat is -и written -йи (Душанбеи, but обу ҳаво → "рӯйи"): both are accepted.
const FINALS = ['', 'ро', 'и', 'йи', 'у', 'ю', 'ву', 'е', 'ӣ', 'ст', 'аст', 'анд'];

function suffixChains(): SuffixRule[] {
  const rules: SuffixRule[] = [];
  for (const plural of PLURALS) {
    for (const possessive of POSSESSIVES) {
      for (const final of FINALS) {
        const chain = plural + possessive + final;
        if (chain) rules.push({ inflected: chain, base: '' });
      }
    }
  }
  // A plural head keeps its izofat: вазоратҳои адлия ← Вазорати адлия, кишварҳои узви ← кишвари узви.
  for (const plural of PLURALS) if (plural) for (const izofat of ['и', 'йи']) rules.push({ inflected: plural + izofat, base: 'и' });
  // After a vowel the izofat is written -и as well (Москваи); a final ӣ shortens to и before a
  // suffix (Эмомалӣ → Эмомалиро), which folding already equates (ӣ and и share a key).
  return rules;
}

/** Tajik (Cyrillic). Russian names in Tajik text keep their Russian spelling, so both rule sets run. */
export const tajik: LanguageModule = {
  code: 'tg',
  script: 'cyrillic',
  suffixRules: suffixChains(),
  titles: [
    'президент', 'раисиҷумҳур', 'раис', 'вазир', 'сарвазир', 'сафир', 'котиб', 'роҳбар', 'муовин',
    'оқои', 'оқо', 'хонум', 'сухангӯ', 'дабир', 'сардор', 'генерал', 'ҳамтои', 'ҳамто', 'намоянда',
    'мушовир', 'шаҳрдор', 'прокурор', 'фармондеҳ', 'сенатор', 'вакил', 'амир', 'шоҳ', 'шайх',
    'раисҷумҳур', 'нахуствазир', 'ҷаноб', 'муҳтарам', 'сарвар', 'сухангӯй', 'спикер', 'подшоҳ', 'султон',
    'дабиркул', 'ноиб', 'котиби', 'малика',
  ],
  commonWords: ['ва', 'дар', 'ки', 'бо', 'аз', 'ба', 'барои', 'мебошад', 'буд', 'кард', 'шуд', 'ин', 'он', 'намуд', 'гуфт', 'низ', 'мешавад', 'карда', 'оид'],
  // "дар Душанбе", "шаҳри Остин", "вилояти Хатлон".
  placeWords: ['дар', 'шаҳри', 'шаҳр', 'вилояти', 'ноҳияи'],
  // Also "бор" (a time: "як бор"), which an all-caps headline may spell like an abbreviation.
  functionWords: ['бор', 'ӯ', 'мо', 'шумо', 'онҳо', 'ман', 'ту', 'ҳам', 'то', 'на', 'не', 'чи', 'кӣ', 'агар', 'аммо', 'вале', 'боз', 'ҳар'],
  // The commonest Tajik surnames, in their Soviet -ов form and in the -зода and -ӣ forms that replace
  // it (Раҳимов → Раҳимзода), as Tajik media write them; Russian ones come from the Russian module.
  commonSurnames: [
    'Раҳимов', 'Каримов', 'Назаров', 'Саидов', 'Шарипов', 'Сафаров', 'Мирзоев', 'Ҳасанов', 'Ҳусейнов', 'Иброҳимов',
    'Раҳмонов', 'Азимов', 'Бобоев', 'Давлатов', 'Ҷӯраев', 'Қодиров', 'Латипов', 'Маҳмудов', 'Одинаев', 'Салимов',
    'Турсунов', 'Умаров', 'Ҳакимов', 'Юсуфов', 'Исмоилов', 'Абдуллоев', 'Алиев', 'Холов', 'Шарифов', 'Зокиров',
    'Раҳимзода', 'Каримзода', 'Назарзода', 'Саидзода', 'Шарифзода', 'Сафарзода', 'Мирзозода', 'Ҳасанзода', 'Ҳусейнзода',
    'Иброҳимзода', 'Азимзода', 'Давлатзода', 'Қодирзода', 'Маҳмудзода', 'Салимзода', 'Умарзода', 'Ҳакимзода', 'Юсуфзода',
    'Исмоилзода', 'Абдуллозода', 'Ализода', 'Шарипзода', 'Зокирзода', 'Раҳимӣ', 'Каримӣ', 'Саидӣ', 'Сафарӣ', 'Ҳасанӣ',
  ],
  // No case endings: "Вазорати корҳои хориҷии Тоҷикистон ва Русия" may be a ministry and a country;
  // the plural head makes it two ministries (вазоратҳои …).
  coordination: { conjunctions: ['ва'], pluralEndings: PLURALS.filter(Boolean).flatMap((p) => [p, p + 'и', p + 'йи']) },
  distinctiveLetters: 'ғӣқӯҳҷ',
};
