// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArticleText, locate, type ArticlePart } from '../../core/extraction/article-text';
import { findLargePageArticle } from '../../core/extraction/large-page';
import { drain } from '../../core/slices';
import { MentionHighlighter, placeSpan } from '../../components/highlighter';
import { MentionLocator } from '../../components/hit-test';

// Very large pages read plain paragraphs whole (textContent) and find their text nodes only when a
// name in them is painted, hovered or jumped to.

const inline = fc.constantFrom('b', 'i', 'em', 'a', 'span', 'strong');
const words = fc.array(fc.constantFrom('Lavrov', ' ', 'met ', 'Раҳмон', 'ОДКБ', '\n', 'и ', ''), { maxLength: 6 }).map((w) => w.join(''));
const paragraph = fc.array(fc.oneof(words, fc.tuple(inline, words).map(([t, w]) => `<${t}>${w}</${t}>`)), { minLength: 1, maxLength: 6 })
  .map((bits) => `<p>${bits.join('')}</p>`);

function paragraphsOf(html: string): ArticlePart[] {
  document.body.innerHTML = html;
  return Array.from(document.body.children);
}

describe('paragraphs taken whole', () => {
  it('give the same text as their text nodes, and every position locates in the right text node', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (ps) => {
        const parts = paragraphsOf(ps.join('\n'));
        const whole = buildArticleText(parts);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        // Node by node, whitespace-only nodes at a paragraph's edges are dropped; taken whole they stay.
        expect(whole.text.replace(/\s+/g, ' ').trim()).toBe(buildArticleText(nodes).text.replace(/\s+/g, ' ').trim());
        expect(whole.text).toBe(parts.map((p) => p.textContent!).filter((t) => t.trim() !== '').join('\n\n'));
        for (const piece of whole.pieces) {
          for (let k = piece.start; k < piece.start + piece.length; k++) {
            const at = locate(whole, k);
            expect(at, `offset ${k}`).toBeDefined();
            // The character at the position is that node's (or the node ends there and the next begins with it).
            const char = at!.offset < at!.node.data.length ? at!.node.data[at!.offset] : nextTextNodeAfter(at!.node, nodes)?.data[0];
            expect(char).toBe(whole.text[k]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('make a name\'s range only when it is asked for, with the name\'s text', () => {
    const article = buildArticleText(paragraphsOf('<p>Foreign Minister <b>Sergey</b> Lavrov met <a href="#">Emomali Rahmon</a>.</p>'));
    const start = article.text.indexOf('Sergey Lavrov');
    const span = placeSpan(document, article, start, start + 'Sergey Lavrov'.length)!;
    const paragraph = document.querySelector('p')!;
    expect(span.holder).toBe(paragraph);
    expect(span.anchors).toEqual([paragraph]);
    expect(article.pieces[0]!.inner).toBeUndefined(); // no text node looked at yet
    expect(span.range.toString()).toBe('Sergey Lavrov');
    expect(span.range).toBe(span.range); // made once
  });

  it('are found under the pointer through the paragraph that holds the name', () => {
    const article = buildArticleText(paragraphsOf('<p>Talks with <i>Emomali</i> Rahmon in Dushanbe.</p>'));
    const start = article.text.indexOf('Emomali Rahmon');
    const highlighter = new MentionHighlighter(document);
    highlighter.apply(article, [{ start, end: start + 14, text: 'Emomali Rahmon', entityId: 'emomali-rahmon', kind: 'person' }]);
    const locator = new MentionLocator(highlighter.mentions);
    const italic = document.querySelector('i')!.firstChild!;
    // jsdom has no layout: give the caret and the name's rectangles by hand.
    (document as unknown as { caretRangeFromPoint: unknown }).caretRangeFromPoint = () => {
      const r = document.createRange();
      r.setStart(italic, 2);
      return r;
    };
    const placed = highlighter.mentions[0]!;
    placed.at.range.getClientRects = () => [{ left: 10, right: 90, top: 0, bottom: 20 }] as unknown as DOMRectList;
    expect(locator.at(document, 50, 10)?.mention.entityId).toBe('emomali-rahmon');
    expect(locator.at(document, 200, 10)).toBeUndefined();
    highlighter.clear();
  });
});

describe('names on a page that changed after the analysis', () => {
  it('a shortened text node: the name is not placed, nothing throws', () => {
    document.body.innerHTML = '<p>Updated 5 minutes ago: Sergey Lavrov</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const article = buildArticleText([text]);
    const start = article.text.indexOf('Sergey Lavrov');
    text.data = 'Updated now';
    expect(locate(article, start + 13)).toBeUndefined();
    expect(placeSpan(document, article, start, start + 13)).toBeUndefined();
  });

  it('a paragraph read whole whose text changed: the name paints nothing rather than other words', () => {
    const article = buildArticleText(paragraphsOf('<p>Talks with <i>Emomali</i> Rahmon.</p>'));
    const start = article.text.indexOf('Emomali Rahmon');
    document.querySelector('p')!.insertBefore(document.createTextNode('UPDATE: '), document.querySelector('p')!.firstChild);
    const span = placeSpan(document, article, start, start + 14)!;
    expect(span.range.collapsed).toBe(true);
  });

  it('a name starts in the node that holds its first letter, and ends in the one with its last', () => {
    document.body.innerHTML = '<p>a<b>b</b>c<i>d</i>Putin<b> said</b></p>';
    const nodes = [...document.querySelector('p')!.childNodes].map((n) => (n.nodeType === 3 ? n : n.firstChild!)) as Text[];
    for (const article of [buildArticleText(nodes), buildArticleText([document.querySelector('p')!])]) {
      const start = article.text.indexOf('Putin');
      const range = placeSpan(document, article, start, start + 5)!.range;
      expect(range.toString()).toBe('Putin');
      expect(range.startContainer).toBe(range.endContainer);
    }
  });
});

describe('very large pages read plain paragraphs whole', () => {
  it('take plain paragraphs as one part and judge the rest node by node', () => {
    const filler = 'Sergey Lavrov, the Russian foreign minister, spoke about regional security at length. ';
    document.body.innerHTML = `<h1>Talks</h1><div id="story">
      <p>${filler}<b>one</b></p>
      <p>${filler}<span class="share-buttons">Share this</span> two</p>
      <p>${filler}<script>var hidden = 1;</script> three</p>
      <p>${filler}four</p></div>`;
    const found = drain(findLargePageArticle(document))!;
    const paragraphs = found.parts.filter((p) => p.nodeType === 1);
    expect(paragraphs.map((p) => p.textContent!.trim().split(' ').pop())).toEqual(['one', 'four']);
    const { text } = buildArticleText(found.parts);
    expect(text).toContain(' two');
    expect(text).toContain(' three');
    expect(text).not.toContain('Share this');
    expect(text).not.toContain('hidden');
    expect(text.startsWith('Talks\n\n')).toBe(true);
  });
});

function nextTextNodeAfter(node: Text, nodes: Text[]): Text | undefined {
  return nodes.slice(nodes.indexOf(node) + 1).find((n) => n.data.length > 0);
}
