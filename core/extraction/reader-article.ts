import { Readability } from '@mozilla/readability';
import { READABILITY_OPTIONS } from './extract-article';
import { isLargePage } from './large-page';

/** What the reading view shows: Readability's article as HTML (to be sanitized before display). */
export interface ReadableArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** Unsanitized HTML from the page: the reading view sanitizes it with DOMPurify before use. */
  html: string;
  url: string;
}

/**
 * The article for the reading view, extracted on request (a fresh clone: the page may have changed
 * since the click). Very large pages get their plain text as paragraphs instead, because
 * Readability would hold the page for seconds.
 */
export function readableArticle(doc: Document, fallbackText: () => string): ReadableArticle | undefined {
  const base = {
    url: doc.location?.href ?? doc.URL ?? '',
    lang: doc.documentElement?.getAttribute('lang') ?? null,
  };
  if (isLargePage(doc)) {
    const text = fallbackText();
    if (!text.trim()) return undefined;
    const html = text
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('');
    return { ...base, title: doc.title ?? '', byline: null, siteName: null, html };
  }
  const parsed = new Readability(doc.cloneNode(true) as Document, { ...READABILITY_OPTIONS, keepClasses: false }).parse();
  if (!parsed?.content) return undefined;
  // Readability's title often keeps the site's name ("Headline — Site"); the page's own h1 does not.
  const h1 = doc.querySelector('h1')?.textContent?.trim();
  const title = h1 && parsed.title?.includes(h1) ? h1 : parsed.title ?? doc.title ?? '';
  return {
    ...base,
    title,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
    lang: parsed.lang || base.lang,
    html: parsed.content,
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
