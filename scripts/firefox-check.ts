/**
 * Smoke check of the Firefox build in a real Firefox (not part of `npm test`):
 *
 *   npm run build:firefox && npm run check:firefox
 *
 * Starts Firefox (Debian's firefox-esr, or FIREFOX_PATH) headed on a virtual X display (Xvfb),
 * installs the build as a temporary add-on through Firefox's own WebDriver BiDi
 * (`webExtension.install`), opens demo/article-en.html from a local server, presses the
 * extension's shortcut (Alt+Shift+K, `_execute_browser_action`) through the X server with xdotool —
 * a real user action, the same as clicking the toolbar button — and checks that the names are
 * highlighted in the article. Needs `apt-get install -y firefox-esr xvfb xdotool`. Exits 1 on failure.
 * Node 20 has WebSocket only behind --experimental-websocket (the npm script passes it).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDirectory } from './lib/serve';
import { startVirtualDisplay } from './lib/xvfb';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = resolve(ROOT, process.env.TARJUMA_OUT ?? '.output', 'firefox-mv2');
const SHOT = resolve(ROOT, 'test-results/screenshots/firefox-article-en.png');

function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Firefox not found: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  return found;
}

/** A minimal WebDriver BiDi client: one command at a time, answers matched by id. */
class Bidi {
  private next = 0;
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private constructor(private ws: WebSocket) {
    ws.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id!);
      if (message.type === 'error') waiting.fail(new Error(`${message.error}: ${message.message}`));
      else waiting.ok(message.result);
    });
  }
  static async connect(url: string): Promise<Bidi> {
    const ws = new WebSocket(url);
    await new Promise((ok, fail) => {
      ws.addEventListener('open', ok, { once: true });
      ws.addEventListener('error', () => fail(new Error(`cannot connect to ${url}`)), { once: true });
    });
    return new Bidi(ws);
  }
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.next;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise((ok, fail) => this.pending.set(id, { ok: ok as (v: unknown) => void, fail }));
  }
  /** Evaluates an expression in a context (a page's own world, or Firefox's window) and returns its JSON-able value, awaited. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const r = await this.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v ?? null))`,
      target: { context },
      awaitPromise: true,
    });
    if (r.type !== 'success') throw new Error(`script.evaluate: ${r.exceptionDetails?.text}`);
    return JSON.parse(String(r.result?.value)) as T;
  }
  close(): void {
    this.ws.close();
  }
}

/** Prefs for a quiet automated Firefox on a machine without internet. */
const PREFS: Record<string, string | number | boolean> = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.region.network.url': '',
  'browser.search.update': false,
};

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build at ${EXTENSION_DIR}: run npm run build:firefox first`);
  const x = await startVirtualDisplay();
  const server = await serveDirectory(ROOT);
  const profile = mkdtempSync(join(tmpdir(), 'tarjuma-firefox-'));
  writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const firefox = spawn(firefoxPath(), ['--profile', profile, '--no-remote', '--new-instance', '--remote-debugging-port', '0', '--remote-allow-system-access', 'about:blank'], {
    env: { ...process.env, DISPLAY: x.display, MOZ_CRASHREPORTER_DISABLE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  let bidi: Bidi | undefined;
  try {
    const endpoint = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi in 60 s:\n${log}`)), 60_000);
      firefox.stderr!.on('data', (d) => {
        log += d;
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
        if (m) {
          clearTimeout(timer);
          ok(m[1]!);
        }
      });
      firefox.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${log}`)));
    });
    bidi = await Bidi.connect(`${endpoint}/session`);
    const session = await bidi.send<{ capabilities: { browserName: string; browserVersion: string } }>('session.new', { capabilities: {} });
    console.log(`${session.capabilities.browserName} ${session.capabilities.browserVersion}`);

    const installed = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: EXTENSION_DIR } });
    console.log(`installed ${installed.extension} from ${EXTENSION_DIR} (temporary add-on)`);

    const tree = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 });
    const context = tree.contexts[0]!.context;
    const url = `${server.url}/demo/article-en.html`;
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    await bidi.evaluate(context, `(() => { window.seenKeys = []; addEventListener('keydown', (e) => window.seenKeys.push(e.code), true); return true; })()`);
    const title = await bidi.evaluate<string>(context, 'document.title');

    const count = `(['tarjuma-person', 'tarjuma-organization'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0) + document.querySelectorAll('mark[data-tarjuma-entity]').length)`;
    const poll = async <T>(expression: string, done: (v: T) => boolean, ms: number): Promise<T> => {
      const end = Date.now() + ms;
      for (;;) {
        const v = await bidi!.evaluate<T>(context, expression);
        if (done(v) || Date.now() > end) return v;
        await new Promise((r) => setTimeout(r, 250));
      }
    };

    // The Firefox window showing the article gets the keyboard focus. Without a window manager,
    // XSetInputFocus (xdotool windowfocus) alone leaves GTK's window inactive (document.hasFocus()
    // stays false and keys go nowhere); a click into the page, as a person would do, activates it.
    // The click lands on the headline, which is no link.
    const window = x.xdotool('search', '--sync', '--onlyvisible', '--name', title.slice(0, 30)).split('\n')[0]!;
    x.xdotool('windowfocus', '--sync', window);
    const [hx, hy] = await bidi.evaluate<[number, number]>(
      context,
      `(() => { const r = document.querySelector('h1').getBoundingClientRect(); return [Math.round(mozInnerScreenX + r.left + 5), Math.round(mozInnerScreenY + r.top + r.height / 2)]; })()`,
    );
    x.xdotool('mousemove', String(hx), String(hy), 'click', '1');
    if (!(await poll<boolean>('document.hasFocus()', (f) => f, 5000))) throw new Error('the Firefox window did not get the focus');
    // Firefox opens an add-on's sidebar when it is installed (sidebar_action.open_at_install
    // defaults to true): close it, to see the shortcut open it. Firefox's own window is reached
    // through BiDi's chrome scope (--remote-allow-system-access), only to read and close the sidebar.
    const windows = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' });
    const chromeWindow = windows.contexts[0]!.context;
    const sidebar = () => bidi!.evaluate<{ open: boolean; id: string | null }>(chromeWindow, '({ open: SidebarController.isOpen, id: SidebarController.currentID })');
    await bidi.evaluate(chromeWindow, 'SidebarController.hide()');
    const closed = await sidebar();
    if (closed.open) throw new Error(`could not close the sidebar before the test: ${JSON.stringify(closed)}`);
    // Control: another key reaches the page and runs nothing.
    x.xdotool('key', '--clearmodifiers', 'alt+shift+j');
    const keys = await poll<string[]>('window.seenKeys', (k) => k.includes('KeyJ'), 10_000);
    if (!keys.includes('KeyJ')) throw new Error(`the X key presses do not reach the page (saw ${JSON.stringify(keys)})`);
    await new Promise((r) => setTimeout(r, 1000));
    const before = await bidi.evaluate<number>(context, count);
    if (before !== 0) throw new Error(`${before} highlights before the shortcut was pressed`);

    x.xdotool('key', '--clearmodifiers', 'alt+shift+k');
    const highlights = await poll<number>(count, (n) => n > 0, 20_000);
    // The sidebar opened on the same key, showing Tarjuma's panel.
    const sidebarId = `${installed.extension.replace(/[^a-z0-9_-]/gi, '_')}-sidebar-action`;
    let opened = await sidebar();
    for (let end = Date.now() + 10_000; !(opened.open && opened.id === sidebarId) && Date.now() < end; opened = await sidebar()) {
      await new Promise((r) => setTimeout(r, 250));
    }
    // The same names, in the same order, as the CLI finds with the same extraction and recognition.
    const texts = await bidi.evaluate<string[]>(
      context,
      `['tarjuma-person', 'tarjuma-organization'].flatMap((k) => [...(CSS.highlights.get(k) ?? [])])
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString())`,
    );
    const cli = JSON.parse(execFileSync('npx', ['tsx', 'scripts/analyze.ts', 'demo/article-en.html'], { cwd: ROOT, encoding: 'utf8' })) as {
      mentions: Array<{ text: string }>;
    };
    const expected = cli.mentions.map((m) => m.text);
    const shot = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    mkdirSync(resolve(SHOT, '..'), { recursive: true });
    writeFileSync(SHOT, Buffer.from(shot.data, 'base64'));
    console.log(`Alt+Shift+K: ${highlights} highlights (${texts.slice(0, 6).join(', ')}, …); sidebar ${JSON.stringify(opened)}; screenshot ${SHOT}`);
    if (highlights === 0) throw new Error('no highlights after Alt+Shift+K');
    if (JSON.stringify(texts) !== JSON.stringify(expected)) {
      throw new Error(`highlights differ from the CLI's mentions:\n  Firefox ${JSON.stringify(texts)}\n  CLI     ${JSON.stringify(expected)}`);
    }
    if (!(opened.open && opened.id === sidebarId)) throw new Error(`Tarjuma's sidebar did not open: ${JSON.stringify(opened)}`);
    console.log('ok');
  } finally {
    bidi?.close();
    if (firefox.exitCode === null) {
      const exited = new Promise((r) => firefox.once('exit', r));
      firefox.kill();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (firefox.exitCode === null) firefox.kill('SIGKILL');
    }
    await server.close();
    await x.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`FAIL: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
