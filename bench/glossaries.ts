/**
 * Generated glossaries for the benchmark: N entries in the format of core/glossary/types.ts, with
 * realistic names in Latin (English), Russian Cyrillic and Tajik Cyrillic. Deterministic (seeded),
 * every name unique: people are given name × patronymic × surname, organizations are
 * body × field × place.
 */
import type { GlossaryEntry } from '../core/glossary/types';

// Parallel lists: [en, ru, tg].
const GIVEN: Array<[string, string, string]> = [
  ['Alisher', 'Алишер', 'Алишер'], ['Rustam', 'Рустам', 'Рустам'], ['Farrukh', 'Фаррух', 'Фаррух'],
  ['Jamshed', 'Джамшед', 'Ҷамшед'], ['Bahrom', 'Бахром', 'Баҳром'], ['Davron', 'Даврон', 'Даврон'],
  ['Sharif', 'Шариф', 'Шариф'], ['Zafar', 'Зафар', 'Зафар'], ['Khurshed', 'Хуршед', 'Хуршед'],
  ['Nurali', 'Нурали', 'Нуралӣ'], ['Ikrom', 'Икром', 'Икром'], ['Sohib', 'Сохиб', 'Соҳиб'],
  ['Mahmud', 'Махмуд', 'Маҳмуд'], ['Faridun', 'Фаридун', 'Фаридун'], ['Umed', 'Умед', 'Умед'],
  ['Dilshod', 'Дильшод', 'Дилшод'], ['Sayfullo', 'Сайфулло', 'Сайфулло'], ['Abdullo', 'Абдулло', 'Абдулло'],
  ['Mavluda', 'Мавлюда', 'Мавлуда'], ['Zarina', 'Зарина', 'Зарина'], ['Nigora', 'Нигора', 'Нигора'],
  ['Gulnora', 'Гульнора', 'Гулнора'], ['Tahmina', 'Тахмина', 'Таҳмина'], ['Madina', 'Мадина', 'Мадина'],
  ['Sergey', 'Сергей', 'Сергей'], ['Dmitry', 'Дмитрий', 'Дмитрий'], ['Alexei', 'Алексей', 'Алексей'],
  ['Nikolai', 'Николай', 'Николай'], ['Vladimir', 'Владимир', 'Владимир'], ['Yuri', 'Юрий', 'Юрий'],
  ['Andrei', 'Андрей', 'Андрей'], ['Mikhail', 'Михаил', 'Михаил'], ['Pavel', 'Павел', 'Павел'],
  ['Igor', 'Игорь', 'Игор'], ['Oleg', 'Олег', 'Олег'], ['Viktor', 'Виктор', 'Виктор'],
  ['Anna', 'Анна', 'Анна'], ['Yelena', 'Елена', 'Елена'], ['Olga', 'Ольга', 'Олга'],
  ['Natalia', 'Наталья', 'Наталя'], ['Irina', 'Ирина', 'Ирина'], ['Tatiana', 'Татьяна', 'Татяна'],
];
const PATRONYMIC: Array<[string, string, string]> = [
  ['Ivanovich', 'Иванович', 'Иванович'], ['Petrovich', 'Петрович', 'Петрович'], ['Sergeyevich', 'Сергеевич', 'Сергеевич'],
  ['Nikolayevich', 'Николаевич', 'Николаевич'], ['Alexandrovich', 'Александрович', 'Александрович'],
  ['Vladimirovich', 'Владимирович', 'Владимирович'], ['Mikhailovich', 'Михайлович', 'Михайлович'],
  ['Rahmonovich', 'Рахмонович', 'Раҳмонович'], ['Sharipovich', 'Шарипович', 'Шарипович'],
  ['Nazarovich', 'Назарович', 'Назарович'], ['Saidovich', 'Саидович', 'Саидович'], ['Karimovich', 'Каримович', 'Каримович'],
  ['Yusufovich', 'Юсуфович', 'Юсуфович'], ['Olimovich', 'Олимович', 'Олимович'], ['Hakimovich', 'Хакимович', 'Ҳакимович'],
];
const SURNAME_ROOT: Array<[string, string, string]> = [
  ['Rahim', 'Рахим', 'Раҳим'], ['Karim', 'Карим', 'Карим'], ['Nazar', 'Назар', 'Назар'], ['Saf', 'Саф', 'Саф'],
  ['Sharip', 'Шарип', 'Шарип'], ['Hakim', 'Хаким', 'Ҳаким'], ['Qodir', 'Кодир', 'Қодир'], ['Yusuf', 'Юсуф', 'Юсуф'],
  ['Olim', 'Олим', 'Олим'], ['Mirzo', 'Мирзо', 'Мирзо'], ['Sharof', 'Шароф', 'Шароф'], ['Ismoil', 'Исмоил', 'Исмоил'],
  ['Davlat', 'Давлат', 'Давлат'], ['Zokir', 'Зокир', 'Зокир'], ['Jalol', 'Джалол', 'Ҷалол'], ['Hamid', 'Хамид', 'Ҳамид'],
  ['Qurban', 'Курбан', 'Қурбон'], ['Sodiq', 'Содик', 'Содиқ'], ['Tohir', 'Тохир', 'Тоҳир'], ['Ubayd', 'Убайд', 'Убайд'],
  ['Ivan', 'Иван', 'Иван'], ['Petr', 'Петр', 'Петр'], ['Smirn', 'Смирн', 'Смирн'], ['Kuzner', 'Кузнец', 'Кузнес'],
  ['Volk', 'Волк', 'Волк'], ['Sokol', 'Сокол', 'Сокол'], ['Lebed', 'Лебед', 'Лебед'], ['Kozl', 'Козл', 'Козл'],
  ['Novik', 'Новик', 'Новик'], ['Morozh', 'Морож', 'Морож'], ['Pavl', 'Павл', 'Павл'], ['Semen', 'Семен', 'Семен'],
  ['Golub', 'Голуб', 'Голуб'], ['Vinogrady', 'Виноград', 'Виноград'], ['Bogdan', 'Богдан', 'Богдан'], ['Vorob', 'Вороб', 'Вороб'],
];
const SURNAME_SUFFIX: Array<[string, string, string]> = [['ov', 'ов', 'ов'], ['ev', 'ев', 'ев'], ['zoda', 'зода', 'зода'], ['i', 'и', 'ӣ'], ['in', 'ин', 'ин']];
const BODY: Array<[string, string, string]> = [
  ['Ministry of', 'Министерство', 'Вазорати'], ['State Committee for', 'Государственный комитет по', 'Кумитаи давлатии'],
  ['Agency for', 'Агентство по', 'Агентии'], ['Council for', 'Совет по', 'Шӯрои'], ['Institute of', 'Институт', 'Пажӯҳишгоҳи'],
  ['Union of', 'Союз', 'Иттиҳоди'], ['Fund for', 'Фонд', 'Хазинаи'], ['Service for', 'Служба', 'Хадамоти'],
];
const FIELD: Array<[string, string, string]> = [
  ['Energy', 'энергетики', 'энергетика'], ['Water Resources', 'водных ресурсов', 'захираҳои об'], ['Agriculture', 'сельского хозяйства', 'кишоварзӣ'],
  ['Transport', 'транспорта', 'нақлиёт'], ['Education', 'образования', 'маориф'], ['Health', 'здравоохранения', 'тандурустӣ'],
  ['Culture', 'культуры', 'фарҳанг'], ['Labour', 'труда', 'меҳнат'], ['Industry', 'промышленности', 'саноат'],
  ['Finance', 'финансов', 'молия'], ['Justice', 'юстиции', 'адлия'], ['Defence', 'обороны', 'мудофиа'],
  ['Migration', 'миграции', 'муҳоҷират'], ['Ecology', 'экологии', 'экология'], ['Tourism', 'туризма', 'сайёҳӣ'],
  ['Statistics', 'статистики', 'омор'], ['Investment', 'инвестиций', 'сармоягузорӣ'], ['Communications', 'связи', 'алоқа'],
  ['Geology', 'геологии', 'геология'], ['Youth Affairs', 'по делам молодежи', 'корҳои ҷавонон'],
];
const PLACE: Array<[string, string, string]> = [
  ['Sughd', 'Согдийской области', 'вилояти Суғд'], ['Khatlon', 'Хатлонской области', 'вилояти Хатлон'],
  ['Dushanbe', 'города Душанбе', 'шаҳри Душанбе'], ['Gorno-Badakhshan', 'Горно-Бадахшанской области', 'ВМКБ'],
  ['Khujand', 'города Худжанда', 'шаҳри Хуҷанд'], ['Kulob', 'города Куляба', 'шаҳри Кӯлоб'],
  ['Bokhtar', 'города Бохтара', 'шаҳри Бохтар'], ['Istaravshan', 'города Истаравшана', 'шаҳри Истаравшан'],
  ['Tatarstan', 'Республики Татарстан', 'Ҷумҳурии Тотористон'], ['Bashkortostan', 'Республики Башкортостан', 'Ҷумҳурии Бошқирдистон'],
  ['Novosibirsk', 'Новосибирской области', 'вилояти Новосибирск'], ['Samara', 'Самарской области', 'вилояти Самара'],
  ['Kazan', 'города Казани', 'шаҳри Қазон'], ['Omsk', 'Омской области', 'вилояти Омск'],
  ['Tomsk', 'Томской области', 'вилояти Томск'], ['Perm', 'Пермского края', 'кишвари Перм'],
];

