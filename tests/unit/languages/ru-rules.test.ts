import { describe, expect, it } from 'vitest';
import { baseForms, isCommonSurname } from '../../../core/languages';
import { foldKey } from '../../../core/text/fold';
import { found } from '../recognition/helpers';

// One row per rule: a form as Russian text writes it → the mention expected (text→entity id).
const FORMS: [rule: string, text: string, expected: string[]][] = [
  ['masculine genitive -а', 'визит Сергея Лаврова', ['Сергея Лаврова→sergey-lavrov']],
  ['masculine dative -у', 'Сергею Лаврову вручили', ['Сергею Лаврову→sergey-lavrov']],
  ['masculine instrumental -ым, -ем', 'с Сергеем Лавровым', ['Сергеем Лавровым→sergey-lavrov']],
  ['masculine prepositional -е', 'о Сергее Лаврове', ['Сергее Лаврове→sergey-lavrov']],
  ['consonant stem -ом', 'с Сироджиддином Мухриддином', ['Сироджиддином Мухриддином→sirojiddin-muhriddin']],
  ['Tajik name, genitive', 'встреча Эмомали Рахмона', ['Эмомали Рахмона→emomali-rahmon']],
  ['Tajik name, dative', 'Эмомали Рахмону', ['Эмомали Рахмону→emomali-rahmon']],
  ['-зода genitive -ы', 'Кохира Расулзоды', ['Кохира Расулзоды→kohir-rasulzoda']],
  ['-зода dative -е', 'Кохиру Расулзоде', ['Кохиру Расулзоде→kohir-rasulzoda']],
  ['-зода instrumental -ой', 'с Кохиром Расулзодой', ['Кохиром Расулзодой→kohir-rasulzoda']],
  ['feminine surname -ой', 'заявила Марии Захаровой', ['Марии Захаровой→maria-zakharova']],
  ['indeclinable -о', 'с Александром Лукашенко', ['Александром Лукашенко→alexander-lukashenko']],
  ['indeclinable short name', 'с Си Цзиньпином', ['Си Цзиньпином→xi-jinping']],
  ['hyphenated given name declines in both parts', 'Касым-Жомарта Токаева', ['Касым-Жомарта Токаева→kassym-jomart-tokayev']],
  ['masculine instrumental -ем after ч', 'с Виктором Януковичем', ['Виктором Януковичем→viktor-yanukovych']],
  ['-ий given name', 'Дмитрием Медведевым', ['Дмитрием Медведевым→dmitry-medvedev']],
  ['fleeting е', 'с Павлом Медведевым', ['Павлом Медведевым→pavel-medvedev']],
  ['organization: adjective -ой, noun -и, -а', 'саммит Шанхайской организации сотрудничества', ['Шанхайской организации сотрудничества→sco']],
  ['organization: head word declines, the rest is fixed', 'Организации Договора о коллективной безопасности', ['Организации Договора о коллективной безопасности→csto']],
  ['organization: adjective + feminine noun', 'депутаты Государственной думы', ['Государственной думы→state-duma']],
  ['one-word organization, -е', 'в Госдуме', ['Госдуме→state-duma']],
  ['neuter -о → -а; plural adjectives -ых', 'Содружества Независимых Государств', ['Содружества Независимых Государств→cis']],
  ['zero-ending genitive plural (силы → сил)', 'Вооружённых сил России', ['Вооружённых сил России→armed-forces-russia']],
  ['-ь noun', 'источник в Кремле', ['Кремле→kremlin']],
  ['ё = е', 'в Кремлём', ['Кремлём→kremlin']],
  ['ё written as е in the text', 'Организации Объединенных Наций', ['Организации Объединенных Наций→united-nations']],
  ['stress marks are ignored', 'Серге́я Лавро́ва', ['Серге́я Лавро́ва→sergey-lavrov']],
  ['letter abbreviations do not decline', 'члены ООН, СНГ, ОДКБ и ШОС', ['ООН→united-nations', 'СНГ→cis', 'ОДКБ→csto', 'ШОС→sco']],
  ['МИД declines: -а', 'представитель МИДа', ['МИДа→mfa-russia']],
  ['МИД declines: -е', 'в МИДе', ['МИДе→mfa-russia']],
  ['МИД declines inside a longer name', 'МИДа России', ['МИДа России→mfa-russia']],
  ['a patronymic inside a name, declined', 'Владимира Владимировича Путина', ['Владимира Владимировича Путина→vladimir-putin']],
  ['a feminine patronymic', 'Марии Владимировны Захаровой', ['Марии Владимировны Захаровой→maria-zakharova']],
  ['an abbreviation inside a longer name is that name', 'Программы развития ООН', ['Программы развития ООН→undp']],
  ['zero-ending genitive plural (министерство → министерств)', 'глав министерств обороны России', ['министерств обороны России→mod-russia']],
  ['plural title before a surname', 'президенты Лавров', ['Лавров→sergey-lavrov']],
];

