import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT } from '../../components/highlighter';
import { NAMES_ATTRIBUTE } from '../../components/marked-elements';

const read = (name: string) => readFileSync(resolve(import.meta.dirname, '../../public', name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** selector list → declarations, for each rule of a flat stylesheet. */
function rules(css: string): Array<{ selectors: string[]; body: string }> {
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({
    selectors: m[1]!.split(',').map((s) => s.trim()),
    body: m[2]!.split(';').map((d) => d.trim()).filter(Boolean).sort().join('; '),
  }));
}

describe('the page styles', () => {
  const highlights = rules(read('tarjuma-highlights.css'));

  it('style every highlight Tarjuma registers, on the marked element and inside it', () => {
    for (const name of Object.values(HIGHLIGHT)) {
      const rule = highlights.find((r) => r.selectors.includes(`[${NAMES_ATTRIBUTE}] ::highlight(${name})`));
      expect(rule, name).toBeDefined();
      expect(rule!.selectors).toContain(`[${NAMES_ATTRIBUTE}]::highlight(${name})`);
      expect(rule!.body, name).toMatch(/text-decoration|background-color/);
    }
  });

  it('apply only inside the marked elements (no rule restyles the whole document)', () => {
    for (const rule of highlights) for (const selector of rule.selectors) expect(selector.startsWith(`[${NAMES_ATTRIBUTE}]`), selector).toBe(true);
    // The card's sheet likewise names the elements it styles.
    for (const rule of rules(read('tarjuma-page.css'))) {
      for (const selector of rule.selectors) expect(selector, selector).toMatch(/^(mark\[data-tarjuma-kind|tarjuma-card|div\[data-tarjuma-card\])/);
    }
  });
});
