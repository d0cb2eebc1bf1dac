import type { LanguageModule, SuffixRule } from './types';

/** Builds rules that map each inflected ending back to one base ending. */
function endings(base: string, inflected: string[], minStem?: number): SuffixRule[] {
  return inflected.map((ending) => ({ inflected: ending, base, minStem }));
}

/**
 * Russian: names and the words of organization names decline. The rules run backwards, from the
 * form in the text to candidate nominatives; a candidate counts only if the glossary has it, so
 * over-generation is harmless. Letter abbreviations (СНГ, ООН) are case-checked by the matcher;
 * МИД declines like a noun (МИДа, в МИДе) and is covered by the masculine rules.
 */
export const russian: LanguageModule = {
  code: 'ru',
  script: 'cyrillic',
  suffixRules: [
    // Masculine consonant stems: Лавров → Лаврова, Лаврову, Лавровым, Лаврове; Рахмон → Рахмоном.
    ...endings('', ['а', 'у', 'ом', 'ым', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']),
    // -й names: Сергей → Сергея, Сергею, Сергеем, Сергее.
    ...endings('й', ['я', 'ю', 'ем', 'е']),
    // -ий names and nouns: Дмитрий → Дмитрия, Дмитрию, Дмитрием, Дмитрии.
    ...endings('ий', ['ия', 'ию', 'ием', 'ии']),
    // -ь nouns: Кремль → Кремля, Кремлю, Кремлем, Кремле.
    ...endings('ь', ['я', 'ю', 'ем', 'е', 'и', 'ью']),
    // Feminine -а: Расулзода → Расулзоды, Расулзоде, Расулзоду, Расулзодой; Захарова → Захаровой; Дума → Думы.
    ...endings('а', ['ы', 'и', 'е', 'у', 'ой', 'ою']),
    // Feminine -я: Мария → Марии; Организация → Организации, Организацию, Организацией.
    ...endings('я', ['и', 'е', 'ю', 'ей', 'ею']),
    // Neuter -о: Содружество → Содружества, Содружеству, Содружеством, Содружестве.
    ...endings('о', ['а', 'у', 'ом', 'е']),
    // Neuter -е: Собрание → Собрания, Собранию, Собранием, Собрании.
    ...endings('е', ['я', 'ю', 'ем', 'и']),
    // Adjectives, feminine: Шанхайская → Шанхайской, Шанхайскую; Государственная → Государственной.
    ...endings('ая', ['ой', 'ую', 'ою']),
    ...endings('яя', ['ей', 'юю', 'ею']),
    // Adjectives, masculine and neuter: Федеральный → Федерального, Федеральному, Федеральным, Федеральном.
    ...endings('ый', ['ого', 'ому', 'ым', 'ом']),
    ...endings('ой', ['ого', 'ому', 'ым', 'ом']),
    ...endings('ий', ['ого', 'его', 'ому', 'ему', 'им', 'ем', 'ом']),
    ...endings('ое', ['ого', 'ому', 'ым', 'ом']),
    ...endings('ее', ['его', 'ему', 'им', 'ем']),
    // Adjectives, plural: Объединенные → Объединенных, Объединенным, Объединенными.
    ...endings('ые', ['ых', 'ым', 'ыми']),
    ...endings('ие', ['их', 'им', 'ими']),
    // Plural nouns: Силы → Сил is irregular; Штаты → Штатов, Штатам.
    ...endings('ы', ['ов', 'ам', 'ами', 'ах']),
  ],
  titles: [
    'президент', 'министр', 'замминистра', 'премьер', 'глава', 'председатель', 'спикер', 'посол',
    'госсекретарь', 'генсек', 'секретарь', 'представитель', 'лидер', 'губернатор', 'мэр', 'канцлер',
    'король', 'эмир', 'господин', 'заместитель', 'директор', 'руководитель', 'генерал', 'коллега',
    'пресс-секретарь', 'сенатор', 'депутат', 'прокурор', 'начальник', 'командующий', 'шейх', 'принц',
  ],
  commonWords: ['и', 'в', 'на', 'с', 'что', 'по', 'не', 'для', 'это', 'как', 'от', 'о', 'к', 'за', 'из', 'также', 'был', 'была', 'он', 'его'],
  distinctiveLetters: 'ыщцьэ',
};
