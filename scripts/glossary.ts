/**
 * Glossary tools.
 *   npm run --silent glossary -- stats            summary of the built-in glossary as JSON
 *   npm run --silent glossary -- validate FILE    check a glossary file, JSON or CSV (built-in data or an
 *                                                 import); prints the panel's messages (TARJUMA_LANG=ru|tg)
 */
import { readFileSync, statSync } from 'node:fs';
import { BUILTIN_ENTRIES } from '../glossary/index';
import { glossaryStats } from '../core/glossary/stats';
import { importSizeIssue, parseGlossaryImport } from '../core/glossary/import';
import { formatIssue } from '../core/glossary/messages';

const [command, file] = process.argv.slice(2);

if (command === 'stats') {
  console.log(JSON.stringify(glossaryStats(BUILTIN_ENTRIES), null, 2));
} else if (command === 'validate' && file) {
  const lang = (['en', 'ru', 'tg'].includes(process.env.TARJUMA_LANG ?? '') ? process.env.TARJUMA_LANG : 'en') as 'en' | 'ru' | 'tg';
  let content: string;
  try {
    // Like the panel, refuse a file over the limit before reading it.
    const tooLarge = importSizeIssue(statSync(file).size);
    if (tooLarge) {
      console.error(formatIssue(tooLarge, lang));
      process.exit(1);
    }
    content = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`cannot read ${file}: ${(err as Error).message}`);
    process.exit(2);
  }
  const result = parseGlossaryImport(content, file, new Set(BUILTIN_ENTRIES.map((e) => e.id)));
  if (result.issues.length > 0) {
    for (const issue of result.issues) console.error(formatIssue(issue, lang));
    process.exit(1);
  }
  console.log(JSON.stringify({ ok: true, format: result.format, entries: result.entries.length }));
} else {
  console.error('usage: glossary stats | glossary validate FILE');
  process.exit(2);
}
