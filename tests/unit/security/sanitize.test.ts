// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../core/sanitize';

// Attacks on the one function through which page HTML becomes DOM in an extension page (the
// reading view). DOMPurify's own docs: test sanitizers with jsdom or a real browser, not happy-dom.

const ACTIVE_TAGS = /^(script|style|iframe|frame|frameset|object|embed|applet|form|input|button|textarea|select|option|svg|math|template|link|meta|base|noscript|xmp|plaintext|noembed|noframes|portal|dialog|video|audio|source|track|canvas|slot)$/i;

/** Everything that could run, load or submit, found in sanitized output. */
function activeContent(fragment: DocumentFragment): string[] {
  const found: string[] = [];
  for (const el of fragment.querySelectorAll('*')) {
    if (ACTIVE_TAGS.test(el.localName)) found.push(`<${el.localName}>`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`${el.localName} in ${el.namespaceURI}`);
    for (const a of Array.from(el.attributes)) {
      const value = a.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      if (/^on/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
      if (/^(style|srcset|srcdoc|formaction|action|xlink:href|ping|background|poster|data|codebase|id|name|class)$/i.test(a.name)) found.push(`${el.localName}[${a.name}]`);
      const isUrl = /^(href|src|cite|action|formaction|xlink:href|background|poster|data|codebase|srcset)$/i.test(a.name);
      if (isUrl && /^(javascript|vbscript|data|blob|file|chrome|chrome-extension|about|filesystem):/.test(value)) found.push(`${el.localName}[${a.name}=${a.value.slice(0, 30)}]`);
      // Where a URL does something (follow a link, load an image), only http(s) is allowed.
      const loads = (el.localName === 'a' && a.name === 'href') || (el.localName === 'img' && a.name === 'src');
      if (loads && !/^https?:\/\//i.test(a.value)) found.push(`${el.localName}[${a.name}] not http(s)`);
    }
    if (el.localName === 'a' && el.hasAttribute('href') && el.getAttribute('rel') !== 'noopener noreferrer') found.push('a without rel=noopener noreferrer');
  }
  return found;
}

function serialize(fragment: DocumentFragment): string {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
}

const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)" srcset="javascript:alert(1) 1x">',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math><mi xlink:href="data:x,<script>alert(4)</script>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
  '<template><img src=x onerror=alert(1)></template>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=" &#14;javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="//evil.example/x">protocol-relative</a>',
  '<a href="/relative">relative</a>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<img src="data:image/png;base64,iVBORw0KGgo=">',
  '<iframe src="https://example.org"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><input type=submit formaction="javascript:alert(1)"><button>x</button></form>',
  '<p style="background:url(javascript:alert(1))">css</p>',
  '<p style="width: expression(alert(1))">css expression</p>',
  '<style>@import "https://evil.example/x.css"; body{background:url(javascript:alert(1))}</style>',
  '<link rel=stylesheet href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(1)//">',
  '<div onclick="alert(1)" onmouseover="alert(1)">x</div>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
  '<body onload=alert(1)>',
  '<img id="cookie" name="getElementById"><form name="body"></form>',
  '<a href="https://example.org" target="_self" rel="opener">opener</a>',
  '<blockquote cite="javascript:alert(1)">q</blockquote>',
  '<q cite="data:text/html,x">q</q>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<select><template shadowrootmode="open"><img src=x onerror=alert(1)></template></select>',
  '<div><template shadowrootmode="open"><img src=x onerror=alert(1)></template></div>',
  '<a href="https://example.org" ping="https://evil.example/track">ping</a>',
  '<p is="x-evil" slot="a" data-x="javascript:alert(1)" aria-describedby="x">attrs</p>',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<?xml-stylesheet href="javascript:alert(1)"?>',
  '<table><td background="javascript:alert(1)">t</td></table>',
  '<img src=`x`onerror=alert(1)>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  // DOMPurify keeps data: URLs in href/src of <img> (its DATA_URI_TAGS): found by the property below.
  '<img href="data:image/svg+xml,<svg onload=alert(1)>">',
  '<p href="data:text/html,x" src="data:text/html,x">attributes that do nothing</p>',
];

