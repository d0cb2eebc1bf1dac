import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickToolbarButton, launchWithExtension, tabIdOf, type ExtensionBrowser } from '../../scripts/lib/browser';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { entriesToCsv } from '../../core/glossary/csv';
import { parseGlossaryImport } from '../../core/glossary/import';
import type { GlossaryEntry } from '../../core/glossary/types';
import { BUILTIN_ENTRIES } from '../../glossary/index';
import { highlightedMentions, openPanelFor, waitForHighlights } from './helpers';

const ROOT = resolve(import.meta.dirname, '../..');
const SHOTS = resolve(ROOT, 'test-results/screenshots');
const BUILTIN_IDS = new Set(BUILTIN_ENTRIES.map((e) => e.id));

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDirectory(ROOT);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Every test starts from an empty glossary and English settings, and leaves no page open.
let pagesBefore: Set<Page>;
afterEach(async () => {
  for (const page of browser.context.pages()) if (!pagesBefore.has(page)) await page.close();
});
beforeEach(async () => {
  pagesBefore = new Set(browser.context.pages());
  await browser.worker.evaluate(() => chrome.storage.local.clear());
  await browser.worker.evaluate(() => chrome.storage.sync.clear());
});

const stored = () => browser.worker.evaluate(async () => (await chrome.storage.local.get('userGlossary')).userGlossary ?? null);

