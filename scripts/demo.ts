/**
 * npm run demo                       build, serve the demo article on 127.0.0.1, open Chromium with Tarjuma
 * npm run demo -- --screenshots DIR  the same, headless: click the button, save PNGs of the highlighted
 *                                    article, a hover card and the panel in each language, then exit
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { clickToolbarButton, launchWithExtension, tabIdOf } from './lib/browser';
import { serveDirectory } from './lib/serve';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const screenshotDir = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'screenshots') : undefined;

console.log('Building the extension…');
execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await serveDirectory(ROOT);
const demoUrl = `${server.url}/demo/article-en.html`;

if (!screenshotDir) {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Run `xvfb-run -a npm run demo`, or `npm run demo -- --screenshots DIR` for pictures.');
    await server.close();
    process.exit(1);
  }
  const browser = await launchWithExtension({ headless: false });
  const page = await browser.context.newPage();
  await page.goto(demoUrl);
  for (const p of browser.context.pages()) if (p !== page) await p.close();
  console.log(`\nChromium is open on the demo article: ${demoUrl}`);
  console.log('Pin Tarjuma from the puzzle-piece menu in the toolbar, then click its button.');
  console.log('Hover a highlighted name for its card; the side panel lists everything found.');
  console.log('Also try: /tests/fixtures/pages/ru-article.html and /tests/fixtures/pages/tg-article.html');
  console.log('Close the browser window to finish.');
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  mkdirSync(screenshotDir, { recursive: true });
  const browser = await launchWithExtension();
  const page = await browser.context.newPage();
  await page.goto(demoUrl);
  await clickToolbarButton(browser, page);
  await page.waitForFunction(() => (CSS.highlights.get('tarjuma-person')?.size ?? 0) > 0);
  await page.screenshot({ path: `${screenshotDir}/article.png` });
  const tabId = await tabIdOf(browser, page);
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 1000 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  for (const [lang, label] of [['en', 'English'], ['ru', 'Русский'], ['tg', 'Тоҷикӣ']] as const) {
    await panel.getByRole('radio', { name: label }).check();
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: `${screenshotDir}/panel-${lang}.png` });
    await page.bringToFront();
    await page.mouse.move(1, 1);
    const point = await page.evaluate(() => {
      const h = CSS.highlights.get('tarjuma-person') as unknown as Set<Range>;
      const rect = [...h][2]!.getClientRects()[0]!;
      return { x: rect.left + 8, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.locator('tarjuma-card').waitFor({ timeout: 5000 });
    await page.waitForTimeout(100);
    await page.screenshot({ path: `${screenshotDir}/card-${lang}.png` });
    await page.keyboard.press('Escape');
  }
  await panel.getByRole('radio', { name: 'English' }).check();
  await browser.close();
  await server.close();
  console.log(`Screenshots saved in ${screenshotDir}`);
}
