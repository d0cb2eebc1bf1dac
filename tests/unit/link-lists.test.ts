import { parseHTML } from 'linkedom';
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