async function openGlossary(query = ''): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 1100 });
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html${query}`);
  await panel.getByRole('tab', { name: 'My glossary' }).click();
  await panel.getByRole('heading', { name: 'My glossary', level: 2 }).waitFor();
  return panel;
}

const ZARINA: GlossaryEntry = {
  id: 'zarina-testova',
  kind: 'person',
  names: { en: ['Zarina Testova'], ru: ['Зарина Тестова'], tg: ['Зарина Тестова'] },
  offices: [{ title: { en: 'Director of the Pamir Demo Agency', ru: 'Директор Памирского демонстрационного агентства', tg: 'Директори Агентии намоишии Помир' }, start: '2019' }],
  description: { en: 'A fictional official for the tests.', ru: 'Вымышленное лицо для тестов.', tg: 'Шахси тахаййулӣ барои санҷиш.' },
  country: 'TJ',
  asOf: '2026-11-27',
};

const AGENCY: GlossaryEntry = {
  id: 'pamir-demo-agency',
  kind: 'organization',
  names: { en: ['Pamir Demo Agency', 'PDA'], ru: ['Памирское демонстрационное агентство'], tg: ['Агентии намоишии Помир'] },
  description: { en: 'A fictional agency for the tests.', ru: 'Вымышленное агентство для тестов.', tg: 'Агентии тахаййулӣ барои санҷиш.' },
  country: 'TJ',
  asOf: '2026-11-27',
};

describe('the reader\'s glossary', () => {
  it('adds an entry through the form, with errors next to the fields, and lists it', async () => {
    const panel = await openGlossary();
    await panel.getByRole('button', { name: 'Add entry' }).click();
    await panel.getByRole('radio', { name: 'Person' }).check();
    const lang = (l: string) => panel.getByRole('group', { name: l });
    await lang('English').getByLabel('Name', { exact: true }).fill('Zarina Testova');
    await lang('English').getByLabel('Office', { exact: true }).fill('Director of the Pamir Demo Agency');
    await lang('English').getByLabel('Description').fill('A fictional official for the tests.');
    await lang('Русский').getByLabel('Name', { exact: true }).fill('Зарина Тестова');
    await lang('Русский').getByLabel('Office', { exact: true }).fill('Директор агентства');
    await lang('Русский').getByLabel('Description').fill('Вымышленное лицо для тестов.');
    await lang('Тоҷикӣ').getByLabel('Name', { exact: true }).fill('Зарина Тестова');
    await lang('Тоҷикӣ').getByLabel('Office', { exact: true }).fill('Директори агентӣ');
    // Russian-only letters in Tajik text, and an empty description: both are refused in place.
    await lang('Тоҷикӣ').getByLabel('Description').fill('');
    await lang('Тоҷикӣ').getByLabel('Office', { exact: true }).fill('Директори идораи полиция');
    await panel.getByLabel('Since').fill('2019-13');
    await panel.getByRole('button', { name: 'Save' }).click();

    const tgDescription = lang('Тоҷикӣ').getByLabel('Description');
    await expect.poll(() => tgDescription.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('#ge-description-tg-error').textContent()).toBe('this field is empty');
    expect(await panel.locator('#ge-office-tg-error').textContent()).toBe('Tajik text has the letter “ц”, which Tajik does not use');
    expect(await panel.locator('#ge-start-error').textContent()).toBe('must be a date like 2024, 2024-05 or 2024-05-31');
    // The first field in error has the focus; nothing was stored.
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('ge-office-tg');
    expect(await stored()).toBeNull();

    await lang('Тоҷикӣ').getByLabel('Office', { exact: true }).fill('Директори агентӣ');
    await tgDescription.fill('Шахси тахаййулӣ барои санҷиш.');
    await panel.getByLabel('Since').fill('2019');
    await panel.getByLabel('Country (two-letter code, like TJ)').fill('tj');
    expect(await panel.getByLabel('Facts as of').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await panel.getByRole('button', { name: 'Save' }).click();

    await panel.locator('li.glossary-item', { hasText: 'Zarina Testova' }).waitFor();
    // The list can re-render from the storage change a moment before the save's own message is set.
    await expect.poll(() => panel.locator('#glossary-message').textContent()).toContain('Saved “Zarina Testova”');
    const saved = (await stored()) as { version: number; entries: GlossaryEntry[] };
    expect(saved.version).toBe(1);
    expect(saved.entries).toMatchObject([{ id: 'zarina-testova', kind: 'person', country: 'TJ', offices: [{ start: '2019' }] }]);

    // Edit, then delete and undo.
    await panel.getByRole('button', { name: 'Edit “Zarina Testova”' }).click();
    await panel.getByRole('group', { name: 'English' }).getByLabel('Other names and spellings, one per line').fill('Z. Testova');
    await panel.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => ((await stored()) as { entries: GlossaryEntry[] }).entries[0]!.names.en).toEqual(['Zarina Testova', 'Z. Testova']);
    await panel.getByRole('button', { name: 'Delete “Zarina Testova”' }).click();
    await expect.poll(async () => ((await stored()) as { entries: GlossaryEntry[] }).entries.length).toBe(0);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => ((await stored()) as { entries: GlossaryEntry[] }).entries.length).toBe(1);
    await panel.close();
  });

  it('rejects a bad import naming the row and field, and keeps the stored glossary as it was', async () => {
    await browser.worker.evaluate((entry) => chrome.storage.local.set({ userGlossary: { version: 1, entries: [entry], hidden: ['vladimir-putin'] } }), ZARINA);
    const before = await stored();
    const panel = await openGlossary();

    const bad = entriesToCsv([AGENCY, { ...ZARINA, id: 'second' }]).replace('Зарина Тестова,Зарина Тестова', ',Зарина Тестова');
    await panel.getByLabel('Import a JSON or CSV file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const message = panel.locator('#glossary-message');
    await message.locator('li').first().waitFor();
    expect(await message.textContent()).toContain('bad.csv was not imported, nothing was changed:');
    expect(await message.locator('li').allTextContents()).toEqual(['Row 3, field “names.ru”: this field is empty']);
    expect(await panel.locator('.import-preview').count()).toBe(0);
    expect(await stored()).toEqual(before);

    const badJson = JSON.stringify([AGENCY, { ...ZARINA, id: 'third', kind: 'ministry' }]);
    await panel.getByLabel('Import a JSON or CSV file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(badJson) });
    await expect.poll(() => message.locator('li').allTextContents()).toEqual(['Row 2, field “kind”: must be “person” or “organization”']);
    expect(await stored()).toEqual(before);
    await panel.close();
  });

  it('imports a good file after a preview, and exports JSON, CSV and TBX that import back', async () => {
    await browser.worker.evaluate((entry) => chrome.storage.local.set({ userGlossary: { version: 1, entries: [entry], hidden: [] } }), ZARINA);
    const panel = await openGlossary();
    const file = entriesToCsv([AGENCY, { ...ZARINA, description: { ...ZARINA.description, en: 'Replaced.' } }]);
    await panel.getByLabel('Import a JSON or CSV file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await panel.getByText('good.csv: 2 entries (1 new, 1 replacing yours).').waitFor();
    expect(((await stored()) as { entries: unknown[] }).entries).toHaveLength(1);
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText('Imported 2 entries.').waitFor();
    const after = (await stored()) as { entries: GlossaryEntry[] };
    expect(after.entries.map((e) => [e.id, e.description.en])).toEqual([['zarina-testova', 'Replaced.'], ['pamir-demo-agency', AGENCY.description.en]]);

    for (const format of ['json', 'csv'] as const) {
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator(`[data-export="${format}"]`).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^tarjuma-glossary-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      const content = readFileSync((await download.path())!, 'utf8');
      const back = parseGlossaryImport(content, download.suggestedFilename(), BUILTIN_IDS);
      expect(back.issues).toEqual([]);
      expect(back.entries).toEqual(after.entries);
    }
    const [tbx] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-export="tbx"]').click()]);
    const xml = readFileSync((await tbx.path())!, 'utf8');
    const parsed = await panel.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, concepts: doc.getElementsByTagName('conceptEntry').length, terms: [...doc.getElementsByTagName('term')].map((t) => t.textContent) };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.concepts).toBe(2);
    expect(parsed.terms).toContain('PDA');
    await panel.close();
  });

  it('"Add to Tarjuma glossary" on a selection opens the Add form with the name in its language', async () => {
    // Playwright cannot click Chrome's native context menu, and contextMenus.onClicked cannot be
    // dispatched; this runs the menu's click handler itself (addSelectionToGlossary in
    // components/context-menu.ts) in the service worker, with the selection the page really has.
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/tests/fixtures/pages/tg-article.html?menu=1`);
    const selection = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((n) => n.textContent!.includes('Донишгоҳи Славянии'))!;
      const text = p.firstChild as Text;
      const start = text.data.indexOf('Донишгоҳи Славянии Россия ва Тоҷикистон');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'Донишгоҳи Славянии Россия ва Тоҷикистон'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    const tabId = await tabIdOf(browser, page);
    const panel = await openGlossary(`?tabId=${tabId}`);
    await panel.getByRole('tab', { name: 'Article' }).click();
    await browser.worker.evaluate(
      ({ text, id }) => (globalThis as unknown as { tarjumaAddSelectionToGlossary(t: string, tab: { id: number }): Promise<void> }).tarjumaAddSelectionToGlossary(text, { id }),
      { text: ` ${selection}\n`, id: tabId },
    );
    // The open panel switches to its glossary tab with the name in the Tajik field.
    await expect.poll(() => panel.locator('#ge-name-tg').inputValue().catch(() => '')).toBe('Донишгоҳи Славянии Россия ва Тоҷикистон');
    expect(await panel.getByRole('tab', { name: 'My glossary' }).getAttribute('aria-selected')).toBe('true');
    expect(await panel.locator('#ge-name-en').inputValue()).toBe('');
    expect(await panel.locator('#glossary-message').textContent()).toContain('as the name in Tajik');
    // The focus waits in the first empty field.
    expect(await panel.evaluate(() => document.activeElement?.id)).toBe('ge-name-en');
    // A change of the stored glossary meanwhile (here: another window hides an entry) re-renders the
    // section; what the reader is typing keeps its focus and text.
    await panel.keyboard.type('Russian-Tajik Slavonic');
    await browser.worker.evaluate(() => chrome.storage.local.set({ userGlossary: { version: 1, entries: [], hidden: ['vladimir-putin'] } }));
    await panel.getByRole('heading', { name: 'Hidden built-in entries (1)' }).waitFor();
    await panel.keyboard.type(' University');
    expect(await panel.locator('#ge-name-en').inputValue()).toBe('Russian-Tajik Slavonic University');
    expect(await panel.locator('#ge-name-tg').inputValue()).toBe('Донишгоҳи Славянии Россия ва Тоҷикистон');
    await panel.close();

    // A panel opened afterwards takes a waiting name when it starts.
    await browser.worker.evaluate(
      ({ id }) => (globalThis as unknown as { tarjumaAddSelectionToGlossary(t: string, tab: { id: number }): Promise<void> }).tarjumaAddSelectionToGlossary('Sergey Shoigu', { id }),
      { id: tabId },
    );
    const later = await browser.context.newPage();
    await later.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect.poll(() => later.locator('#ge-name-en').inputValue().catch(() => '')).toBe('Sergey Shoigu');
    await later.close();
    await page.close();
  });

  it('the panel\'s "Add selected text" reads the selection of the page the reader clicked Tarjuma on', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/tests/fixtures/pages/ru-article.html?selection=1`);
    await clickToolbarButton(browser, page);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('article h1')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const expected = await page.evaluate(() => getSelection()!.toString().replace(/\s+/g, ' ').trim());
    const panel = await openPanelFor(browser, page);
    await panel.getByRole('tab', { name: 'My glossary' }).click();
    await panel.getByRole('button', { name: 'Add selected text' }).click();
    await expect.poll(() => panel.locator('#ge-name-ru').inputValue().catch(() => '')).toBe(expected);
    await panel.close();
    await page.close();
  });

  it('recognizes and cards the reader\'s entries like built-in ones, and hides a built-in one', async () => {
    await browser.worker.evaluate(([a, b]) => chrome.storage.local.set({ userGlossary: { version: 1, entries: [a, b], hidden: [] } }), [ZARINA, AGENCY]);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/tests/fixtures/pages/glossary-article.html?cards=1`);
    await clickToolbarButton(browser, page);
    const mentions = await waitForHighlights(page, browser);
    expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Pamir Demo Agency', 'Zarina Testova', 'Sirojiddin Muhriddin']));
    const panel = await openPanelFor(browser, page);
    await panel.locator('li.entity-item[data-entity-id="zarina-testova"]').waitFor();
    expect(await panel.locator('li.entity-item[data-entity-id="zarina-testova"]').textContent()).toContain('Director of the Pamir Demo Agency');
    await panel.screenshot({ path: resolve(SHOTS, 'glossary-article-list.png'), fullPage: true });
    // The reader's own entries have no Hide button; a built-in one has.
    expect(await panel.locator('li.entity-item[data-entity-id="zarina-testova"] .hide').count()).toBe(0);
    await panel.getByRole('button', { name: 'Hide “Sirojiddin Muhriddin”: never highlight it' }).click();
    await panel.locator('li.entity-item[data-entity-id="sirojiddin-muhriddin"]').waitFor({ state: 'detached' });
    await expect.poll(() => panel.locator('#status').textContent()).toContain('“Sirojiddin Muhriddin” is hidden. Click the Tarjuma button');
    await expect.poll(async () => ((await stored()) as { hidden: string[] }).hidden).toEqual(['sirojiddin-muhriddin']);
    // The next click reads the page without it.
    await clickToolbarButton(browser, page);
    await expect.poll(async () => (await highlightedMentions(page)).some((m) => m.text.includes('Muhriddin'))).toBe(false);
    await panel.getByRole('tab', { name: 'My glossary' }).click();
    await panel.getByRole('button', { name: 'Highlight “Sirojiddin Muhriddin” again' }).click();
    await expect.poll(async () => ((await stored()) as { hidden: string[] }).hidden).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('keeps the index snapshot in the service worker\'s IndexedDB, for the stamp of the stored glossary, and drops it on an unstamped write', async () => {
    const snapshotKey = () => browser.worker.evaluate(() => new Promise<string | null>((resolve) => {
      const open = indexedDB.open('tarjuma-glossary-index', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('snapshots');
      open.onsuccess = () => {
        const get = open.result.transaction('snapshots').objectStore('snapshots').get('current');
        get.onsuccess = () => {
          resolve((get.result as { key?: string } | undefined)?.key ?? null);
          open.result.close();
        };
      };
    }));
    // As the glossary store writes it: the glossary and a new stamp in one set.
    await browser.worker.evaluate((entry) => chrome.storage.local.set({ userGlossary: { version: 1, entries: [entry], hidden: [] }, userGlossaryStamp: 'e2e-stamp-1' }), ZARINA);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/tests/fixtures/pages/glossary-article.html`);
    await clickToolbarButton(browser, page);
    expect((await waitForHighlights(page, browser)).map((m) => m.text)).toContain('Zarina Testova');
    await expect.poll(snapshotKey, { timeout: 20_000 }).toMatch(/\|e2e-stamp-1$/);
    // Written by something else than the glossary store: the snapshot can no longer be trusted.
    await browser.worker.evaluate(() => chrome.storage.local.set({ userGlossary: { version: 1, entries: [], hidden: [] } }));
    await expect.poll(snapshotKey).toBeNull();
    await clickToolbarButton(browser, page);
    await expect.poll(async () => (await highlightedMentions(page)).some((m) => m.text === 'Zarina Testova')).toBe(false);
    await page.close();
  });

  it('says how much of the sync quota the glossary uses, or that it is too large to sync', async () => {
    const panel = await openGlossary();
    await panel.getByLabel('Import a JSON or CSV file').setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([ZARINA, AGENCY])) });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => panel.locator('[data-role="sync-status"]').textContent()).toMatch(/^Synced with your other browsers \(\d+ KB of 96 KB\)\.$/);
    await expect.poll(() => browser.worker.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)).sort())).toEqual(['userGlossary.0', 'userGlossary.meta']);

    const many = Array.from({ length: 250 }, (_, i) => ({ ...ZARINA, id: `person-${i}`, names: { en: [`Person ${i}`], ru: [`Лицо ${i}`], tg: [`Шахс ${i}`] } }));
    await panel.getByLabel('Import a JSON or CSV file').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(many)) });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => panel.locator('[data-role="sync-status"]').textContent()).toMatch(/^Too large to sync \(\d+ KB; the browser syncs up to 96 KB\): kept on this browser only/);
    expect(((await stored()) as { entries: unknown[] }).entries).toHaveLength(252);
    await panel.close();
  });

  it('an import larger than the browser\'s storage (10 MB) is refused whole, with a clear message', async () => {
    await browser.worker.evaluate((entry) => chrome.storage.local.set({ userGlossary: { version: 1, entries: [entry], hidden: [] } }), ZARINA);
    const before = await stored();
    const panel = await openGlossary();
    const long = 'A fictional official, described at length for the size of this test. '.repeat(13);
    const many = Array.from({ length: 4000 }, (_, i) => ({ ...ZARINA, id: `bulk-${i}`, names: { en: [`Bulk ${i}`], ru: [`Масса ${i}`], tg: [`Шумора ${i}`] }, description: { en: long, ru: long, tg: long } }));
    const file = Buffer.from(JSON.stringify(many));
    expect(file.length).toBeGreaterThan(11 * 1024 * 1024);
    await panel.getByLabel('Import a JSON or CSV file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: file });
    await panel.getByText('huge.json: 4000 entries (4000 new, 0 replacing yours).').waitFor({ timeout: 20_000 });
    await panel.getByRole('button', { name: 'Import', exact: true }).click();
    await panel.getByText('Not saved: the browser’s storage for Tarjuma is full. Nothing was changed;').waitFor({ timeout: 20_000 });
    expect(await stored()).toEqual(before);
    expect(await panel.locator('li.glossary-item').count()).toBe(1);
    await panel.close();
  });

  it.each(['en', 'ru', 'tg'] as const)('shows the glossary section in %s (screenshot)', async (lang) => {
    await browser.worker.evaluate(
      ({ lang, a, b }) => chrome.storage.local.set({ settings: { uiLanguage: lang, glossaryLanguage: lang }, userGlossary: { version: 1, entries: [a, b], hidden: ['vladimir-putin'] } }),
      { lang, a: ZARINA, b: AGENCY },
    );
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 1500 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.locator('#tab-glossary').click();
    await panel.locator('[data-role="add"]').click();
    await panel.locator('form.entry-form button[type="submit"]').click();
    await panel.locator('#ge-name-en-error:not([hidden])').waitFor();
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe(lang);
    const tab = await panel.locator('#tab-glossary').textContent();
    expect(tab).toBe({ en: 'My glossary', ru: 'Мой глоссарий', tg: 'Луғати ман' }[lang]);
    await panel.screenshot({ path: resolve(SHOTS, `glossary-${lang}.png`), fullPage: true });
    await panel.close();
  });
});
