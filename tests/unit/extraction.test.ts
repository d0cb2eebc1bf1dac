import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../core/analyze-document';
import { buildArticleText } from '../../core/extraction/article-text';
import { extractArticle, isArticlePage } from '../../core/extraction/extract-article';
import { extractDocumentSteps } from '../../core/extract-document';
import { drain } from '../../core/slices';
import { readdirSync } from 'node:fs';
import { buildGlossaryIndex } from '../../core/recognition/glossary-index';
import { BUILTIN_ENTRIES } from '../../glossary/index';

const ROOT = resolve(import.meta.dirname, '../..');
const page = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

// Both DOMs a Node user might bring: linkedom (the CLI's, fast) and jsdom (the most faithful).
const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

const CASES = [
  {
    path: 'demo/article-en.html',
    headline: 'Lavrov and Muhriddin discuss CSTO and SCO agenda in Dushanbe',
    inside: ['Sergey Lavrov arrived in Dushanbe', 'The Ministry of Foreign Affairs of Tajikistan said'],
    outside: ['Most read', 'Read also', 'reader_77', 'Breaking', 'Privacy', 'Putin\'s year in review'],
  },
  {
    path: 'tests/fixtures/pages/ru-article.html',
    headline: 'Лавров и Мухриддин обсудили повестку ОДКБ и ШОС',
    inside: ['Сергей Лавров прибыл в Душанбе', 'консультации продолжатся осенью'],
    outside: ['Читайте также', 'Популярное', 'Комментарии', 'Путин и регион'],
  },
  {
    path: 'tests/fixtures/pages/tg-article.html',
    headline: 'Лавров ва Муҳриддин рӯзномаи СААД ва СҲШ-ро баррасӣ карданд',
    inside: ['Сергей Лавров ба Душанбе омад', 'машваратҳо тирамоҳ идома меёбанд'],
    outside: ['Инчунин хонед', 'Маъмул', 'Шарҳҳо', 'Путин ва минтақа'],
  },
];

describe.each(Object.entries(DOMS))('article extraction with %s', (_name, parse) => {
  it.each(CASES)('$path: the article and its headline, without navigation, boxes or comments', ({ path, headline, inside, outside }) => {
    const result = extractArticle(parse(page(path)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { text } = buildArticleText(result.article.nodes);
    expect(result.article.title).toBe(headline);
    expect(text.trimStart().startsWith(headline)).toBe(true);
    for (const s of inside) expect(text).toContain(s);
    for (const s of outside) expect(text).not.toContain(s);
  });

  it('says a sign-in page is not an article', () => {
    expect(extractArticle(parse(page('tests/fixtures/pages/not-article.html')))).toEqual({ ok: false, reason: 'not-article' });
  });

  // The extension asks isArticlePage while the background matches, not before Readability: the
  // verdict and the text must be what the command line gets with the check first.
  it.each(readdirSync(resolve(ROOT, 'tests/fixtures/pages')).filter((f) => f.endsWith('.html')))(
    '%s: the same verdict and text when the caller checks the page itself',
    (file) => {
      const html = page(`tests/fixtures/pages/${file}`);
      const first = drain(extractDocumentSteps(parse(html)));
      const doc = parse(html);
      const deferred = drain(extractDocumentSteps(doc, { callerChecksArticlePage: true }));
      const deferredVerdict = deferred.status === 'ok' && (!deferred.articlePageUnchecked || isArticlePage(doc)) ? 'ok' : 'not-article';
      expect(deferredVerdict).toBe(first.status);
      if (first.status === 'ok' && deferred.status === 'ok') {
        expect(first.articlePageUnchecked).toBe(false);
        expect(deferred.articlePageUnchecked).toBe(true);
        expect(deferred.article.text).toBe(first.article.text);
      }
    },
  );

  it('a page Readability makes an article of, but whose paragraphs are all short, is still not one', () => {
    const line = 'Short notice about the weather in Dushanbe, the roads to Khujand and the prices at Korvon market.';
    const html = `<html><head><title>Notices</title></head><body><main>${Array.from({ length: 9 }, (_, i) => `<p>${i + 1}. ${line}</p>`).join('')}</main></body></html>`;
    expect(drain(extractDocumentSteps(parse(html))).status).toBe('not-article');
    const doc = parse(html);
    const deferred = drain(extractDocumentSteps(doc, { callerChecksArticlePage: true }));
    expect(deferred.status === 'ok' && deferred.articlePageUnchecked).toBe(true);
    expect(isArticlePage(doc)).toBe(false);
  });

  it('maps every character of the article text back to live text nodes of the page', () => {
    const doc = parse(page('demo/article-en.html'));
    const result = extractArticle(doc);
    if (!result.ok) throw new Error('no article');
    const article = buildArticleText(result.article.nodes);
    for (const piece of article.pieces) {
      expect(doc.documentElement.contains(piece.node)).toBe(true);
      expect(piece.node.nodeType).toBe(3);
      expect(article.text.slice(piece.start, piece.start + piece.length)).toBe(piece.node.textContent);
    }
  });
});

describe('text building', () => {
  it('separates paragraphs and keeps words of one block together', () => {
    const doc = DOMS.jsdom('<p><b>Sergey</b> <i>Lavrov</i> met</p>\n  <p>Emomali Rahmon</p>');
    const nodes: Text[] = [];
    const walker = doc.createTreeWalker(doc.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    expect(buildArticleText(nodes).text).toBe('Sergey Lavrov met\n\nEmomali Rahmon');
  });

  it('never lets a name run across a paragraph break', () => {
    const index = buildGlossaryIndex(BUILTIN_ENTRIES);
    const doc = DOMS.jsdom('<html><body><p>Talks with Sergey</p><p>Lavrov later. ' + 'Filler sentence. '.repeat(40) + '</p></body></html>');
    const result = analyzeDocument(doc, index, { wholePage: true });
    expect(result.status === 'ok' && result.mentions.some((m) => m.text.includes('\n'))).toBe(false);
  });
});
