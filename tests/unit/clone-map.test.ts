import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cloneWithTextMap, pairTextNodes } from '../../core/extraction/clone-map';
import { isDeeperThan, treeDepth } from '../../core/extraction/flatten';

const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  jsdom: (html: string) => new JSDOM(html).window.document,
};

const PAGE = `<html><head><title>T</title><style>p{}</style></head><body>
  <nav><a href="#">Home</a> | <a href="#">World</a></nav>
  <article><h1>Lavrov in Dushanbe</h1><p>Sergey <b>Lavrov</b> met <i>Emomali <u>Rahmon</u></i>.</p>
  <!-- a comment --><template><p>template text</p></template><p>  </p><p>Second paragraph.</p></article>
  <script>var x = "script text";</script></body></html>`;

/** Text nodes in document order, by hand: the reference the walkers are checked against. */
function textsOf(node: Node, out: Text[] = []): Text[] {
  if (node.nodeType === 3) out.push(node as Text);
  for (let c = node.firstChild; c; c = c.nextSibling) textsOf(c, out);
  return out;
}

describe.each(Object.entries(DOMS))('the clone map (%s)', (_dom, parse) => {
  it('leads every text node of the clone to the live one it was copied from', () => {
    const doc = parse(PAGE);
    const { clone, liveTextOf } = cloneWithTextMap(doc);
    const live = textsOf(doc);
    const copies = textsOf(clone);
    expect(copies.length).toBe(live.length);
    expect(liveTextOf.size).toBe(live.length);
    copies.forEach((copy, i) => {
      expect(copy).not.toBe(live[i]);
      expect(liveTextOf.get(copy)).toBe(live[i]);
    });
  });

  it('refuses to pair trees whose text nodes differ in number or length (the structural walk takes over)', () => {
    const doc = parse(PAGE);
    const other = parse(PAGE.replace('Second paragraph.', 'Another paragraph.'));
    expect(pairTextNodes(doc, other)).toBeUndefined();
    const shorter = parse(PAGE.replace('<p>Second paragraph.</p>', ''));
    expect(pairTextNodes(doc, shorter)).toBeUndefined();
    expect(pairTextNodes(doc, parse(PAGE))?.size).toBe(textsOf(doc).length);
  });
});

/** Depth by recursion, the obvious way, to check the walker against. */
function depthByRecursion(node: Node): number {
  let max = 0;
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) max = Math.max(max, 1 + depthByRecursion(c));
  return max;
}

describe('tree depth', () => {
  const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.constantFrom('text', ' ', '<br>', '<!--c-->'),
      fc.tuple(fc.constantFrom('div', 'p', 'span', 'b'), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    ),
  })).node;

  it('equals the deepest element found by recursion, on any tree', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), (parts) => {
        const doc = DOMS.linkedom(`<html><body>${parts.join('')}</body></html>`);
        expect(treeDepth(doc.documentElement)).toBe(depthByRecursion(doc.documentElement));
        const body = doc.body;
        expect(treeDepth(body)).toBe(depthByRecursion(body));
      }),
      { numRuns: 200 },
    );
  });

  for (const [name, dom] of Object.entries(DOMS)) {
    it(`says whether a tree is deeper than a limit exactly as its depth does (${name})`, () => {
      fc.assert(
        fc.property(fc.array(tree, { maxLength: 5 }), fc.integer({ min: 0, max: 8 }), (parts, limit) => {
          const doc = dom(`<html><body>${parts.join('')}</body></html>`);
          for (const root of [doc.documentElement, doc.body]) {
            expect(isDeeperThan(root, limit)).toBe(treeDepth(root) > limit);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('tells a chain thousands deep from one at the limit', () => {
    const doc = DOMS.linkedom('<html><body></body></html>');
    let at: Element = doc.body;
    for (let i = 0; i < 300; i++) at = at.appendChild(doc.createElement('div'));
    // body is 1 below <html>; the last div 301.
    expect(isDeeperThan(doc.documentElement, 300)).toBe(true);
    expect(isDeeperThan(doc.documentElement, 301)).toBe(false);
    expect(isDeeperThan(doc.body, 299)).toBe(true);
    expect(isDeeperThan(doc.body, 300)).toBe(false);
  });

  it('counts a chain thousands deep without overflowing the stack', () => {
    const doc = DOMS.linkedom('<html><body></body></html>');
    let at: Element = doc.body;
    for (let i = 0; i < 5000; i++) at = at.appendChild(doc.createElement('div'));
    expect(treeDepth(doc.documentElement)).toBe(5001);
    expect(treeDepth(at)).toBe(0);
  });
});
