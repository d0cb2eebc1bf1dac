import { describe, expect, it } from 'vitest';
import { findUnknownOfficials, type Discovery } from '../../../core/discovery';
import type { Mention } from '../../../core/recognition/match-mentions';

interface Case {
  lang: 'en' | 'ru' | 'tg';
  text: string;
  /** Expected findings as written, with the suggested name and office where given. */
  found: Array<{ text: string; kind: Discovery['kind']; name?: string; office?: string }>;
  /** Glossary mentions already found (surface forms; the first occurrence is used). */
  known?: string[];
}

const cases: Record<string, Case> = {
  // English
  'en: title before a two-word name': {
    lang: 'en',
    text: 'Foreign Minister Ivan Petrenko met his counterpart on Monday.',
    found: [{ text: 'Ivan Petrenko', kind: 'person', name: 'Ivan Petrenko', office: 'Foreign Minister' }],
  },
  'en: President and a surname': {
    lang: 'en',
    text: 'The talks were opened by President Okonkwo in the capital.',
    found: [{ text: 'Okonkwo', kind: 'person', office: 'President' }],
  },
  'en: spokesperson before a name': {
    lang: 'en',
    text: 'The statement was read by spokesperson Dana Whitfield after the meeting.',
    found: [{ text: 'Dana Whitfield', kind: 'person', office: 'spokesperson' }],
  },
  'en: dotted military title': {
    lang: 'en',
    text: 'Cmdr. John Harkness said the convoy had left.',
    found: [{ text: 'John Harkness', kind: 'person', office: 'Cmdr' }],
  },
  'en: name before a title, then the surname again': {
    lang: 'en',
    text: 'Laura Brennick, a spokesperson for the agency, declined to comment. Brennick later said more.',
    found: [
      { text: 'Laura Brennick', kind: 'person', office: 'spokesperson for the agency' },
      { text: 'Brennick', kind: 'person', name: 'Laura Brennick' },
    ],
  },
  'en: Ministry of …': {
    lang: 'en',
    text: 'The Ministry of Water Resources and Irrigation issued a warning.',
    found: [{ text: 'Ministry of Water Resources and Irrigation', kind: 'organization' }],
  },
  'en: State Committee with an abbreviation in parentheses': {
    lang: 'en',
    text: 'The Agency for Nuclear Safety (ANS) inspected the plant, and ANS will report in May.',
    found: [
      { text: 'Agency for Nuclear Safety', kind: 'organization' },
      { text: 'ANS', kind: 'organization' },
      { text: 'ANS', kind: 'organization' },
    ],
  },
  'en: negatives: sentence-initial words, months, places, titles without names': {
    lang: 'en',
    text: 'On Monday the minister said that March was cold. President of the Republic spoke in Dushanbe. Meanwhile the Foreign Minister travelled to Tashkent. Later, officials met.',
    found: [],
  },
  'en: a title before a place or a month is no name': {
    lang: 'en',
    text: 'The President Tuesday denied it, and the Minister Russia had named was absent.',
    found: [],
  },
  'en: a name already in the glossary is not new': {
    lang: 'en',
    text: 'Foreign Minister Sergey Lavrov met Foreign Minister Ivan Petrenko.',
    known: ['Sergey Lavrov'],
    found: [{ text: 'Ivan Petrenko', kind: 'person' }],
  },
  'en: a headline in Title Case is left alone': {
    lang: 'en',
    text: 'Foreign Minister Meets Regional Leaders Again\n\nThe meeting was short.',
    found: [],
  },

  'en: a title word inside a company name is no title': {
    lang: 'en',
    text: 'Shares of General Motors fell after Premier League clubs met.',
    found: [],
  },
  'en: the body does not swallow the title and name after it': {
    lang: 'en',
    text: 'Senate President Bukola Saraki opened the session.',
    found: [{ text: 'Bukola Saraki', kind: 'person', office: 'Senate President' }],
  },
  'en: two bodies joined by "and the"': {
    lang: 'en',
    text: 'The Bureau of Prisons and the Department of Justice declined to comment.',
    found: [
      { text: 'Bureau of Prisons', kind: 'organization' },
      { text: 'Department of Justice', kind: 'organization' },
    ],
  },
  'en: an operation is not a person': {
    lang: 'en',
    text: 'He was the spokesperson of Operation Desert Shield, and Operation Desert Shield spokesperson later.',
    found: [],
  },
  'en: capitalized office words between the comma and the title': {
    lang: 'en',
    text: '"We are ready," said Tom Okafor, the State Department spokesman.',
    found: [
      { text: 'Tom Okafor', kind: 'person', office: 'State Department spokesman' },
      { text: 'State Department', kind: 'organization' },
    ],
  },
  'en: the office after a name ends before an unrelated word': {
    lang: 'en',
    text: 'Tom Okafor, chairman of the Council of Economic Advisers in 1978, agreed.',
    found: [
      { text: 'Tom Okafor', kind: 'person', office: 'chairman of the Council of Economic Advisers' },
      { text: 'Council of Economic Advisers', kind: 'organization' },
    ],
  },

  'en: a possessive and "of the country" inside the office': {
    lang: 'en',
    text: 'He met Secretary of Tajikistan’s Security Council Abdu Karimov and the Prime Minister of the country Tom Okafor.',
    found: [
      { text: 'Security Council', kind: 'organization' },
      { text: 'Abdu Karimov', kind: 'person', office: 'Secretary of Tajikistan’s Security Council' },
      { text: 'Tom Okafor', kind: 'person', office: 'Prime Minister of the country' },
    ],
  },

  // Russian
  'ru: a hyphenated country is not a name, a hyphenated given name is one word': {
    lang: 'ru',
    text: 'Об этом заявил президент Коста-Рики на встрече, где был и президент Казахстана Касым-Жомарт Токаев.',
    found: [{ text: 'Касым-Жомарт Токаев', kind: 'person', name: 'Касым-Жомарт Токаев', office: 'президент Казахстана' }],
  },
  'ru: a short name of a ministry with its country': {
    lang: 'ru',
    text: 'МИД Азербайджана выступил с заявлением, а позже ответили и в японском МИДе.',
    found: [
      { text: 'МИД Азербайджана', kind: 'organization' },
      { text: 'японском МИДе', kind: 'organization' },
    ],
  },
  'ru: a council of ministers, and a ministry with its country as an abbreviation': {
    lang: 'ru',
    text: 'Заседание Совета министров иностранных дел государств-членов ШОС прошло после встречи в МИД РТ.',
    found: [
      { text: 'Совета министров иностранных дел государств-членов ШОС', kind: 'organization', name: 'Совет министров иностранных дел государств-членов ШОС' },
      { text: 'МИД РТ', kind: 'organization' },
    ],
  },
  'ru: a company name in quotes inside the office': {
    lang: 'ru',
    text: 'Встречу с лидером республики Олегом Сидоренко провёл президент "Нефтегаза" Игорь Волков.',
    found: [
      { text: 'Олегом Сидоренко', kind: 'person', name: 'Олег Сидоренко', office: 'лидер республики' },
      { text: 'Игорь Волков', kind: 'person', name: 'Игорь Волков' },
    ],
  },
  'ru: an ambassador "в России", an adjective of the title, quotes dropped from the office': {
    lang: 'ru',
    text: 'Посол Канады в России Джон Смит встретился с тем, кого назначил генеральный директор компании "Нефтегаз" Игорь Волков.',
    found: [
      { text: 'Джон Смит', kind: 'person', office: 'Посол Канады в России' },
      { text: 'Игорь Волков', kind: 'person', office: 'генеральный директор компании Нефтегаз' },
    ],
  },
  'ru: a name before its title, in the genitive': {
    lang: 'ru',
    text: 'Он сослался на слова Олега Сидоренко, министра обороны, и ушёл.',
    found: [{ text: 'Олега Сидоренко', kind: 'person', name: 'Олег Сидоренко', office: 'министр обороны' }],
  },
  'ru: министр иностранных дел X Y': {
    lang: 'ru',
    text: 'Об этом заявил министр иностранных дел Иван Петренко на пресс-конференции.',
    found: [{ text: 'Иван Петренко', kind: 'person', name: 'Иван Петренко', office: 'министр иностранных дел' }],
  },
  'ru: declined title and name': {
    lang: 'ru',
    text: 'Он процитировал слова министра иностранных дел Ивана Петрова о переговорах.',
    found: [{ text: 'Ивана Петрова', kind: 'person', name: 'Иван Петров', office: 'министр иностранных дел' }],
  },
  'ru: instrumental after a title': {
    lang: 'ru',
    text: 'Встреча с председателем комитета Сергеем Волковым прошла в среду.',
    found: [{ text: 'Сергеем Волковым', kind: 'person', name: 'Сергей Волков' }],
  },
  'ru: country after the title and then the name': {
    lang: 'ru',
    text: 'В переговорах участвовал президент Молдавии Игорь Додон, сообщили в Кишиневе.',
    found: [{ text: 'Игорь Додон', kind: 'person', name: 'Игорь Додон', office: 'президент Молдавии' }],
  },
  'ru: Министерство in declined forms': {
    lang: 'ru',
    text: 'Представители Министерства обороны отказались от комментариев.',
    found: [{ text: 'Министерства обороны', kind: 'organization', name: 'Министерство обороны' }],
  },
  'ru: lower-case ministry with its country': {
    lang: 'ru',
    text: 'Об этом сообщили в министерстве обороны Украины в понедельник.',
    found: [{ text: 'министерстве обороны Украины', kind: 'organization', name: 'министерство обороны Украины' }],
  },
  'ru: Государственный комитет по …': {
    lang: 'ru',
    text: 'Решение принял Государственный комитет по делам молодежи и спорта.',
    found: [{ text: 'Государственный комитет по делам молодежи и спорта', kind: 'organization' }],
  },
  'ru: abbreviation in parentheses after the full name': {
    lang: 'ru',
    text: 'Заседание Организации Договора о коллективной безопасности (ОДКБ) прошло в Минске.',
    found: [
      { text: 'Организации Договора о коллективной безопасности', kind: 'organization' },
      { text: 'ОДКБ', kind: 'organization' },
    ],
  },
  'ru: negatives: titles without names, months, places, generic ministries': {
    lang: 'ru',
    text: 'Министр иностранных дел заявил в марте, что министерство рассмотрит вопрос. Президент России приехал в Москву. В Душанбе прошла встреча.',
    found: [],
  },
  'ru: a known name is not new': {
    lang: 'ru',
    text: 'Министр иностранных дел Сергей Лавров встретился с министром обороны Олегом Сидоренко.',
    known: ['Сергей Лавров'],
    found: [{ text: 'Олегом Сидоренко', kind: 'person', name: 'Олег Сидоренко' }],
  },

  // Tajik
  'tg: вазири корҳои хориҷӣ X Y': {
    lang: 'tg',
    text: 'Ин масъаларо вазири корҳои хориҷӣ Аҳмад Каримзода дар нишаст баррасӣ кард.',
    found: [{ text: 'Аҳмад Каримзода', kind: 'person', name: 'Аҳмад Каримзода', office: 'вазири корҳои хориҷӣ' }],
  },
  'tg: title with the country, the name with the object suffix': {
    lang: 'tg',
    text: 'Раиси ҷумҳур сафири Ҷумҳурии Ӯзбекистон Бахтиёр Саидовро қабул кард.',
    found: [{ text: 'Бахтиёр Саидовро', kind: 'person', name: 'Бахтиёр Саидов' }],
  },
  'tg: Вазорати …': {
    lang: 'tg',
    text: 'Вазорати рушди иқтисод ва савдо гузориш дод, ки нақша иҷро шуд.',
    found: [{ text: 'Вазорати рушди иқтисод ва савдо', kind: 'organization', name: 'Вазорати рушди иқтисод ва савдо' }],
  },
  'tg: Кумитаи …': {
    lang: 'tg',
    text: 'Кумитаи давлатии амнияти миллӣ дар ин бора хабар дод.',
    found: [{ text: 'Кумитаи давлатии амнияти миллӣ', kind: 'organization' }],
  },
  'tg: a lower-case head names a body when the chain names its country': {
    lang: 'tg',
    text: 'Раиси ҳукумати Федератсияи Русия ба Душанбе омад ва вазорати дахлдор ин хабарро тасдиқ кард.',
    found: [{ text: 'ҳукумати Федератсияи Русия', kind: 'organization' }],
  },
  'tg: several ministries listed after a plural head are one mention; a generic plural is none': {
    lang: 'tg',
    text: 'Ба вазоратҳои маориф ва илм, фарҳанг, тандурустӣ супориш дода шуд. Вазоратҳои кишварҳо ва вазоратҳои дахлдор низ ҳузур доштанд.',
    found: [{ text: 'вазоратҳои маориф ва илм, фарҳанг, тандурустӣ', kind: 'organization' }],
  },
  'tg: Маҷмаи … and an abbreviation in parentheses': {
    lang: 'tg',
    text: 'Дар Маҷмаи кулли Созмони Милали Муттаҳид (СММ) суханронӣ кард.',
    found: [
      { text: 'Маҷмаи кулли Созмони Милали Муттаҳид', kind: 'organization' },
      { text: 'СММ', kind: 'organization' },
    ],
  },
  'tg: negatives: titles without names, lower-case ministries, months, places': {
    lang: 'tg',
    text: 'Вазири корҳои хориҷӣ дар моҳи март ба Душанбе омад. Вазорат ин хабарро тасдиқ кард. Дар Тоҷикистон вазоратҳои дахлдор кор мекунанд.',
    found: [],
  },
  'tg: a known name is not new': {
    lang: 'tg',
    text: 'Вазири корҳои хориҷӣ Сироҷиддин Муҳриддин бо вазири мудофиа Шерали Мирзо вохӯрд.',
    known: ['Сироҷиддин Муҳриддин', 'Шерали Мирзо'],
    found: [],
  },
};