describe('sanitizeArticleHtml', () => {
  it.each(VECTORS)('%s → no active content', (html) => {
    expect(activeContent(sanitizeArticleHtml(html, window))).toEqual([]);
  });

  it('keeps reading markup, and http(s) links and images', () => {
    const out = serialize(sanitizeArticleHtml(
      '<h2>Title</h2><p>A <a href="https://example.org/a">link</a>, <em>em</em>, <img src="https://example.org/i.png" alt="photo"></p><ul><li>one</li></ul><table><tbody><tr><td>cell</td></tr></tbody></table>',
      window,
    ));
    for (const part of ['<h2>Title</h2>', 'href="https://example.org/a"', 'rel="noopener noreferrer"', '<em>em</em>', 'src="https://example.org/i.png"', 'alt="photo"', '<li>one</li>', '<td>cell</td>']) {
      expect(out).toContain(part);
    }
  });

  // Arbitrary markup built from the pieces attacks are made of.
  const tag = fc.constantFrom('a', 'img', 'p', 'div', 'svg', 'math', 'mtext', 'mglyph', 'style', 'script', 'noscript', 'template', 'xmp', 'iframe', 'form', 'table', 'td', 'select', 'textarea', 'title', 'foreignObject', 'desc', 'annotation-xml', 'object', 'embed', 'base', 'meta', 'body', 'html', 'p', 'b');
  const attrName = fc.constantFrom('href', 'src', 'onerror', 'onload', 'onclick', 'style', 'srcset', 'srcdoc', 'xlink:href', 'formaction', 'action', 'id', 'name', 'title', 'alt', 'cite', 'background', 'is', 'shadowrootmode', 'encoding', 'rel', 'target');
  const attrValue = fc.oneof(
    fc.constantFrom('javascript:alert(1)', ' java\tscript:alert(1)', 'JAVASCRIPT&colon;alert(1)', '&#106;avascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:x', 'https://example.org/x', '/relative', '//evil.example', 'alert(1)', 'expression(alert(1))', 'url(javascript:alert(1))', '"><img src=x onerror=alert(1)>', '</style><img src=x onerror=alert(1)>', 'text/html', 'open'),
    fc.string({ maxLength: 12 }),
  );
  const attr = fc.tuple(attrName, attrValue, fc.constantFrom('"', "'", '')).map(([n, v, q]) => ` ${n}=${q}${q ? v.replaceAll(q, '') : v.replace(/[\s>]/g, '')}${q}`);
  const open = fc.tuple(tag, fc.array(attr, { maxLength: 3 }), fc.boolean()).map(([t, attrs, selfClose]) => `<${t}${attrs.join('')}${selfClose ? '/' : ''}>`);
  const close = tag.map((t) => `</${t}>`);
  const text = fc.oneof(fc.constantFrom('Sergey Lavrov', '<!--', '-->', '<![CDATA[', ']]>', '&lt;', '&', '"', "'", '<', '>', '`'), fc.string({ maxLength: 8 }));
  const html = fc.array(fc.oneof(open, open, close, text), { maxLength: 30 }).map((parts) => parts.join(''));

  it('on arbitrary hostile markup: never throws, never keeps active content, not even once serialized and parsed again', () => {
    fc.assert(
      fc.property(html, (input) => {
        const once = sanitizeArticleHtml(input, window);
        expect(activeContent(once.cloneNode(true) as DocumentFragment)).toEqual([]);
        const serialized = serialize(once);
        // Mutation XSS lives in the gap between sanitizing and parsing again: if the output were
        // ever serialized and parsed (innerHTML, a copy to the clipboard), nothing active may appear.
        // The tree itself may change shape (<p><p></p></p> left by a removed <object> parses as
        // siblings); only what it contains matters.
        const reparsed = document.createElement('template');
        reparsed.innerHTML = serialized;
        expect(activeContent(reparsed.content)).toEqual([]);
        const second = sanitizeArticleHtml(serialized, window);
        expect(activeContent(second)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
