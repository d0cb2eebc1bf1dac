import en from '../../locales/en.json';
import ru from '../../locales/ru.json';
import tg from '../../locales/tg.json';
import type { Lang } from './types';
import type { ValidationIssue } from './validate';

const VALIDATION: Record<Lang, Record<string, string>> = {
  en: en.validation,
  ru: ru.validation,
  tg: tg.validation,
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * The message a reader sees for one validation issue, in the UI language. The command line and the
 * panel both use it, so they say the same thing.
 */
export function formatIssue(issue: ValidationIssue, lang: Lang): string {
  const texts = VALIDATION[lang];
  const message = issueMessage(issue, lang);
  if (issue.row === 0) return fill(texts.file!, { message });
  return fill(texts.row!, { row: issue.row, field: issue.field || '—', message });
}

/** The message alone, without the row and field: shown next to the form field it is about. */
export function issueMessage(issue: ValidationIssue, lang: Lang): string {
  const detail = issue.code === 'notArray' && issue.detail ? ` (${issue.detail})` : issue.detail ?? '';
  return fill(VALIDATION[lang][issue.code] ?? issue.code, { detail });
}
