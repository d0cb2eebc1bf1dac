// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../core/analyze-document';
import { buildGlossaryIndex } from '../../core/recognition/glossary-index';
import { MentionHighlighter } from '../../components/highlighter';
import { BUILTIN_ENTRIES } from '../../glossary/index';

// jsdom has no CSS Custom Highlight API: this is the path older browsers take.
describe('highlighting without the CSS Custom Highlight API', () => {
  it('wraps mentions in marks and restores the page byte for byte', () => {
    document.body.innerHTML =
      '<article><h1>Lavrov meets Rahmon</h1><p>Russian Foreign Minister <b>Sergey Lavrov</b> met President Emomali Rahmon and the CSTO.</p><p>' +
      'Long enough text for an article. '.repeat(30) + '</p></article>';
    const before = document.documentElement.outerHTML;
    const result = analyzeDocument(document, buildGlossaryIndex(BUILTIN_ENTRIES), { wholePage: true });
    if (result.status !== 'ok') throw new Error('not analyzed');
    const highlighter = new MentionHighlighter(document);
    highlighter.apply(result.article, result.mentions);

    const marks = [...document.querySelectorAll('mark[data-tarjuma-entity]')];
    expect(marks.map((m) => m.textContent)).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Emomali Rahmon', 'CSTO']));
    expect(marks.find((m) => m.textContent === 'CSTO')!.getAttribute('data-tarjuma-kind')).toBe('organization');

    highlighter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
