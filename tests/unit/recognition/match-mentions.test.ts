import { describe, expect, it } from 'vitest';
import { matchMentions } from '../../../core/recognition/match-mentions';
import { FIXTURE_INDEX } from './fixture-glossary';
import { found, idsIn } from './helpers';

describe('a person named in full is then found by surname alone and by title + surname', () => {
  const cases: [lang: string, text: string, expected: string[]][] = [
    ['en', 'Sergey Lavrov arrived. Lavrov said. Minister Lavrov left.', ['Sergey Lavrov→sergey-lavrov', 'Lavrov→sergey-lavrov', 'Lavrov→sergey-lavrov']],
    ['ru', 'Сергей Лавров прибыл. Лавров заявил, министр Лавров уехал.', ['Сергей Лавров→sergey-lavrov', 'Лавров→sergey-lavrov', 'Лавров→sergey-lavrov']],
    ['ru, declined', 'Сергей Лавров прибыл. По словам Лаврова, министра Лаврова ждут.', ['Сергей Лавров→sergey-lavrov', 'Лаврова→sergey-lavrov', 'Лаврова→sergey-lavrov']],
    ['tg', 'Сергей Лавров омад. Вазир Лавров гуфт. Лавровро пешвоз гирифтанд.', ['Сергей Лавров→sergey-lavrov', 'Лавров→sergey-lavrov', 'Лавровро→sergey-lavrov']],
    ['ru, feminine', 'Мария Захарова заявила. Захаровой ответили.', ['Мария Захарова→maria-zakharova', 'Захаровой→maria-zakharova']],
    ['full name in the headline after the surname', 'Лавров прибыл в Душанбе\n\nСергей Лавров встретился', ['Лавров→sergey-lavrov', 'Сергей Лавров→sergey-lavrov']],
  ];
  it.each(cases)('%s: %s', (_lang, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a title alone is enough when one glossary person has the surname', () => {
    expect(found('министра Лаврова')).toEqual(['Лаврова→sergey-lavrov']);
    expect(found('вазир Лавров')).toEqual(['Лавров→sergey-lavrov']);
    expect(found('President Rahmon')).toEqual(['Rahmon→emomali-rahmon']);
  });

  it('a title a few words before the surname is enough', () => {
    expect(found('глава МИД России Лавров')).toEqual(['МИД России→mfa-russia', 'Лавров→sergey-lavrov']);
    expect(found('раисҷумҳури Русия Путин')).toEqual(['Путин→vladimir-putin']);
    expect(found('президенты Бразилии Лула и Путин')).toEqual([]);
    expect(found('президент заявил, что Лавров')).toEqual([]);
    // The title belongs to the person named right after it.
    expect(found('президент Владимир Путин Медведев')).toEqual(['Владимир Путин→vladimir-putin']);
  });

  it('not in a headline in capitals, where every word looks like a name', () => {
    expect(found('ПРЕЗИДЕНТ ЛАВРОВ')).toEqual([]);
    expect(found('СЕРГЕЙ ЛАВРОВ ПРИБЫЛ. ЛАВРОВ')).toEqual(['СЕРГЕЙ ЛАВРОВ→sergey-lavrov', 'ЛАВРОВ→sergey-lavrov']);
  });

  it('an initial that fits the given name is enough', () => {
    expect(found('С. Лавров и S. Lavrov')).toEqual(['Лавров→sergey-lavrov', 'Lavrov→sergey-lavrov']);
    expect(found('А. Лавров')).toEqual([]);
  });
});

