import type { LanguageModule } from './types';

/**
 * English: names do not inflect, but the nouns in them have plurals ("the Russian and Syrian defense
 * ministries", "Foreign Ministers Lavrov and Muhriddin"). Possessives ("Lavrov's", "Lavrov’s") need
 * no rule because the apostrophe ends the word. Titles let "President Rahmon" be found before the
 * full name is.
 */
export const english: LanguageModule = {
  code: 'en',
  script: 'latin',
  suffixRules: [
    // Plurals: ministries → ministry, agencies → agency; governments → government, ministers → minister.
    // A plural counts only where the glossary has the singular, and an abbreviation keeps its case
    // rule (ISIS is not ISI + s). Keys write a final -y as -i (fold.ts), so ministry is "ministri".
    { inflected: 'ies', base: 'i', minStem: 3 },
    { inflected: 's', base: '', minStem: 3 },
  ],
  coordination: { conjunctions: ['and'], pluralEndings: ['s'] },
  // Russian patronymics in English text: Vladimir Vladimirovich Putin.
  middleName: /^\p{L}{3,}(?:ovich|evich|ovna|evna)$/u,
  titles: [
    'president', 'minister', 'premier', 'secretary', 'spokesperson', 'spokeswoman', 'spokesman',
    'chairman', 'chairwoman', 'chair', 'speaker', 'ambassador', 'envoy', 'mr', 'mrs', 'ms', 'dr',
    'general', 'mayor', 'governor', 'senator', 'chancellor', 'king', 'emir', 'leader', 'counterpart',
    'deputy', 'director', 'head', 'commander', 'prosecutor', 'sheikh', 'prince', 'representative',
    'vice', 'sir', 'lord', 'judge', 'pope', 'patriarch', 'sultan', 'queen', 'lt', 'col', 'gen', 'cmdr',
    'adm', 'capt', 'maj', 'sen', 'rep', 'gov', 'pres', 'mrs', 'premier', 'commissioner', 'ombudsman',
  ],
  // "The Hague", "in Austin", "at Costa Rica's embassy".
  placeWords: ['the', 'in', 'at', 'near', 'into', 'across'],
  commonWords: ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'was', 'by', 'as', 'at', 'he', 'said'],
  functionWords: [
    'us', 'it', 'an', 'or', 'if', 'no', 'so', 'we', 'me', 'be', 'do', 'go', 'up', 'am', 'who', 'all', 'can', 'may',
    'now', 'not', 'out', 'our', 'its', 'has', 'had', 'his', 'her', 'she', 'are', 'but', 'how', 'why', 'what', 'new',
    'one', 'two', 'man', 'men', 'war', 'aid', 'win', 'bid', 'top', 'ban', 'law', 'oil', 'gas', 'hit', 'eco',
  ],
  // The commonest surnames in English-language news: the US/UK top of the census lists, the
  // commonest Chinese, Korean, South Asian and Arabic surnames as English writes them, and the
  // commonest post-Soviet ones in their usual romanizations.
  commonSurnames: [
    'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
    'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
    'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
    'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
    'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
    'Evans', 'Turner', 'Phillips', 'Parker', 'Edwards', 'Collins', 'Stewart', 'Morris', 'Murphy', 'Cook',
    'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed', 'Bailey', 'Bell', 'Kelly', 'Howard', 'Ward',
    'Cox', 'Richardson', 'Wood', 'Watson', 'Brooks', 'Bennett', 'Gray', 'James', 'Hughes', 'Price',
    'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Kim', 'Park', 'Choi',
    'Singh', 'Kumar', 'Sharma', 'Patel', 'Khan', 'Ali', 'Ahmed', 'Hussain', 'Rahman', 'Hassan', 'Mohammed',
    'Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Petrov', 'Volkov', 'Sokolov', 'Novikov', 'Morozov', 'Lebedev',
    'Kozlov', 'Pavlov', 'Medvedev', 'Antonov', 'Orlov', 'Sidorov', 'Zakharov', 'Makarov', 'Romanov', 'Sergeyev',
    'Aliyev', 'Aliev', 'Mammadov', 'Hasanov', 'Huseynov', 'Ismailov', 'Abdullayev', 'Akhmedov', 'Yusupov', 'Karimov',
    'Rakhimov', 'Rahimov', 'Nazarov', 'Saidov', 'Sharipov', 'Safarov', 'Mirzoev', 'Umarov', 'Rasulov', 'Sultanov',
    'Shevchenko', 'Bondarenko', 'Kovalenko', 'Tkachenko', 'Kravchenko', 'Boyko',
  ],
  distinctiveLetters: '',
};
