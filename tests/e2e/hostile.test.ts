/**
 * Attack pages through the real toolbar click: script injection, hostile CSS, places where names
 * must not be highlighted. Pages are in tests/fixtures/hostile/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dialog, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { cardText, highlightedMentions, hoverText, waitForHighlights } from './helpers';
import { cardVisibility, clickAndSettle, hoverHighlighted, openWatchedPanel, serveHostilePages, type HostileServer } from './hostile-helpers';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

let browser: ExtensionBrowser;
let server: HostileServer;
const dialogs: string[] = [];
const onDialog = (d: Dialog) => {
  dialogs.push(`${d.type()}: ${d.message()} @ ${d.page()?.url()}`);
  void d.dismiss().catch(() => undefined);
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveHostilePages();
  browser = await launchWithExtension();
  // Every page of the context, the extension's own included.
  browser.context.on('dialog', onDialog);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  // A failed test leaves no tab behind to confuse the next one.
  for (const p of browser.context.pages()) if (p.url() !== 'about:blank') await p.close().catch(() => undefined);
  expect(dialogs, 'no dialog may open anywhere').toEqual([]);
});

let visit = 0;
async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${path}?visit=${++visit}`);
  return page;
}

describe('content from the page never becomes code', () => {
  it('an XSS page: no vector fires again, the panel shows the title as text, nothing runs in the panel', async () => {
    const page = await open('xss.html');
    await page.waitForTimeout(300);
    const ownBefore = await page.evaluate(() => [...(window as unknown as { __own: string[] }).__own]);
    // The page's own live vectors fired at load (the page did that, not Tarjuma).
    expect(ownBefore).toEqual(expect.arrayContaining(['img-onerror', 'svg-script']));

    const state = await clickAndSettle(browser, page);
    expect(state?.status).toBe('ok');
    const mentions = await waitForHighlights(page);
    expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Emomali Rahmon']));
    const watched = await openWatchedPanel(browser, page);
    const { panel } = watched;
    await expect.poll(() => panel.locator('#status').textContent()).toMatch(/people and organizations found/);

    // The title is shown as the characters it is made of.
    const title = await panel.locator('.article-title').textContent();
    expect(title).toContain('<img src=x onerror=');
    expect(title).toContain('Lavrov meets Rahmon');
    const active = await panel.evaluate(() => {
      const found: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        if (/^(script|iframe|object|embed|img|svg|math|form)$/i.test(el.localName) && !el.closest('head')) found.push(el.localName);
        for (const a of el.attributes) {
          if (/^on/i.test(a.name) || /^\s*(javascript|data):/i.test(a.value)) found.push(`${el.localName}[${a.name}]`);
        }
      }
      return found;
    });
    expect(active).toEqual([]);

    // Hover a name and open the card: still nothing fires.
    await page.bringToFront();
    await hoverText(page, 'Sergey Lavrov');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Sergey Lavrov');
    await page.waitForTimeout(300);

    const sentinels = {
      page: await page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null),
      panel: await panel.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null),
      worker: await browser.worker.evaluate(() => (globalThis as unknown as { __xss?: string }).__xss ?? null),
    };
    expect(sentinels).toEqual({ page: null, panel: null, worker: null });
    // Readability cloned the page (images, noscript, SVG scripts): no vector ran a second time.
    expect(await page.evaluate(() => [...(window as unknown as { __own: string[] }).__own])).toEqual(ownBefore);
    // The iframe is left alone: nothing highlighted inside it.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await watched.problems()).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('a forged glossary entry in storage: markup is refused, look-alike text is shown as text', async () => {
    const entry = (id: string, name: string, description: string) => ({
      id,
      kind: 'person',
      names: { en: [name], ru: ['Зорбек Кухов'], tg: ['Зорбек Кухов'] },
      description: { en: description, ru: 'Описание.', tg: 'Тавсиф.' },
      wikipedia: { en: 'x" onclick="alert(1)' },
      asOf: '2026-01-01',
    });
    await browser.worker.evaluate(async (entries) => {
      await chrome.storage.local.set({ userGlossary: { version: 1, entries, hidden: [] } });
    }, [
      entry('zorbek-quxov', 'Zorbek Quxov', '&lt;img src=x onerror=alert(1)&gt; "quoted" < b onclick=alert(1) >bold? & javascript&colon;alert(1)'),
      entry('markup-man', 'Markup Man', '<img src=x onerror="alert(1)">'),
    ]);
    try {
      const page = await browser.context.newPage();
      await page.setContent('<p>unused</p>');
      await page.goto(`${server.url}/xss.html?forged=${++visit}`);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Zorbek Quxov and Markup Man met Sergey Lavrov in Dushanbe on Thursday, the ministry said in a statement.';
        document.querySelector('article')!.append(p);
      });
      expect((await clickAndSettle(browser, page))?.status).toBe('ok');
      const texts = (await waitForHighlights(page)).map((m) => m.text);
      expect(texts).toContain('Zorbek Quxov');
      // An entry with markup in a field does not validate and is never loaded.
      expect(texts).not.toContain('Markup Man');
      await hoverText(page, 'Zorbek Quxov');
      await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Zorbek Quxov');
      const card = await page.evaluate(() => {
        const root = document.querySelector('tarjuma-card')!.shadowRoot!;
        return {
          text: root.textContent ?? '',
          elements: [...root.querySelectorAll('*')].map((e) => e.localName),
          links: [...root.querySelectorAll('a')].map((a) => ({ href: a.href, rel: a.rel })),
        };
      });
      expect(card.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(card.elements).not.toContain('img');
      expect(card.elements).not.toContain('b');
      for (const link of card.links) {
        expect(link.href).toMatch(/^https:\/\/[a-z]{2}\.wikipedia\.org\/wiki\//);
        expect(link.rel).toBe('noopener noreferrer');
      }
      // The panel lists the forged entry, as text, and nothing runs or is blocked there.
      const { panel, problems } = await openWatchedPanel(browser, page);
      const item = panel.locator('li[data-entity-id="zorbek-quxov"]').first();
      await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
      expect(await item.textContent()).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(await panel.evaluate(() => document.querySelectorAll('main img, main svg, main script, main iframe').length)).toBe(0);
      expect(await panel.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)).toBeNull();
      expect(await problems()).toEqual([]);
      await page.close();
    } finally {
      await browser.worker.evaluate(() => chrome.storage.local.remove('userGlossary'));
    }
  });
});

describe('the page cannot break the card', () => {
  it('hostile CSS: the card is rendered, on top, inside the viewport and in its own font', async () => {
    const page = await open('hostile-css.html');
    expect((await clickAndSettle(browser, page))?.status).toBe('ok');
    await waitForHighlights(page);
    await hoverHighlighted(page, 'Emomali Rahmon');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('President of Tajikistan');
    await page.waitForTimeout(200);
    const v = (await cardVisibility(page))!;
    await page.screenshot({ path: `${SHOTS}/hostile-css-card.png` });
    expect(v).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed', transform: 'none', filter: 'none', popoverOpen: true, onTop: true });
    expect(v.box.width).toBeGreaterThan(200);
    expect(v.box.height).toBeGreaterThan(80);
    expect(v.box.x).toBeGreaterThanOrEqual(0);
    expect(v.box.y).toBeGreaterThanOrEqual(0);
    expect(v.box.x + v.box.width).toBeLessThanOrEqual(v.viewport.width);
    expect(v.box.y + v.box.height).toBeLessThanOrEqual(v.viewport.height);
    // Its own readable type, not the page's 40px, and dark on light (or light on dark).
    expect(v.fontSize).toBe('14px');
    expect(v.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(v.color).not.toBe(v.background);
    // The page's `::backdrop { background: black }` must not black out the article around the card.
    expect(v.backdrop.display === 'none' || v.backdrop.background === 'rgba(0, 0, 0, 0)').toBe(true);
    await page.close();
  });

  it('a page that claims the card\'s tag name with customElements.define still gets the card', async () => {
    const page = await open('custom-element.html');
    expect((await clickAndSettle(browser, page))?.status).toBe('ok');
    await waitForHighlights(page);
    await hoverHighlighted(page, 'Emomali Rahmon');
    await expect.poll(async () => (await cardVisibility(page))?.text ?? '', { timeout: 5000 }).toContain('President of Tajikistan');
    expect(await page.evaluate(() => (window as unknown as { __claimed: number }).__claimed)).toBeGreaterThan(0);
    const v = (await cardVisibility(page))!;
    expect(v).toMatchObject({ display: 'block', visibility: 'visible', position: 'fixed', onTop: true, fontSize: '14px' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('tarjuma-card, div[data-tarjuma-card]').count()).toBe(0);
  });

  it('a page whose CSP forbids inline styles still gets a styled, positioned card', async () => {
    const page = await open('csp.html');
    expect((await clickAndSettle(browser, page))?.status).toBe('ok');
    await waitForHighlights(page);
    await hoverText(page, 'Sergey Lavrov');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Sergey Lavrov');
    await page.waitForTimeout(200);
    const v = (await cardVisibility(page))!;
    await page.screenshot({ path: `${SHOTS}/csp-card.png` });
    expect(v).toMatchObject({ display: 'block', visibility: 'visible', position: 'fixed', onTop: true, fontSize: '14px' });
    const anchor = await page.evaluate(() => {
      const h = CSS.highlights.get('tarjuma-person')!;
      const r = [...(h as unknown as Iterable<Range>)].find((x) => x.toString() === 'Sergey Lavrov')!;
      return r.getBoundingClientRect().toJSON() as DOMRect;
    });
    // Positioned next to the name (the custom properties were applied), not at the default corner.
    expect(Math.abs(v.box.y - anchor.bottom) < 30 || Math.abs(v.box.y + v.box.height - anchor.top) < 30).toBe(true);
    await page.close();
  });
});

describe('pages that move on their own', () => {
  // components/page-session.ts listens for `scroll` on the window in the capture phase and hides the
  // card on any scroll event (hide() also cancels the pending show): with a self-scrolling ticker or
  // carousel anywhere on the page the card never appears. Only a scroll of the document (or of an
  // ancestor of the hovered name) should close it.
  it('a page with a self-scrolling ticker keeps the card open while the pointer rests on a name', async () => {
    const page = await open('scrolling-ticker.html');
    expect((await clickAndSettle(browser, page))?.status).toBe('ok');
    await waitForHighlights(page);
    await hoverHighlighted(page, 'Emomali Rahmon');
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('President of Tajikistan');
    await page.waitForTimeout(1000);
    expect(await cardText(page)).toContain('President of Tajikistan');
  });
});

describe('never highlights where the reader is not reading', () => {
  it('skips inputs, textareas, contenteditable, code/pre, script, style, SVG text and hidden elements', async () => {
    const page = await open('skip-zones.html');
    expect((await clickAndSettle(browser, page))?.status).toBe('ok');
    await waitForHighlights(page);
    const where = await page.evaluate(() => {
      const out: Array<{ text: string; in: string }> = [];
      for (const kind of ['tarjuma-person', 'tarjuma-organization']) {
        for (const r of (CSS.highlights.get(kind) ?? []) as unknown as Iterable<Range>) {
          // The first text node the range really covers (its start may sit at the end of the previous one).
          const walker = document.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
          let first: Node | null = r.startContainer.nodeType === 3 ? r.startContainer : null;
          for (let n = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
            if (!r.intersectsNode(n)) continue;
            const from = n === r.startContainer ? r.startOffset : 0;
            const to = n === r.endContainer ? r.endOffset : (n as Text).length;
            if (to > from) {
              first = n;
              break;
            }
          }
          const el = first!.parentElement!;
          out.push({ text: r.toString(), in: el.closest('[id]')?.id ?? el.localName });
        }
      }
      return out;
    });
    const places = where.map((w) => w.in);
    expect(places.filter((p) => p.startsWith('in-'))).toEqual([]);
    expect(places).toEqual(expect.arrayContaining(['visible-1', 'visible-2', 'visible-3']));
    expect(where.map((w) => w.text)).not.toContain('Emomali Rahmon');
    expect(where.map((w) => w.text)).not.toContain('Vladimir Putin');
    await page.close();
  });
});
