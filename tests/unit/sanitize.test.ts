// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../core/sanitize';

function clean(html: string): string {
  const div = document.createElement('div');
  div.append(sanitizeArticleHtml(html, window));
  return div.innerHTML;
}

describe('sanitizing page HTML for the reading view', () => {
  it.each([
    '<script>window.__pwned=1</script><p>text</p>',
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">link</a>',
    '<svg><script>window.__pwned=1</script></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<iframe src="https://example.org"></iframe>',
    '<form action="https://evil.example"><input name=q></form>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<div onclick="alert(1)">x</div>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  ])('removes active content from %s', (html) => {
    const out = clean(html);
    expect(out).not.toMatch(/<script|<iframe|<form|<input|<svg|<math|<style|javascript:|data:text|\son\w+=|style=/i);
  });

  it('keeps reading markup, images and safe links, opening links safely', () => {
    const out = clean('<h2>Title</h2><p>A <a href="https://example.org/a">link</a> and <img src="https://example.org/i.png" alt="photo"></p>');
    expect(out).toContain('<h2>Title</h2>');
    expect(out).toContain('href="https://example.org/a"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('src="https://example.org/i.png"');
    expect(out).toContain('alt="photo"');
  });
});
