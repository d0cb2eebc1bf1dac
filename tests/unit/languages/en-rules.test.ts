import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../core/text/fold';
import { found } from '../recognition/helpers';

// One row per rule: a form as English text writes it → the mention expected (text→entity id).
const FORMS: [rule: string, text: string, expected: string[]][] = [
  ['possessive with a straight apostrophe', "Sergey Lavrov's visit", ['Sergey Lavrov→sergey-lavrov']],
  ['possessive with a curly apostrophe', 'Sergei Lavrov’s visit', ['Sergei Lavrov→sergey-lavrov']],
  ['romanization: kh = h', 'Emomali Rakhmon arrived', ['Emomali Rakhmon→emomali-rahmon']],
  ['romanization: kh = h in a given name', 'Kohir Rasulzoda', ['Kohir Rasulzoda→kohir-rasulzoda']],
  ['romanization: final -y = -i = -iy', 'Dmitri Medvedev and Dmitriy Medvedev', ['Dmitri Medvedev→dmitry-medvedev', 'Dmitriy Medvedev→dmitry-medvedev']],
  ['romanization: Mukhriddin = Muhriddin', 'Sirojiddin Mukhriddin', ['Sirojiddin Mukhriddin→sirojiddin-muhriddin']],
  ['"the" before an organization named with "The"', 'talks with the Taliban', ['Taliban→taliban']],
  ['no article at all', 'Kremlin sources', ['Kremlin→kremlin']],
  ['title before a surname', 'President Rahmon said', ['Rahmon→emomali-rahmon']],
  ['abbreviated title with a dot', 'Mr. Lavrov said', ['Lavrov→sergey-lavrov']],
  ['two-word title', 'Foreign Minister Lavrov said', ['Lavrov→sergey-lavrov']],
  ['a middle initial', 'Sergey V. Lavrov said', ['Sergey V. Lavrov→sergey-lavrov']],
  ['a Russian patronymic', 'Vladimir Vladimirovich Putin', ['Vladimir Vladimirovich Putin→vladimir-putin']],
  ['name hyphenated across a line break', 'Sergey Lav-\nrov arrived', ['Sergey Lav-\nrov→sergey-lavrov']],
  ['name broken by a line break', 'Sergey\nLavrov arrived', ['Sergey\nLavrov→sergey-lavrov']],
  ['hyphenated given name broken at the hyphen', 'Kassym-\nJomart Tokayev', ['Kassym-\nJomart Tokayev→kassym-jomart-tokayev']],
  ['curly quotes around a name', 'the “Shanghai Cooperation Organisation”', ['Shanghai Cooperation Organisation→sco']],
  ['dotted abbreviation', 'the U.N. said', ['U.N→united-nations']],
  ['plain abbreviation', 'the UN and the SCO', ['UN→united-nations', 'SCO→sco']],
  ['headline in capitals', 'SERGEY LAVROV MEETS EMOMALI RAHMON', ['SERGEY LAVROV→sergey-lavrov', 'EMOMALI RAHMON→emomali-rahmon']],
  ['abbreviation in a headline in capitals', 'RAHMON ATTENDS SCO SUMMIT', ['SCO→sco']],
  ['an abbreviation that spells a word, in running text', 'the WHO said and IS fighters', ['WHO→who', 'IS→islamic-state']],
  ['plural of a noun in a name (-ies)', 'the Russian foreign ministries', ['Russian foreign ministries→mfa-russia']],
  ['plural of a noun in a name (-s)', 'the Syrian regimes', ['Syrian regimes→government-of-syria']],
  ['an abbreviation takes no plural that runs on into capitals', 'the ISIS fighters', []],
  ['plural title before a surname', 'Foreign Ministers Lavrov said', ['Lavrov→sergey-lavrov']],
  ["an editor's brackets inside a name", 'the [Syrian] Regime said', ['[Syrian] Regime→government-of-syria']],
];

const NOT_NAMES: [rule: string, text: string][] = [
  ['an abbreviation inside a longer word', 'SCOTLAND and UNDERSTANDING'],
  ['a lower-case word spelling an abbreviation', 'the sco of it, un-'],
  ['a common word in a capitals headline spelling an abbreviation', 'WHO WILL LEAD? THIS IS NEXT'],
  ['a surname alone, never introduced', 'Lavrov said'],
  ['a title separated from a name by a sentence end', 'met the president. Lavrov said'],
];

describe('English forms', () => {
  it.each(FORMS)('%s: %s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each(NOT_NAMES)('%s: %s', (_rule, text) => {
    expect(found(text)).toEqual([]);
  });
  it('UNDP is its own name, not UN', () => {
    expect(found('UNDP and UN')).toEqual(['UNDP→undp', 'UN→united-nations']);
  });
});

const KEYS: [a: string, b: string][] = [
  ['Sergey', 'Sergei'],
  ['Nikolay', 'Nikolai'],
  ['Yury', 'Yuri'],
  ['Rakhmon', 'Rahmon'],
  ['Dzhemilev', 'Jemilev'],
  ['Erdoğan', 'Erdogan'],
];

describe('English folding', () => {
  it.each(KEYS)('%s = %s', (a, b) => {
    expect(foldKey(a, 'latin')).toBe(foldKey(b, 'latin'));
  });
  it('leaves short words alone', () => {
    expect(foldKey('Ky', 'latin')).toBe('ky');
  });
});
