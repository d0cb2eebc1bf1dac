import DOMPurify from 'dompurify';

/**
 * The one way page-derived HTML becomes DOM in an extension page: DOMPurify with a strict
 * allow-list. Only reading markup survives (text, headings, lists, quotes, tables, figures, images,
 * links); no script, style, form, frame or event handler; links get a safe target and rel; only
 * http(s) URLs for links and images.
 */
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol',
  'p', 'picture', 'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'u', 'ul',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'cite'];
const SAFE_URL = /^https?:\/\//i;

const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(window: Window & typeof globalThis): ReturnType<typeof DOMPurify> {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = DOMPurify(window);
    purify.addHook('afterSanitizeAttributes', (node) => {
      // DOMPurify lets data: URLs through in href/src of <img> and media tags; a URL is kept only
      // where it does something (a link's href, an image's src) and only when it is http(s).
      if (node.nodeName !== 'A' && node.hasAttribute?.('href')) node.removeAttribute('href');
      if (node.nodeName !== 'IMG' && node.hasAttribute?.('src')) node.removeAttribute('src');
      if (node.nodeName === 'A') {
        const href = node.getAttribute('href') ?? '';
        if (!SAFE_URL.test(href)) node.removeAttribute('href');
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') {
        const src = node.getAttribute('src') ?? '';
        if (!SAFE_URL.test(src)) node.removeAttribute('src');
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    purifiers.set(window, purify);
  }
  return purify;
}

export function sanitizeArticleHtml(html: string, window: Window & typeof globalThis): DocumentFragment {
  return purifierFor(window).sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