describe('a surname the article repeats', () => {
  it('is the one glossary person with that surname', () => {
    expect(found('Путин прибыл в Минск. Встреча с Путиным прошла, заявил Путин.')).toEqual(['Путин→vladimir-putin', 'Путиным→vladimir-putin', 'Путин→vladimir-putin']);
  });
  it('but not when written once', () => {
    expect(found('заявил Путин')).toEqual([]);
  });
  it('nor when only ever at the start of a sentence', () => {
    expect(found('Путин прибыл. Путин уехал.')).toEqual([]);
  });
  it('nor when two glossary people share it', () => {
    expect(found('сказал Медведев, и Медведев ушёл')).toEqual([]);
  });

  // A common surname (Иванов, Miller, Aliyev) is shared by many people outside the glossary.
  const common: [lang: string, text: string, expected: string[]][] = [
    ['ru, repeated alone', 'Иванов прибыл в Минск. Встреча с Ивановым прошла, заявил Иванов.', []],
    ['ru, feminine form of a common surname', 'Встреча с Ивановой прошла, заявила Иванова.', []],
    ['en, repeated alone', 'Miller arrived. Talks with Miller ended, said Miller.', []],
    ['ru, after the full name', 'Сергей Иванов прибыл. Встреча с Ивановым прошла', ['Сергей Иванов→sergei-ivanov', 'Ивановым→sergei-ivanov']],
    ['ru, after a title', 'заявил министр Иванов', ['Иванов→sergei-ivanov']],
    ['ru, after the initial', 'заявил С. Иванов', ['Иванов→sergei-ivanov']],
    ['en, after the full name', 'John Miller arrived. Talks with Miller ended.', ['John Miller→john-miller', 'Miller→john-miller']],
  ];
  it.each(common)('but a common surname needs the full name, a title or the initial — %s', (_case, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a surname in lower case', () => {
  const cases: [why: string, text: string, expected: string[]][] = [
    ['after the full name in lower case', 'бо сергей лавров вохӯрд. лавров гуфт', ['сергей лавров→sergey-lavrov', 'лавров→sergey-lavrov']],
    ['not after the full name capitalized', 'Сергей Лавров омад. лавров гуфт', ['Сергей Лавров→sergey-lavrov']],
    ['not without the full name', 'лавров гуфт, лавров рафт', []],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('two glossary people sharing a surname', () => {
  it('are not guessed from the surname alone, even after a title', () => {
    expect(idsIn('премьер Медведев заявил')).toEqual([]);
  });
  it('are told apart by the one the article named', () => {
    expect(idsIn('Дмитрий Медведев прибыл. Медведев заявил')).toEqual(['dmitry-medvedev', 'dmitry-medvedev']);
  });
  it('link to the one named most recently', () => {
    expect(idsIn('Дмитрий Медведев и Павел Медведев. Медведев заявил')).toEqual(['dmitry-medvedev', 'pavel-medvedev', 'pavel-medvedev']);
  });
  it('are told apart by the initial', () => {
    expect(idsIn('Д. Медведев и П. Медведев')).toEqual(['dmitry-medvedev', 'pavel-medvedev']);
  });
  it('a surname that is someone else’s given name is not linked after a title alone', () => {
    // Эмомалӣ is Rustam Emomali's surname and Emomali Rahmon's given name.
    expect(idsIn('Президент Эмомалӣ гуфт')).toEqual([]);
    expect(idsIn('Рустами Эмомалӣ омад. Эмомалӣ гуфт')).toEqual(['rustam-emomali', 'rustam-emomali']);
  });
});

describe('what joins two words of a name', () => {
  it('never a paragraph break', () => {
    expect(found('Sergey\n\nLavrov')).toEqual([]);
  });
  it('never sentence punctuation', () => {
    expect(found('Sergey. Lavrov')).toEqual([]);
  });
  it('the longest name wins at a position', () => {
    expect(found('United Nations Development Programme')).toEqual(['United Nations Development Programme→undp']);
  });
});

describe('mentions', () => {
  it('carry offsets into the original text', () => {
    const text = 'Визит Серге́я Лавро́ва в Эмомал ӣ Раҳмон-ро';
    for (const m of matchMentions(text, FIXTURE_INDEX)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('take the closing quote of a name that opens one', () => {
    expect(found('АМИТ «Ховар» хабар дод')).toEqual(['АМИТ «Ховар»→khovar']);
  });
});
