import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../core/glossary/types';
import { buildGlossaryIndex } from '../../../core/recognition/glossary-index';
import { matchMentions } from '../../../core/recognition/match-mentions';
import { foldKey, givenNameSound } from '../../../core/text/fold';

const latin = (name: string) => givenNameSound(foldKey(name, 'latin'), 'latin');
const cyrillic = (name: string) => givenNameSound(foldKey(name, 'cyrillic'), 'cyrillic');

describe('givenNameSound: one sound for the spellings of one given name', () => {
  it.each([
    ['Emomali', 'Imomali'], ['Sergey', 'Sergei'], ['Yevgeny', 'Evgeny'], ['Dzhamshed', 'Jamshed'], ['Djamshed', 'Jamshed'],
    ['Qobiljon', 'Kobiljon'], ['Khurshed', 'Xurshid'], ['Alexei', 'Aleksei'], ['Yuri', 'Iurii'], ['Mukhriddin', 'Muhriddin'],
  ])('Latin %s = %s', (a, b) => {
    expect(latin(a)).toBe(latin(b));
    expect(latin(a)).toMatch(/^.[^_]?_?$/u);
  });
  it.each([['Эмомалӣ', 'Имомали'], ['Сергей', 'Сергея'], ['Джамшед', 'Ҷамшед'], ['Хуршед', 'Ҳуршед'], ['Ильхам', 'Ильхамом']])('Cyrillic %s = %s', (a, b) => {
    expect(cyrillic(a)).toBe(cyrillic(b));
  });
  it.each([['Bill', 'Hillary'], ['Ben', 'Boris'], ['Anas', 'Sirajuddin'], ['Heydar', 'Ilham'], ['Igor', 'Sergey']])('%s ≠ %s', (a, b) => {
    expect(latin(a)).not.toBe(latin(b));
  });
  it('is two characters, or empty for a name without consonants', () => {
    expect(latin('Yuri')).toBe('r_');
    expect(latin('Ai')).toBe('');
    expect(givenNameSound('abc', 'other')).toBe('');
  });
});

function person(id: string, en: string[], ru: string[]): GlossaryEntry {
  return { id, kind: 'person', names: { en, ru, tg: ru }, description: { en: '', ru: '', tg: '' }, asOf: '2025-01-01' };
}

describe('a father’s name inside a glossary name is not the person’s given name', () => {
  const index = buildGlossaryIndex([
    person('ilham-aliyev', ['Ilham Aliyev', 'Ilham Heydar oglu Aliyev'], ['Ильхам Алиев', 'Ильхам Гейдар оглы Алиев']),
  ]);
  const ids = (text: string) => matchMentions(text, index).map((m) => `${m.text}→${m.entityId}`);

  it('"Heydar Aliyev" is someone else, and so is the surname alone after him', () => {
    expect(ids('the late President Heydar Aliyev founded it; President Aliyev said')).toEqual([]);
  });
  it('while the person’s own given name, and the surname after his full name, are him', () => {
    expect(ids('the late President Heydar Aliyev and his son Ilham Aliyev. President Aliyev said')).toEqual(['Ilham Aliyev→ilham-aliyev', 'Aliyev→ilham-aliyev']);
    expect(ids('President Ilhom Aliyev said')).toEqual(['Aliyev→ilham-aliyev']);
  });
});