function mentionsFor(text: string, known: string[] = []): Mention[] {
  return known.map((name, i) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`${name} not in the text`);
    return { start, end: start + name.length, text: name, entityId: `known-${i}`, kind: 'person' as const };
  });
}

describe('findUnknownOfficials', () => {
  for (const [title, c] of Object.entries(cases)) {
    it(title, () => {
      const found = findUnknownOfficials(c.text, mentionsFor(c.text, c.known), { language: c.lang });
      expect(found.map((f) => ({ text: f.text, kind: f.kind }))).toEqual(c.found.map((f) => ({ text: f.text, kind: f.kind })));
      c.found.forEach((want, i) => {
        const got = found[i]!;
        expect(c.text.slice(got.start, got.end)).toBe(got.text);
        if (want.name) expect(got.suggestedNames[c.lang]).toBe(want.name);
        if (want.office) expect(got.suggestedOffice?.[c.lang]).toBe(want.office);
        expect(got.context).toContain(got.text);
      });
    });
  }

  it('gives the sentence the name came from as context', () => {
    const text = 'The weather was fine. Later, Foreign Minister Ivan Petrenko arrived in Cmdr. style. It rained.';
    const [f] = findUnknownOfficials(text, [], { language: 'en' });
    expect(f?.context).toBe('Later, Foreign Minister Ivan Petrenko arrived in Cmdr. style.');
  });

  it('detects the language when none is given', () => {
    const text = 'Об этом заявил министр иностранных дел Иван Петренко, который также отметил, что переговоры будут продолжены в следующем месяце.';
    expect(findUnknownOfficials(text, []).map((f) => f.suggestedNames.ru)).toEqual(['Иван Петренко']);
  });

  it('finds nothing in an empty or wordless text', () => {
    expect(findUnknownOfficials('', [])).toEqual([]);
    expect(findUnknownOfficials('  12, 34 … !!', [])).toEqual([]);
  });
});
