/**
 * npm run --silent browser-check -- DIR...
 * Runs the built extension in Chromium on every .html page in the directories (through the real
 * toolbar click) and reports, per page, how many names were highlighted, how many of them lie
 * outside the page's <article> (sidebars, "Read also", comments: these must be none on the corpus
 * wrappers), and whether the highlights equal the CLI's mentions for the same page.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../core/analyze-document';
import { buildGlossaryIndex } from '../core/recognition/glossary-index';
import { BUILTIN_ENTRIES } from '../glossary/index';
import { clickToolbarButton, launchWithExtension } from './lib/browser';
import { serveDirectory } from './lib/serve';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: browser-check DIR...');
  process.exit(2);
}
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.html')).map((f) => resolve(d, f)));
const root = resolve(dirname(files[0] ?? '.'), '../..');
const server = await serveDirectory(root);
const browser = await launchWithExtension();
const index = buildGlossaryIndex(BUILTIN_ENTRIES);
let outside = 0;
let differ = 0;
for (const file of files) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${relative(root, file)}`);
  await clickToolbarButton(browser, page);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(800);
  const found = await page.evaluate(() => {
    const out: Array<{ text: string; outside: boolean }> = [];
    for (const name of ['tarjuma-person', 'tarjuma-organization']) {
      for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<Range>) {
        const el = r.startContainer.parentElement;
        out.push({ text: r.toString(), outside: !!document.querySelector('article') && !el?.closest('article') });
      }
    }
    return out;
  });
  const cli = analyzeDocument(parseHTML(readFileSync(file, 'utf8')).document as unknown as Document, index);
  const cliCount = cli.status === 'ok' ? cli.mentions.length : 0;
  const out = found.filter((f) => f.outside);
  outside += out.length;
  if (cliCount !== found.length) differ++;
  console.log(`${basename(join(file))}\thighlights ${found.length}\tcli ${cliCount}\toutside article ${out.length}${out.length ? ' (' + out.map((o) => o.text).join(', ') + ')' : ''}`);
  await page.close();
}
console.log(`pages ${files.length}; highlights outside <article>: ${outside}; pages where browser and CLI differ: ${differ}`);
await browser.close();
await server.close();
