/**
 * The command-line twin of the extension.
 *   npm run --silent analyze -- FILE...      one JSON object per file (.html pages or .txt article texts)
 *   npm run --silent analyze -- --glossary   the whole glossary as JSON
 * An .html page goes through the same extraction as in the browser (DOM from linkedom); a .txt file is
 * taken as the article text exactly as read.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../core/analyze-document';
import { LANGS } from '../core/glossary/types';
import { analyzeText } from '../core/recognition/analyze';
import { buildGlossaryIndex } from '../core/recognition/glossary-index';
import { BUILTIN_ENTRIES } from '../glossary/index';

const args = process.argv.slice(2);
const glossary = new Map(BUILTIN_ENTRIES.map((e) => [e.id, e]));

function names(id: string) {
  const e = glossary.get(id)!;
  return Object.fromEntries(LANGS.map((l) => [l, e.names[l][0]]));
}

if (args.includes('--glossary')) {
  const entities = BUILTIN_ENTRIES.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: names(e.id),
    aliases: Object.fromEntries(LANGS.map((l) => [l, [...e.names[l].slice(1), ...(e.formerNames?.[l] ?? [])]])),
  }));
  console.log(JSON.stringify({ entities }));
  process.exit(0);
}

if (args.length === 0) {
  console.error('usage: analyze FILE... | analyze --glossary');
  process.exit(2);
}

const index = buildGlossaryIndex(BUILTIN_ENTRIES);
let failed = false;
for (const file of args) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`cannot read ${file}: ${(err as Error).message}`);
    failed = true;
    continue;
  }
  const result = file.toLowerCase().endsWith('.txt') ? analyzePlainText(content) : analyzeHtml(content);
  if (!result) {
    console.error(`${file}: not an article (nothing extracted)`);
    failed = true;
    continue;
  }
  const entities = result.entities.map((e) => ({ id: e.id, kind: e.kind, name: names(e.id), count: e.count }));
  console.log(JSON.stringify({ file, title: result.title, language: result.language, text: result.text, mentions: result.mentions, entities }));
}
process.exit(failed ? 1 : 0);

function analyzePlainText(text: string) {
  const firstLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return { title: firstLine.trim(), text, ...analyzeText(text, index) };
}

function analyzeHtml(html: string) {
  const { document } = parseHTML(html);
  const result = analyzeDocument(document as unknown as Document, index);
  if (result.status !== 'ok') return undefined;
  return { title: result.title, text: result.article.text, language: result.language, mentions: result.mentions, entities: result.entities };
}
