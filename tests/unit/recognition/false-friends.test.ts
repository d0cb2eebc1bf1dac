import { describe, expect, it } from 'vitest';
import { found } from './helpers';

// Short articles written for these tests (not from the corpus), each around one way a text may look
// like it names a glossary entry when it does not. One row per case and language: text → mentions.
const ARTICLES: [rule: string, text: string, expected: string[]][] = [
  // Surnames that are places: repeating them proves nothing.
  ['en: a surname after "the" or "in" is a place', 'Judges in The Hague ruled on Tuesday. The court in The Hague said the case would go on.', []],
  ['en: a surname inside a longer name', 'Officials in San José said Costa Rica would appeal. Costa Rica has no army, and Costa Rica never had one.', []],
  ['en: the same in an all-caps headline', 'COSTA RICA AND THE HAGUE: WHO PAYS?\n\nCosta Rica said it would pay. Costa Rica and its neighbours agreed.', []],
  ['en: a city named like a minister', 'A fund in Austin, Texas, said investors in Austin were cautious, and traders in Austin agreed.', []],
  ['ru: a city after в, из, городе', 'В городе Остин прошел фестиваль. Из Остина приехали музыканты, а в Остине их ждали.', []],
  ['tg: a place after дар', 'Дар Остин фестивал баргузор шуд. Сокинони шаҳри Остин шод буданд, дар Остин барф борид.', []],
  // Surnames that are common words, or another person's.
  ['en: the surname also written as a word', 'The hunt for funding is over, said the teacher. Hunt added that the school would reopen. Hunt thanked the donors.', []],
  ['en: another person with the surname', 'The school is open again, said Michael Hunt. Parents thanked Hunt, and Hunt thanked the donors.', []],
  ['ru: the surname also written as a word', 'Над морем кружила чайка. Рыбаки сказали, что Чайка — название лодки, и лодка Чайка вернулась, когда Чайка была нужна.', []],
  ['ru: but a title still counts', 'Над морем кружила чайка. Генпрокурор Чайка выступил в Думе.', ['Чайка→yury-chaika']],
  // Abbreviations that spell words in all-caps headlines.
  ['ru: ВОЗ as a word in a headline', 'ВОЗ И НЫНЕ ТАМ: РЕМОНТ МОСТА ОТЛОЖЕН', []],
  ['ru: ВОЗ as the organization', 'ВОЗ предупредила о росте заболеваемости.', ['ВОЗ→who']],
  // Tajik izofat: a name that goes on into one the glossary does not have.
  ['tg: Khovar and the Middle East', 'Дар Ховари Миёна вазъ ором нест. Ховари Наздик низ ноором аст.', []],
  ['tg: a ministry of another country', 'Вазорати адлияи Қирғизистон изҳорот нашр кард.', []],
  ['tg: the ministry itself', 'Вазорати адлия изҳорот нашр кард. Вазорати адлияи кишвар низ розӣ шуд.', ['Вазорати адлия→moj-tajikistan', 'Вазорати адлияи→moj-tajikistan']],
  ['tg: the longer name still wins', 'Маҷлиси Олии Ҷумҳурии Тоҷикистон қонунро қабул кард.', ['Маҷлиси Олии Ҷумҳурии Тоҷикистон→majlisi-oli']],
  // Tajik typed on a Russian keyboard, with common words that look like names.
  [
    'tg: Russian-keyboard Tajik',
    'Президенти Точикистон Эмомали Рахмон бо вазири корхои хоричии Русия Сергей Лавров мулокот кард. Дар ин бора мухбири мо хабар медихад. Рахмон гуфт, ки Лавровро интизор буд.',
    ['Эмомали Рахмон→emomali-rahmon', 'Сергей Лавров→sergey-lavrov', 'Рахмон→emomali-rahmon', 'Лавровро→sergey-lavrov'],
  ],
];

describe('texts that look like they name glossary entries', () => {
  it.each(ARTICLES)('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
