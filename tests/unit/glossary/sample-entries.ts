import type { GlossaryEntry } from '../../../core/glossary/types';

/** Entries that exercise every field and the characters CSV, XML and spreadsheets trip over. */
export const SAMPLE_ENTRIES: GlossaryEntry[] = [
  {
    id: 'qosim-qodiri',
    kind: 'person',
    names: { en: ['Qosim Qodiri', 'Kosim Kodiri'], ru: ['Косим Кодири', 'Касым Кадыри'], tg: ['Қосим Қодирӣ'] },
    formerNames: { ru: ['Косим Кадыров'] },
    offices: [
      { title: { en: 'Head of the "Tojikmatbuot" agency', ru: 'Глава агентства «Тоҷикматбуот», г. Душанбе', tg: 'Раиси агентии «Тоҷикматбуот»' }, start: '2021-03' },
      { title: { en: 'Editor, line one\nline two', ru: 'Редактор; заместитель', tg: 'Муҳаррир' }, start: '2015', end: '2021-02-28', uncertain: true },
    ],
    description: {
      en: 'A made-up official, with "quotes", commas, | pipes | and a back\\slash.',
      ru: 'Вымышленный чиновник: «кавычки», запятые, точка с запятой; и 5 > 3 & 2 < 4.',
      tg: 'Мансабдори тахаййулӣ барои санҷиш.',
    },
    country: 'TJ',
    related: ['emomali-rahmon'],
    wikipedia: { en: "Qosim Qodiri (official)" },
    asOf: '2026-11-27',
    uncertain: 'the start date is approximate',
  },
  {
    id: 'test-union',
    kind: 'organization',
    names: { en: ['Test Union', 'TU', 'Union | of Pipes'], ru: ['Тестовый союз', 'ТС'], tg: ['Иттиҳоди санҷишӣ', 'ИС'] },
    description: { en: '=SUM(A1:A2) looks like a formula', ru: '+7 в начале', tg: '@ дар аввал' },
    members: ['TJ', 'RU', 'KZ'],
    wikidata: 'Q7747',
    asOf: '2026',
  },
  {
    id: 'plain-entry',
    kind: 'person',
    names: { en: ['Plain Person'], ru: ['Простой Человек'], tg: ['Одами Одӣ'] },
    offices: [{ title: { en: 'Minister', ru: 'Министр', tg: 'Вазир' }, start: '2020-01-01', uncertain: false }],
    description: { en: ' Leading and trailing spaces are quoted. ', ru: 'Описание.', tg: 'Тавсиф.' },
    asOf: '2026-01',
  },
];