// Forms that must not be read as names.
const NOT_NAMES: [rule: string, text: string][] = [
  ['ООН is not the pronoun он', 'он сказал, что'],
  ['nor the capitalized pronoun', 'Он сказал, что'],
  ['nor in capitals among capitals', 'ОН СКАЗАЛ ЭТО'],
  ['a lower-case word that spells an abbreviation', 'шос и мид'],
  ['an abbreviation running on into more capitals', 'ООНД'],
  ['a surname alone, never introduced', 'Лавров заявил'],
];

describe('Russian forms', () => {
  it.each(FORMS)('%s: %s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each(NOT_NAMES)('%s: %s', (_rule, text) => {
    expect(found(text)).toEqual([]);
  });
});

// Base forms straight from the rules (word → one of its candidate nominatives).
const BASES: [word: string, base: string][] = [
  ['Лаврова', 'Лавров'],
  ['Сергеем', 'Сергей'],
  ['Расулзоды', 'Расулзода'],
  ['Захаровой', 'Захарова'],
  ['Дмитрия', 'Дмитрий'],
  ['Кремля', 'Кремль'],
  ['Шанхайской', 'Шанхайская'],
  ['организации', 'организация'],
  ['Содружеством', 'Содружество'],
  ['Собранием', 'Собрание'],
  ['Федерального', 'Федеральный'],
  ['Объединённых', 'Объединённые'],
  ['Штатов', 'Штаты'],
  ['Бордюжей', 'Бордюжа'],
  ['Павла', 'Павел'],
  ['сил', 'силы'],
  ['министерств', 'министерство'],
];

describe('Russian base forms', () => {
  it.each(BASES)('%s → %s', (word, base) => {
    const forms = baseForms(foldKey(word, 'cyrillic'), 'cyrillic').map((f) => f.key);
    expect(forms).toContain(foldKey(base, 'cyrillic'));
  });
});

// Common surnames are language data; the feminine -а form comes with each -ов/-ев/-ин surname.
const COMMON: [surname: string, script: 'latin' | 'cyrillic', common: boolean][] = [
  ['Иванов', 'cyrillic', true],
  ['Иванова', 'cyrillic', true],
  ['Кузнецова', 'cyrillic', true],
  ['Алиев', 'cyrillic', true],
  ['Лавров', 'cyrillic', false],
  ['Захарова', 'cyrillic', true],
  ['Мухриддин', 'cyrillic', false],
  ['Miller', 'latin', true],
  ['Aliyev', 'latin', true],
  ['Ivanova', 'latin', true],
  ['Lavrov', 'latin', false],
];

describe('common surnames', () => {
  it.each(COMMON)('%s (%s) → %s', (surname, script, common) => {
    expect(isCommonSurname(foldKey(surname, script), script)).toBe(common);
  });
});
