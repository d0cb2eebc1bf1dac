/**
 * The floor a reader already pays for: a minimal reader-mode extension that does what every
 * Readability-based reader does on a toolbar click — inject Readability into the tab (activeTab +
 * scripting) and parse a clone of the document — and nothing else. The benchmark clicks it exactly
 * as it clicks Tarjuma (CDP Extensions.triggerAction), in a fresh tab of the same page, so "click →
 * highlights" is compared with "click → article parsed" through the same browser path.
 *
 * When the parse is done the script records the performance mark DONE_MARK: the page's performance
 * timeline is shared by all its worlds, so the benchmark reads it the way it reads Tarjuma's
 * measures.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRANT_RETRY_DELAYS_MS } from '../components/grant-retry';
import { READABILITY_JS } from './browser';

export const DONE_MARK = 'bench-readability-done';
/** Recorded when the parse starts (Readability's file compiled and run). */
export const START_MARK = 'bench-readability-start';

/** Writes the extension into `dir` (generated on each run, never committed) and returns `dir`. */
export function writeReadabilityExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'Readability alone (Tarjuma benchmark baseline)',
    version: '1.0.0',
    permissions: ['activeTab', 'scripting'],
    action: { default_title: 'Parse with Readability' },
    background: { service_worker: 'baseline-background.js' },
  }, null, 2));
  copyFileSync(READABILITY_JS, join(dir, 'Readability.js'));
  writeFileSync(join(dir, 'baseline-background.js'), `
// The same retry schedule as Tarjuma's for the click's activeTab grant arriving a moment late.
const DELAYS = ${JSON.stringify(GRANT_RETRY_DELAYS_MS)};
chrome.action.onClicked.addListener(async (tab) => {
  const inject = () => chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['Readability.js', 'parse.js'] });
  for (const delay of DELAYS) {
    try {
      return await inject();
    } catch (err) {
      if (!/cannot access contents/i.test(String(err && err.message))) throw err;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  return inject();
});
`);
  writeFileSync(join(dir, 'parse.js'), `
(() => {
  performance.mark(${JSON.stringify(START_MARK)});
  const article = new Readability(document.cloneNode(true)).parse();
  performance.mark(${JSON.stringify(DONE_MARK)});
  return article ? article.textContent.length : 0;
})();
`);
  return dir;
}
