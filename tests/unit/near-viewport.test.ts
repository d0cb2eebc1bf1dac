import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { NAMES_ATTRIBUTE } from '../../components/marked-elements';
import { NearViewport } from '../../components/near-viewport';

/** Ten paragraphs 100 px apart in a window 100 px high, scrolled to `scrollY`; frames run when asked. */
function page(scrollY: number) {
  const { document } = parseHTML(`<html><body>${Array.from({ length: 10 }, (_, i) => `<p>Paragraph ${i}</p>`).join('')}</body></html>`);
  const paragraphs = Array.from(document.querySelectorAll('p')) as unknown as HTMLElement[];
  paragraphs.forEach((p, i) => {
    p.getBoundingClientRect = () => ({ top: i * 100 - scrollY, bottom: i * 100 + 50 - scrollY }) as DOMRect;
  });
  const frames: Array<() => void> = [];
  const win = {
    innerHeight: 100,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    cancelAnimationFrame: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as Window & typeof globalThis;
  const runFrames = () => frames.splice(0).forEach((f) => f());
  return { paragraphs, win, runFrames };
}

const spanIn = (holder: Element) => ({ holder, range: { holder } as unknown as Range });

describe('painting near the viewport (very large pages)', () => {
  it('paints the names in the band around the viewport and nothing else', () => {
    const { paragraphs, win, runFrames } = page(500);
    const painter = new NearViewport(win);
    const names = new Set<Range>();
    const spans = paragraphs.map(spanIn);
    for (const span of spans) painter.track(span, names);
    runFrames();
    // Band: one screen above and two below the top of the viewport (paragraphs 4 to 7).
    expect(paragraphs.filter((p) => p.hasAttribute(NAMES_ATTRIBUTE)).map((p) => p.textContent)).toEqual(['Paragraph 4', 'Paragraph 5', 'Paragraph 6', 'Paragraph 7']);
    expect(names.size).toBe(4);
    painter.stop();
    expect(paragraphs.some((p) => p.hasAttribute(NAMES_ATTRIBUTE))).toBe(false);
  });

  it('paints suggestions that come after the names but sit above them on the page', () => {
    const { paragraphs, win, runFrames } = page(0);
    const painter = new NearViewport(win);
    const names = new Set<Range>();
    const suggestions = new Set<Range>();
    // Names far down the page, then (a second run, as the highlighter does) a suggestion at the top.
    for (const p of paragraphs.slice(5)) painter.track(spanIn(p), names);
    painter.newOrderedRun();
    painter.track(spanIn(paragraphs[1]!), suggestions);
    runFrames();
    expect(suggestions.size).toBe(1);
    expect(paragraphs[1]!.hasAttribute(NAMES_ATTRIBUTE)).toBe(true);
    expect(names.size).toBe(0);
  });
});
