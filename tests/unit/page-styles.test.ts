import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT } from '../../components/highlighter';
import { NEAR_ATTRIBUTE } from '../../components/near-viewport';

const read = (name: string) => readFileSync(resolve(import.meta.dirname, '../../public', name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** selector list → declarations, for each rule of a flat stylesheet. */
function rules(css: string): Array<{ selectors: string[]; body: string }> {
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map((m) => ({
    selectors: m[1]!.split(',').map((s) => s.trim()),
    body: m[2]!.split(';').map((d) => d.trim()).filter(Boolean).sort().join('; '),
  }));
}

describe('the page styles', () => {
  const everywhere = rules(read('tarjuma-highlights.css'));
  const near = rules(read('tarjuma-highlights-near.css'));

  it('style every highlight Tarjuma registers, in both sheets, with the same colours', () => {
    for (const name of Object.values(HIGHLIGHT)) {
      const plain = everywhere.find((r) => r.selectors.includes(`::highlight(${name})`));
      const scoped = near.find((r) => r.selectors.includes(`[${NEAR_ATTRIBUTE}] ::highlight(${name})`));
      expect(plain, name).toBeDefined();
      expect(scoped, name).toBeDefined();
      expect(scoped!.body).toBe(plain!.body);
      expect(scoped!.selectors).toContain(`[${NEAR_ATTRIBUTE}]::highlight(${name})`);
    }
  });

  it('apply on very large pages only inside the marked elements (no rule restyles the whole document)', () => {
    for (const rule of near) for (const selector of rule.selectors) expect(selector.startsWith(`[${NEAR_ATTRIBUTE}]`), selector).toBe(true);
  });
});
