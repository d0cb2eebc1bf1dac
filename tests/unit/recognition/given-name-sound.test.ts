import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { buildGlossaryIndex } from '../../../core/recognition/glossary-index';
import { matchMentions } from '../../../core/recognition/match-mentions';
import { foldKey, givenNameSound, hasGivenNameSound } from '../../../core/text/fold';

const latin = (name: string) => givenNameSound(foldKey(name, 'latin'), 'latin');
const cyrillic = (name: string) => givenNameSound(foldKey(name, 'cyrillic'), 'cyrillic');

describe('givenNameSound: one sound for the spellings of one given name', () => {
  it.each([
    ['Emomali', 'Imomali'], ['Sergey', 'Sergei'], ['Yevgeny', 'Evgeny'], ['Dzhamshed', 'Jamshed'], ['Djamshed', 'Jamshed'],
    ['Qobiljon', 'Kobiljon'], ['Khurshed', 'Xurshid'], ['Alexei', 'Aleksei'], ['Alexander', 'Aleksandr'], ['Yuri', 'Iurii'],
    ['Mukhriddin', 'Muhriddin'], ['Dmitry', 'Dimitri'],
  ])('Latin %s = %s', (a, b) => {
    expect(latin(a)).toBe(latin(b));
  });
  it.each([['Эмомалӣ', 'Имомали'], ['Сергей', 'Сергея'], ['Джамшед', 'Ҷамшед'], ['Хуршед', 'Ҳуршед'], ['Ильхам', 'Ильхамом']])('Cyrillic %s = %s', (a, b) => {
    expect(cyrillic(a)).toBe(cyrillic(b));
  });
  it.each([
    ['Bill', 'Hillary'], ['Ben', 'Boris'], ['Brian', 'Boris'], ['Anas', 'Sirajuddin'], ['Heydar', 'Ilham'], ['Igor', 'Sergey'],
    ['Alexander', 'Alexey'], ['Abdurahmon', 'Abduhalim'], ['Nosir', 'Nasim'], ['Aram', 'Armen'],
  ])('%s ≠ %s', (a, b) => {
    expect(latin(a)).not.toBe(latin(b));
  });
  it('is the consonants, or empty for a name without any', () => {
    expect(latin('Yuri')).toBe('r');
    expect(latin('Ai')).toBe('');
    expect(givenNameSound('abc', 'other')).toBe('');
  });
});

function person(id: string, en: string[], ru: string[]): GlossaryEntry {
  return { id, kind: 'person', names: { en, ru, tg: ru }, description: { en: '', ru: '', tg: '' }, asOf: '2025-01-01' };
}

describe('the sounds an index keeps of a person’s given names', () => {
  const index = buildGlossaryIndex([
    person('ilham-aliyev', ['Ilham Aliyev', 'Ilham Heydar oglu Aliyev'], ['Ильхам Алиев', 'Ильхам Гейдар оглы Алиев']),
    person('kamala-harris', ['Kamala D. Harris'], ['Камала Д. Харрис']),
    person('david-cameron', ['David Cameron', 'Lord Cameron'], ['Дэвид Кэмерон']),
    person('sergey-lavrov', ['Sergey Viktorovich Lavrov'], ['Сергей Викторович Лавров']),
    person('kassym-jomart-tokayev', ['Kassym-Jomart Tokayev'], ['Касым-Жомарт Токаев']),
  ]);
  const sounds = (id: string) => index.givenSounds[index.entities.indexOf(id)]!;

  it('every given-name word, in every script', () => {
    expect(hasGivenNameSound(sounds('ilham-aliyev'), latin('Ilham'))).toBe(true);
    expect(hasGivenNameSound(sounds('ilham-aliyev'), cyrillic('Ильхам'))).toBe(true);
    expect(hasGivenNameSound(sounds('kassym-jomart-tokayev'), latin('Jomart'))).toBe(true);
    // The given name before an initial is one.
    expect(hasGivenNameSound(sounds('kamala-harris'), latin('Kamala'))).toBe(true);
  });
  it('not a father’s name, a title or an initial', () => {
    expect(hasGivenNameSound(sounds('ilham-aliyev'), latin('Heydar'))).toBe(false);
    expect(hasGivenNameSound(sounds('ilham-aliyev'), cyrillic('Гейдар'))).toBe(false);
    expect(hasGivenNameSound(sounds('sergey-lavrov'), latin('Viktorovich'))).toBe(false);
    expect(hasGivenNameSound(sounds('kamala-harris'), latin('D'))).toBe(false);
    expect(hasGivenNameSound(sounds('david-cameron'), latin('Lord'))).toBe(false);
  });
  it('narrows the people a surname after a title may be', () => {
    const ids = (text: string) => matchMentions(text, index).map((m) => `${m.text}→${m.entityId}`);
    expect(ids('President Ilhom Aliyev said')).toEqual(['Aliyev→ilham-aliyev']);
    expect(ids('singer Ed Harris said, and Senator Ed Harris agreed')).toEqual([]);
  });
});
