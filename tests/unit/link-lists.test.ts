import { parseHTML } from 'linkedom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectTextNodes } from '../../core/extraction/article-text';
import { dropLinkLists } from '../../core/extraction/link-lists';

function keptText(html: string): string {
  const { document } = parseHTML(`<html><body><article>${html}</article></body></html>`);
  return dropLinkLists(collectTextNodes(document.querySelector('article') as unknown as Node)).map((n) => n.data).join('|');
}

describe('link lists inside an article', () => {
  it.each([
    ['a list of linked headlines', '<p>Body text.</p><h4>More:</h4><ul><li><h4><a href="#">Taliban talks resume</a></h4></li></ul>', 'Taliban'],
    ['a "Read also" paragraph', '<p>Body text.</p><p>Read also: <a href="#">Lavrov visits Dushanbe</a></p>', 'Lavrov'],
    ['a "Читайте также" paragraph', '<p>Текст.</p><p>Читайте также: <a href="#">Путин и Рахмон подписали декларацию</a></p>', 'Путин'],
  ])('leaves out %s', (_name, html, gone) => {
    const text = keptText(html);
    expect(text).toMatch(/ext|екст/);
    expect(text).not.toContain(gone);
  });

  it.each([
    ['a paragraph with a link inside prose', '<p>The minister <a href="#">Sergey Lavrov</a> said on Tuesday that talks with the CSTO would go on.</p>', 'Sergey Lavrov'],
    ['a list item of prose with a link', '<ul><li>Talks with <a href="#">the SCO</a> covered trade, security and water.</li></ul>', 'the SCO'],
    ['a paragraph without links', '<p>Emomali Rahmon met Vladimir Putin.</p>', 'Emomali Rahmon'],
  ])('keeps %s', (_name, html, kept) => {
    expect(keptText(html)).toContain(kept);
  });
});

/** The rule as first written, without shortcuts: a paragraph's verdict needs its whole label. */
function isMostlyLinksPlain(holder: Element): boolean {
  const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
  const total = squeeze(holder.textContent ?? '');
  if (!total) return false;
  let linked = 0;
  for (const a of Array.from(holder.querySelectorAll('a'))) linked += squeeze(a.textContent ?? '').length;
  if (linked === 0) return false;
  if (holder.tagName === 'LI') return linked / total.length >= 0.8;
  let label = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) label += (node as Text).data;
    else if (node.nodeType === 1 && (node as Element).tagName !== 'A') node.childNodes.forEach(walk);
  };
  walk(holder);
  label = squeeze(label);
  if (label.length > 40) return false;
  return label === '' || /[:：—–-]$/.test(label) || linked / total.length >= 0.8;
}

describe('the verdict on a paragraph', () => {
  const word = fc.constantFrom('Read also:', 'More', ' ', '  \n ', 'Lavrov visits Dushanbe', 'x', 'Читайте также:', '—', 'a rather long sentence of prose that goes on', '');
  const part = fc.oneof(
    word,
    fc.array(word, { maxLength: 3 }).map((w) => `<a href="#">${w.join(' ')}</a>`),
    fc.array(word, { maxLength: 3 }).map((w) => `<b>${w.join('')}<a href="#">${w[0] ?? ''}</a></b>`),
  );
  it('is the same as the plain rule for any mix of label, links and prose', () => {
    fc.assert(
      fc.property(fc.constantFrom('p', 'div'), fc.array(part, { maxLength: 8 }), (tag, parts) => {
        const { document } = parseHTML(`<html><body><article><${tag}>${parts.join('')}</${tag}></article></body></html>`);
        const holder = document.querySelector(tag) as unknown as Element;
        const texts = collectTextNodes(holder as unknown as Node);
        const kept = dropLinkLists(texts);
        // Layout whitespace stays whatever the verdict (the article's text keeps it only inside a paragraph).
        const expected = texts.length > 0 && isMostlyLinksPlain(holder) ? texts.filter((t) => t.data.trim() === '') : texts;
        expect(kept).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
