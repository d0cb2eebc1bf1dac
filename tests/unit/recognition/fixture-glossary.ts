import type { EntityKind, GlossaryEntry } from '../../../core/glossary/types';
import { buildGlossaryIndex } from '../../../core/recognition/glossary-index';

/**
 * A small glossary written for the tests, so they do not depend on the built-in data (which grows).
 * The names are real-world spellings; each entry exists to exercise one rule.
 */
function entry(id: string, kind: EntityKind, en: string[], ru: string[], tg: string[]): GlossaryEntry {
  return {
    id,
    kind,
    names: { en, ru, tg },
    description: { en: '', ru: '', tg: '' },
    asOf: '2025-01-01',
  };
}

export const FIXTURE_ENTRIES: GlossaryEntry[] = [
  entry('sergey-lavrov', 'person', ['Sergey Lavrov', 'Sergei Lavrov'], ['Сергей Лавров'], ['Сергей Лавров']),
  entry('vladimir-putin', 'person', ['Vladimir Putin'], ['Владимир Путин'], ['Владимир Путин']),
  entry('emomali-rahmon', 'person', ['Emomali Rahmon'], ['Эмомали Рахмон'], ['Эмомалӣ Раҳмон']),
  entry('rustam-emomali', 'person', ['Rustam Emomali'], ['Рустам Эмомали'], ['Рустами Эмомалӣ', 'Рустам Эмомалӣ']),
  entry('sirojiddin-muhriddin', 'person', ['Sirojiddin Muhriddin'], ['Сироджиддин Мухриддин'], ['Сироҷиддин Муҳриддин']),
  entry('kohir-rasulzoda', 'person', ['Kokhir Rasulzoda'], ['Кохир Расулзода'], ['Қоҳир Расулзода']),
  entry('maria-zakharova', 'person', ['Maria Zakharova'], ['Мария Захарова'], ['Мария Захарова']),
  entry('alexander-lukashenko', 'person', ['Alexander Lukashenko'], ['Александр Лукашенко'], ['Александр Лукашенко']),
  entry('xi-jinping', 'person', ['Xi Jinping'], ['Си Цзиньпин'], ['Си Ҷинпин']),
  entry('kassym-jomart-tokayev', 'person', ['Kassym-Jomart Tokayev'], ['Касым-Жомарт Токаев'], ['Қосим-Жомарт Токаев']),
  entry('dmitry-medvedev', 'person', ['Dmitry Medvedev'], ['Дмитрий Медведев'], ['Дмитрий Медведев']),
  entry('pavel-medvedev', 'person', ['Pavel Medvedev'], ['Павел Медведев'], ['Павел Медведев']),
  entry('viktor-yanukovych', 'person', ['Viktor Yanukovych'], ['Виктор Янукович'], ['Виктор Янукович']),
  entry('ban-ki-moon', 'person', ['Ban Ki-moon'], ['Пан Ги Мун'], ['Пан Ги Мун']),
  entry('mark-rutte', 'person', ['Mark Rutte'], ['Марк Рютте'], ['Марк Рютте']),
  // Common surnames (Иванов, Miller): repeating them alone proves nothing.
  entry('sergei-ivanov', 'person', ['Sergei Ivanov'], ['Сергей Иванов'], ['Сергей Иванов']),
  entry('john-miller', 'person', ['John Miller'], ['Джон Миллер'], ['Ҷон Миллер']),
  // Surnames that are also places or common words (The Hague, Costa Rica, Austin, "чайка", "the hunt").
  entry('william-hague', 'person', ['William Hague'], ['Уильям Хейг'], ['Уилям Ҳейг']),
  entry('antonio-costa', 'person', ['António Costa', 'Antonio Costa'], ['Антониу Кошта'], ['Антониу Кошта']),
  entry('lloyd-austin', 'person', ['Lloyd Austin'], ['Ллойд Остин'], ['Ллойд Остин']),
  entry('jeremy-hunt', 'person', ['Jeremy Hunt'], ['Джереми Хант'], ['Ҷереми Ҳант']),
  entry('yury-chaika', 'person', ['Yury Chaika'], ['Юрий Чайка'], ['Юрий Чайка']),
  entry('sco', 'organization', ['Shanghai Cooperation Organisation', 'SCO'], ['Шанхайская организация сотрудничества', 'ШОС'], ['Созмони ҳамкории Шанхай', 'СҲШ']),
  entry('csto', 'organization', ['Collective Security Treaty Organization', 'CSTO'], ['Организация Договора о коллективной безопасности', 'ОДКБ'], ['Созмони Аҳдномаи амнияти дастаҷамъӣ', 'СААД']),
  entry('united-nations', 'organization', ['United Nations', 'UN'], ['Организация Объединённых Наций', 'ООН'], ['Созмони Милали Муттаҳид', 'СММ']),
  entry('undp', 'organization', ['United Nations Development Programme', 'UNDP'], ['Программа развития ООН', 'ПРООН'], ['Барномаи рушди СММ']),
  entry('cis', 'organization', ['Commonwealth of Independent States', 'CIS'], ['Содружество Независимых Государств', 'СНГ'], ['Иттиҳоди Давлатҳои Мустақил', 'ИДМ']),
  entry('mfa-russia', 'organization', ['Russian Foreign Ministry', 'Foreign Ministry of Russia'], ['МИД России', 'МИД', 'Российский МИД'], ['Вазорати корҳои хориҷии Русия']),
  // Lists of bodies that share words: "the Russian and Tajik foreign ministries", "МИД России и Таджикистана".
  entry('mfa-tajikistan', 'organization', ['Tajik Foreign Ministry', 'Foreign Ministry of Tajikistan'], ['МИД Таджикистана', 'Таджикский МИД'], ['Вазорати корҳои хориҷии Тоҷикистон']),
  entry('mod-russia', 'organization', ['Russian Defense Ministry'], ['Министерство обороны России'], ['Вазорати мудофиаи Русия']),
  // Bodies named by their field alone, as a country's own press writes them ("вазоратҳои адлия ва корҳои дохилӣ").
  entry('moj-tajikistan', 'organization', ['Ministry of Justice of Tajikistan'], ['Министерство юстиции'], ['Вазорати адлия']),
  entry('moia-tajikistan', 'organization', ['Ministry of Internal Affairs of Tajikistan'], ['Министерство внутренних дел'], ['Вазорати корҳои дохилӣ']),
  entry('government-of-syria', 'organization', ['Syrian regime'], ['Правительство Сирии'], ['Ҳукумати Сурия']),
  entry('state-duma', 'organization', ['State Duma'], ['Государственная дума', 'Госдума'], ['Думаи давлатӣ']),
  entry('majlisi-oli', 'organization', ['Supreme Assembly of Tajikistan'], ['Маджлиси Оли'], ['Маҷлиси Олии Ҷумҳурии Тоҷикистон', 'Маҷлиси Олӣ']),
  entry('armed-forces-russia', 'organization', ['Armed Forces of Russia'], ['Вооружённые силы России'], ['Қувваҳои Мусаллаҳи Русия']),
  entry('kremlin', 'organization', ['The Kremlin'], ['Кремль'], ['Кремл']),
  entry('taliban', 'organization', ['The Taliban'], ['Талибан'], ['Толибон']),
  entry('islamic-state', 'organization', ['Islamic State', 'IS'], ['Исламское государство', 'ИГ'], ['Давлати исломӣ']),
  entry('who', 'organization', ['World Health Organization', 'WHO'], ['Всемирная организация здравоохранения', 'ВОЗ'], ['Созмони ҷаҳонии тандурустӣ']),
  entry('khovar', 'organization', ['Khovar'], ['АМИТ «Ховар»', 'Ховар'], ['АМИТ «Ховар»']),
];

export const FIXTURE_INDEX = buildGlossaryIndex(FIXTURE_ENTRIES);
