import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../core/analyze-document';
import { extractDocumentSteps } from '../../core/extract-document';
import { articleTextSteps, buildArticleText } from '../../core/extraction/article-text';
import { findLargePageArticle, isLargePage, LARGE_PAGE_ELEMENTS } from '../../core/extraction/large-page';
import { buildGlossaryIndex } from '../../core/recognition/glossary-index';
import { drain, drainInSlices, PAUSE } from '../../core/slices';
import { BUILTIN_ENTRIES } from '../../glossary/index';

/** A page too large for Readability: a long link-heavy menu and sidebar around a long article. */
function largePage(): Document {
  const menu = Array.from({ length: 4000 }, (_, i) => `<li><a href="#${i}">Vladimir Putin news ${i}</a></li>`).join('');
  const side = Array.from({ length: 2000 }, (_, i) => `<li><a href="#s${i}">Emomali Rahmon, part ${i}</a></li>`).join('');
  const paragraphs = Array.from({ length: 3000 }, (_, i) =>
    `<p>Paragraph ${i}: Sergey Lavrov, the Russian foreign minister, spoke about the CSTO, the SCO and <b>regional</b> security, adding details.</p>`,
  ).join('');
  const html = `<html lang="en"><head><title>Large</title></head><body>
    <nav class="menu"><ul>${menu}</ul></nav>
    <h1>Lavrov speaks about regional security</h1>
    <div class="content"><div class="story">${paragraphs}</div></div>
    <aside class="sidebar"><ul>${side}</ul></aside>
    <footer>Contact the CSTO press office</footer></body></html>`;
  return parseHTML(html).document as unknown as Document;
}

describe('very large pages', () => {
  const doc = largePage();

  it('are recognized as too large for Readability', () => {
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(LARGE_PAGE_ELEMENTS);
    expect(isLargePage(doc)).toBe(true);
  });

  it('yield the article and its headline, without menu, sidebar or footer', () => {
    const found = drain(findLargePageArticle(doc));
    expect(found).toBeDefined();
    const { text } = buildArticleText(found!.parts);
    expect(found!.title).toBe('Lavrov speaks about regional security');
    expect(text.startsWith('Lavrov speaks about regional security')).toBe(true);
    expect(text).toContain('Paragraph 2999: Sergey Lavrov');
    expect(text).not.toContain('Vladimir Putin news');
    expect(text).not.toContain('Emomali Rahmon, part');
    expect(text).not.toContain('press office');
  });

  it('give the same article in slices as in one go', async () => {
    const index = buildGlossaryIndex(BUILTIN_ENTRIES);
    const once = analyzeDocument(doc, index);
    let pauses = 0;
    const sliced = await drainInSlices(extractDocumentSteps(doc), 0, async () => {
      pauses++;
    });
    if (once.status !== 'ok' || sliced.status !== 'ok') throw new Error('not analyzed');
    expect(sliced.article.text).toBe(once.article.text);
    expect(sliced.article.pieces.length).toBe(once.article.pieces.length);
    expect(pauses).toBeGreaterThan(10);
    expect(once.mentions.filter((m) => m.entityId === 'sergey-lavrov').length).toBeGreaterThanOrEqual(3000);
    expect(once.mentions.some((m) => m.entityId === 'vladimir-putin')).toBe(false);
  });
});

describe('slices', () => {
  it('pause when the budget is spent and finish with the same value', async () => {
    function* count(): Generator<void, number, void> {
      let n = 0;
      for (let i = 0; i < 1000; i++) {
        n += i;
        yield;
      }
      return n;
    }
    let pauses = 0;
    const sliced = await drainInSlices(count(), 0, async () => {
      pauses++;
    });
    expect(sliced).toBe(drain(count()));
    expect(pauses).toBe(1000);
  });

  it('pause where a step asks to, however much budget is left', async () => {
    function* steps(): Generator<void | typeof PAUSE, string, void> {
      yield;
      yield PAUSE;
      yield;
      return 'done';
    }
    let pauses = 0;
    const value = await drainInSlices(steps(), 60_000, async () => {
      pauses++;
    });
    expect(value).toBe('done');
    expect(pauses).toBe(1);
  });

  it("make a very large page's text in a slice of its own, and the same text as in one go", async () => {
    const doc = largePage();
    const parts = drain(findLargePageArticle(doc))!.parts;
    const seen: Array<void | typeof PAUSE> = [];
    const steps = articleTextSteps(parts);
    let r = steps.next();
    while (!r.done) {
      seen.push(r.value);
      r = steps.next();
    }
    // The text is joined from several pieces here (3000 paragraphs), right after a forced pause.
    expect(seen.at(-1)).toBe(PAUSE);
    expect(seen.filter((v) => v === PAUSE)).toHaveLength(1);
    expect(r.value.text).toBe(buildArticleText(parts).text);
    expect(r.value.text).toContain('Paragraph 2999: Sergey Lavrov');
    // A short article is one piece: no pause asked for.
    const short = parts.slice(0, 20);
    expect([...articleTextSteps(short)].includes(PAUSE)).toBe(false);
  });
});