const pick = <T>(list: T[], i: number): T => list[i % list.length]!;

function person(i: number): GlossaryEntry {
  // Mixed radix so that every i up to |GIVEN|·|PATRONYMIC|·|SURNAME_ROOT|·|SURNAME_SUFFIX| (≈ 113,000) is unique.
  let k = i;
  const g = pick(GIVEN, k); k = Math.floor(k / GIVEN.length);
  const p = pick(PATRONYMIC, k); k = Math.floor(k / PATRONYMIC.length);
  const r = pick(SURNAME_ROOT, k); k = Math.floor(k / SURNAME_ROOT.length);
  const s = pick(SURNAME_SUFFIX, k); k = Math.floor(k / SURNAME_SUFFIX.length);
  const extra = k > 0 ? ` ${k + 1}` : '';
  const full = (l: 0 | 1 | 2) => `${g[l]} ${p[l]} ${r[l]}${s[l]}${extra}`;
  const short = (l: 0 | 1 | 2) => `${g[l]} ${r[l]}${s[l]}${extra}`;
  return {
    id: `gen-person-${i}`,
    kind: 'person',
    names: { en: [short(0), full(0)], ru: [short(1), full(1)], tg: [short(2), full(2)] },
    offices: [{ title: { en: 'Deputy minister', ru: 'Заместитель министра', tg: 'Муовини вазир' }, start: '2020' }],
    description: { en: 'Generated official.', ru: 'Сгенерированный чиновник.', tg: 'Мансабдори тавлидшуда.' },
    country: i % 2 ? 'TJ' : 'RU',
    asOf: '2026-01-01',
  };
}

function organization(i: number): GlossaryEntry {
  let k = i;
  const b = pick(BODY, k); k = Math.floor(k / BODY.length);
  const f = pick(FIELD, k); k = Math.floor(k / FIELD.length);
  const pl = pick(PLACE, k); k = Math.floor(k / PLACE.length);
  const extra = k > 0 ? ` No. ${k + 1}` : '';
  return {
    id: `gen-org-${i}`,
    kind: 'organization',
    names: {
      en: [`${pl[0]} ${b[0]} ${f[0]}${extra}`],
      ru: [`${b[1]} ${f[1]} ${pl[1]}${extra}`],
      tg: [`${b[2]} ${f[2]}и ${pl[2]}${extra}`],
    },
    description: { en: 'Generated body.', ru: 'Сгенерированный орган.', tg: 'Мақомоти тавлидшуда.' },
    country: 'TJ',
    asOf: '2026-01-01',
  };
}

/** n entries: four people for every organization. */
export function generateGlossary(n: number): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  let p = 0;
  let o = 0;
  for (let i = 0; i < n; i++) out.push(i % 5 === 4 ? organization(o++) : person(p++));
  return out;
}
