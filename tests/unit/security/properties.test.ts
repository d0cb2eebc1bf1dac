import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildArticleText, collectTextNodes, locate } from '../../../core/extraction/article-text';
import { flattenDeepWrappers, treeDepth } from '../../../core/extraction/flatten';
import { keepReadable } from '../../../core/extraction/visibility';
import { analyzeText } from '../../../core/recognition/analyze';
import { FIXTURE_ENTRIES, FIXTURE_INDEX } from '../recognition/fixture-glossary';

// What tests/unit/recognition/properties.test.ts does not cover: the page side (text built from
// arbitrary DOM, offsets mapped back to nodes, unwrapping deep trees, dropping unreadable text) and
// the whole text analysis (detection + matching + counts) on arbitrary input.

const names = FIXTURE_ENTRIES.flatMap((e) => [...e.names.en, ...e.names.ru, ...e.names.tg]);
const words = fc.oneof(fc.constantFrom(...names), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom(' ', '\n', '&amp;', '&lt;', '\u00a0', '\u200b', '\u0301'));
const tag = fc.constantFrom('p', 'div', 'span', 'b', 'i', 'h1', 'li', 'ul', 'br', 'td', 'tr', 'table', 'pre', 'code', 'script', 'style', 'textarea', 'svg', 'section', 'article', 'a', 'em');
const attrs = fc.constantFrom('', ' hidden', ' aria-hidden="true"', ' contenteditable', ' contenteditable="false"', ' contenteditable="plaintext-only"', ' class="x"');
const htmlPiece = fc.oneof(
  words.map((w) => w.replace(/[<>]/g, '')),
  fc.tuple(tag, attrs).map(([t, a]) => `<${t}${a}>`),
  tag.map((t) => `</${t}>`),
);
const html = fc.array(htmlPiece, { maxLength: 40 }).map((p) => p.join(''));

function parse(body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).document as unknown as Document;
}

describe('properties of the page side', () => {
  it('article text from arbitrary markup: never throws, every piece maps back to its node, locate is exact', () => {
    fc.assert(
      fc.property(html, (markup) => {
        const doc = parse(markup);
        const article = buildArticleText(keepReadable(collectTextNodes(doc.body)));
        let last = -1;
        for (const piece of article.pieces) {
          expect(piece.start).toBeGreaterThan(last);
          expect(article.text.slice(piece.start, piece.start + piece.length)).toBe(piece.node.textContent);
          last = piece.start;
          for (let k = 0; k <= piece.length; k++) {
            const at = locate(article, piece.start + k)!;
            expect(at).toBeDefined();
            // At a boundary between two adjacent pieces either node is right; the text position is what counts.
            const start = article.pieces.find((p) => p.node === at.node)!.start;
            expect(start + at.offset).toBe(piece.start + k);
            expect(at.offset).toBeGreaterThanOrEqual(0);
            expect(at.offset).toBeLessThanOrEqual(at.node.data.length);
          }
        }
        expect(locate(article, -1)).toBeUndefined();
        expect(locate(article, article.text.length + 1)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('readable text never comes from editors, form fields, code, scripts, SVG or hidden elements', () => {
    fc.assert(
      fc.property(html, (markup) => {
        const doc = parse(markup);
        const all = collectTextNodes(doc.body);
        const kept = keepReadable(all);
        expect(kept.every((n) => all.includes(n))).toBe(true);
        for (const n of kept) {
          const banned = n.parentElement?.closest('script, style, textarea, pre, code, svg, [hidden], [aria-hidden="true"], [contenteditable]:not([contenteditable="false"])');
          expect(banned ?? null).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('unwrapping deep wrapper chains keeps every text node, in order, with its text', () => {
    const depth = fc.integer({ min: 0, max: 700 });
    fc.assert(
      fc.property(depth, html, fc.constantFrom('div', 'span', 'section', 'b'), (n, markup, wrapper) => {
        const doc = parse('<main id="root"></main>');
        let at = doc.getElementById('root')!;
        for (let i = 0; i < n; i++) {
          const d = doc.createElement(i % 3 === 0 ? 'div' : wrapper);
          at.append(d);
          at = d;
        }
        at.append(...Array.from(parse(markup).body.childNodes));
        const before = collectTextNodes(doc.documentElement);
        const data = before.map((t) => t.data);
        const stillDeeper = flattenDeepWrappers(doc, 256);
        const after = collectTextNodes(doc.documentElement);
        expect(after).toEqual(before);
        expect(after.map((t) => t.data)).toEqual(data);
        expect(stillDeeper).toBe(treeDepth(doc.documentElement) > 256);
      }),
      { numRuns: 60 },
    );
  });
});

describe('properties of the whole text analysis', () => {
  const text = fc.array(fc.oneof(fc.constantFrom(...names), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(' ', '. ', '\n\n', '«', '»', '-', 'ро', 'и')), { maxLength: 40 }).map((p) => p.join(''));
  const hint = fc.option(fc.oneof(fc.constantFrom('en', 'ru', 'tg', 'tg-Cyrl', 'de', 'ar', 'RU', ''), fc.string({ maxLength: 12 })), { nil: undefined });

  it('never throws; mentions lie inside the text; entity counts add up', () => {
    fc.assert(
      fc.property(text, hint, (s, lang) => {
        const { language, mentions, entities } = analyzeText(s, FIXTURE_INDEX, lang);
        expect(typeof language).toBe('string');
        expect(language.length).toBeLessThanOrEqual(10);
        for (const m of mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(m.start, m.end)).toBe(m.text);
        }
        expect(entities.reduce((sum, e) => sum + e.count, 0)).toBe(mentions.length);
        for (const e of entities) expect(e.firstAt).toBe(mentions.find((m) => m.entityId === e.id)!.start);
      }),
      { numRuns: 500 },
    );
  });
});
