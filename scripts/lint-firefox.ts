/**
 * `npm run lint:firefox`: builds the Firefox add-on and runs Mozilla's addons-linter on it (offline,
 * ~10 s). Fails on any error, and on any warning not explained below: every warning that remains
 * must come from a bundled library and say why it is harmless (the README lists them).
 *
 *   npm run lint:firefox                 # build into $TARJUMA_OUT (default .output), then lint
 *   npm run lint:firefox -- --no-build   # lint the existing build
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, process.env.TARJUMA_OUT ?? '.output', 'firefox-mv2');

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Warnings that come from bundled libraries, with the reason each is harmless. */
export const EXPLAINED: Array<{ code: string; file: RegExp; max: number; why: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^tarjuma\.js$/,
    max: 2,
    why:
      'Mozilla Readability (bundled in the content script) assigns innerHTML twice: it restores its own ' +
      'cached copy of the article (page.innerHTML = pageCacheHtml) and unwraps <noscript> images ' +
      '(tmp.innerHTML = noscript.innerHTML). Both act on Tarjuma\'s clone of the page, made with ' +
      'document.cloneNode(true): a document without a browsing context, where nothing loads or runs, ' +
      'and which never becomes part of the page or of an extension page.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/reader-[\w-]+\.js$/,
    max: 1,
    why:
      'DOMPurify (bundled in the reading view) parses the HTML it is asked to clean with DOMParser and, ' +
      'only where that fails, with documentElement.innerHTML on an inert document from ' +
      'document.implementation.createDocument. That is the sanitizer\'s own parsing step: what it ' +
      'returns is the sanitized fragment, and nothing is assigned to the reading view\'s innerHTML.',
  },
];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function main(): number {
  if (!process.argv.includes('--no-build')) {
    const build = run('npx', ['wxt', 'build', '-b', 'firefox']);
    if (build.status !== 0) {
      process.stderr.write(build.stdout + build.stderr);
      return 1;
    }
  }
  if (!existsSync(join(OUT, 'manifest.json'))) {
    console.error(`No Firefox build at ${OUT}`);
    return 1;
  }
  const lint = run(join(ROOT, 'node_modules/.bin/addons-linter'), ['--output', 'json', OUT]);
  let report: { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
  try {
    report = JSON.parse(lint.stdout);
  } catch {
    process.stderr.write(lint.stdout + lint.stderr);
    return 1;
  }
  const where = (f: Finding) => `${f.file ?? ''}${f.line ? `:${f.line}:${f.column ?? 0}` : ''}`;
  const used = new Map<(typeof EXPLAINED)[number], number>();
  const unexplained: Finding[] = [];
  for (const w of report.warnings) {
    const reason = EXPLAINED.find((e) => e.code === w.code && e.file.test(w.file ?? '') && (used.get(e) ?? 0) < e.max);
    if (reason) {
      used.set(reason, (used.get(reason) ?? 0) + 1);
      console.log(`warning (explained) ${w.code} ${where(w)}\n  ${reason.why}`);
    } else unexplained.push(w);
  }
  for (const n of report.notices) console.log(`notice ${n.code} ${where(n)}: ${n.message}`);
  for (const w of unexplained) console.log(`WARNING (not explained) ${w.code} ${where(w)}: ${w.message}`);
  for (const e of report.errors) console.log(`ERROR ${e.code} ${where(e)}: ${e.message}`);
  console.log(`addons-linter: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} not explained), ${report.notices.length} notices`);
  return report.errors.length === 0 && unexplained.length === 0 ? 0 : 1;
}

process.exitCode = main();
