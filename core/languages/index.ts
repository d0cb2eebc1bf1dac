import { foldKey } from '../text/fold';
import { english } from './en';
import { russian } from './ru';
import { tajik } from './tg';
import type { LanguageModule, SuffixRule } from './types';

export type { LanguageModule, SuffixRule } from './types';

/** The languages Tarjuma recognizes. Recognition runs every module of a word's script. */
export const LANGUAGE_MODULES: readonly LanguageModule[] = [english, russian, tajik];

export interface FoldedRule {
  inflected: string;
  base: string;
  minStem: number;
}

interface RuleTable {
  /** Rules keyed by their folded inflected ending, so a word is checked once per ending length. */
  byEnding: Map<string, FoldedRule[]>;
  longestEnding: number;
}

// A module's rules are tried for every word of its script, so over-generation is harmless (a base
// form counts only if the glossary has it); what matters is that the result stays small.

const rulesByScript = new Map<string, RuleTable>();
const titlesByScript = new Map<string, Set<string>>();
const functionWordsByScript = new Map<string, Set<string>>();
const commonSurnamesByScript = new Map<string, Set<string>>();
const placeWordsByScript = new Map<string, Set<string>>();
const conjunctionsByScript = new Map<string, Map<string, Conjunction>>();

for (const module of LANGUAGE_MODULES) {
  const table = rulesByScript.get(module.script) ?? { byEnding: new Map(), longestEnding: 0 };
  for (const rule of module.suffixRules) addRule(table, foldRule(rule, module.script));
  rulesByScript.set(module.script, table);
  const titles = titlesByScript.get(module.script) ?? new Set<string>();
  for (const title of module.titles) for (const part of title.split('-')) titles.add(foldKey(part, module.script));
  titlesByScript.set(module.script, titles);
  const functionWords = functionWordsByScript.get(module.script) ?? new Set<string>();
  for (const w of [...module.commonWords, ...(module.functionWords ?? [])]) functionWords.add(foldKey(w, module.script));
  functionWordsByScript.set(module.script, functionWords);
  const placeWords = placeWordsByScript.get(module.script) ?? new Set<string>();
  for (const w of module.placeWords ?? []) placeWords.add(foldKey(w, module.script));
  placeWordsByScript.set(module.script, placeWords);
  const surnames = commonSurnamesByScript.get(module.script) ?? new Set<string>();
  for (const w of module.commonSurnames ?? []) {
    surnames.add(foldKey(w, module.script));
    // Russian-style surnames have a feminine form in -а: Иванов → Иванова, Ильин → Ильина.
    if (module.script === 'cyrillic' && /(?:ов|ев|ёв|ин|ын)$/.test(w)) surnames.add(foldKey(w + 'а', module.script));
    if (module.script === 'latin' && /(?:ov|ev|in|yn)$/.test(w)) surnames.add(foldKey(w + 'a', module.script));
  }
  commonSurnamesByScript.set(module.script, surnames);
  const conjunctions = conjunctionsByScript.get(module.script) ?? new Map<string, Conjunction>();
  const pluralEndings = module.coordination?.pluralEndings?.map((e) => foldKey(e, module.script));
  for (const w of module.coordination?.conjunctions ?? []) conjunctions.set(foldKey(w, module.script), { language: module.code, pluralEndings });
  conjunctionsByScript.set(module.script, conjunctions);
}

/** A word meaning "and", with what its language asks of a list that follows a name (types.ts, Coordination). */
export interface Conjunction {
  language: string;
  /** Folded plural endings; undefined when case endings show the agreement. */
  pluralEndings?: string[];
}

/** The conjunction a folded word is, if it is one ("and", "и", "ва"). */
export function conjunctionOf(key: string, script: 'latin' | 'cyrillic' | 'other'): Conjunction | undefined {
  return conjunctionsByScript.get(script)?.get(key);
}

function foldRule(rule: SuffixRule, script: 'latin' | 'cyrillic'): FoldedRule {
  return { inflected: foldKey(rule.inflected, script), base: foldKey(rule.base, script), minStem: rule.minStem ?? 2 };
}

function addRule(table: RuleTable, rule: FoldedRule): void {
  if (!rule.inflected && !rule.base) return;
  const list = table.byEnding.get(rule.inflected) ?? [];
  if (list.some((r) => r.base === rule.base)) return;
  list.push(rule);
  table.byEnding.set(rule.inflected, list);
  table.longestEnding = Math.max(table.longestEnding, rule.inflected.length);
}

export interface BaseForm {
  key: string;
  /** How many letters of the folded word the base form keeps from it (the rest was an ending). */
  stemLength: number;
}

/**
 * The keys a folded word may stand for: itself and every base form the language rules of its script
 * allow. The result is small (tens at most) and independent of the glossary's size.
 */
export function baseForms(key: string, script: 'latin' | 'cyrillic' | 'other'): BaseForm[] {
  const forms: BaseForm[] = [{ key, stemLength: key.length }];
  const table = rulesByScript.get(script);
  if (!table) return forms;
  const longest = Math.min(table.longestEnding, key.length - 1);
  for (let n = 0; n <= longest; n++) {
    const rules = table.byEnding.get(key.slice(key.length - n));
    if (!rules) continue;
    const stemLength = key.length - n;
    for (const rule of rules) {
      if (stemLength < rule.minStem) continue;
      const base = key.slice(0, stemLength) + rule.base;
      if (!forms.some((f) => f.key === base)) forms.push({ key: base, stemLength });
    }
  }
  return forms;
}

/** The folded reverse-inflection rules of a script's languages, for callers that test them without strings. */
export function foldedRules(script: 'latin' | 'cyrillic' | 'other'): { rules: FoldedRule[]; longestEnding: number } {
  const table = rulesByScript.get(script);
  if (!table) return { rules: [], longestEnding: 0 };
  return { rules: [...table.byEnding.values()].flat(), longestEnding: table.longestEnding };
}

/** Whether a folded word is a function word of a language of its script (as written, no base forms). */
export function isFunctionWord(key: string, script: 'latin' | 'cyrillic' | 'other'): boolean {
  return functionWordsByScript.get(script)?.has(key) ?? false;
}

/** Whether a folded word is one after which a capitalized word is a place, not a person (types.ts, placeWords). */
export function isPlaceWord(key: string, script: 'latin' | 'cyrillic' | 'other'): boolean {
  return placeWordsByScript.get(script)?.has(key) ?? false;
}

/** Whether a folded surname (a glossary form, not inflected) is among the commonest of a language of its script. */
export function isCommonSurname(key: string, script: 'latin' | 'cyrillic' | 'other'): boolean {
  return commonSurnamesByScript.get(script)?.has(key) ?? false;
}

/** Whether a folded word may stand inside a person's name (a patronymic) for a language of its script. */
export function isMiddleName(key: string, script: 'latin' | 'cyrillic' | 'other'): boolean {
  return LANGUAGE_MODULES.some((m) => m.script === script && m.middleName?.test(key));
}

/** Whether a folded word is a title that may stand before a person's surname. */
export function isTitleWord(key: string, script: 'latin' | 'cyrillic' | 'other'): boolean {
  const titles = titlesByScript.get(script);
  if (!titles) return false;
  return baseForms(key, script).some((f) => titles.has(f.key));
}
