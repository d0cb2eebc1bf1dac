import type { TFunction } from 'i18next';
import type { CandidateSummary, TabState } from '../core/messages';
import { el, button } from './dom';

export type EntitySort = 'mentions' | 'appearance' | 'name';
export type TermFormat = 'csv' | 'tbx' | 'markdown';

export interface ArticleToolActions {
  openReader(): void;
  copyTerms(): void;
  exportTerms(format: TermFormat): void;
  setSort(sort: EntitySort): void;
  addCandidate(candidate: CandidateSummary): void;
}

/**
 * What a translator does with an article besides reading it: the reading view, the article's
 * term list (clipboard, CSV, TBX, Markdown) and the order of the lists.
 */
export function renderArticleTools(doc: Document, t: TFunction, sort: EntitySort, actions: ArticleToolActions): HTMLElement {
  const tools = el(doc, 'div', 'tools');
  tools.append(button(doc, t('reader.open'), () => actions.openReader()));
  tools.append(button(doc, t('panel.copyTerms'), () => actions.copyTerms()));

  const exportGroup = el(doc, 'span', 'tool-group');
  const formatId = 'term-format';
  const formatLabel = el(doc, 'label', 'visually-hidden', t('panel.exportFormat'));
  formatLabel.htmlFor = formatId;
  const format = el(doc, 'select');
  format.id = formatId;
  for (const [value, label] of [['csv', 'CSV'], ['tbx', 'TBX'], ['markdown', 'Markdown']] as const) {
    const option = el(doc, 'option', undefined, label);
    option.value = value;
    format.append(option);
  }
  exportGroup.append(formatLabel, format, button(doc, t('panel.exportTerms'), () => actions.exportTerms(format.value as TermFormat)));
  tools.append(exportGroup);

  const sortLabel = el(doc, 'label', 'tool-group', `${t('panel.sortBy')} `);
  const select = el(doc, 'select');
  select.id = 'entity-sort';
  for (const value of ['mentions', 'appearance', 'name'] as const) {
    const option = el(doc, 'option', undefined, t(`panel.sort.${value}`));
    option.value = value;
    option.selected = value === sort;
    select.append(option);
  }
  select.addEventListener('change', () => actions.setSort(select.value as EntitySort));
  sortLabel.append(select);
  tools.append(sortLabel);
  return tools;
}

/** "Not in the glossary": likely officials found by pattern, with where they came from and Add. */
export function renderCandidates(
  doc: Document,
  t: TFunction,
  state: Extract<TabState, { status: 'ok' }>,
  actions: ArticleToolActions,
): Node[] {
  const candidates = state.candidates ?? [];
  if (candidates.length === 0) return [];
  const heading = el(doc, 'h2', 'group', t('panel.notInGlossary'));
  heading.id = 'group-candidates';
  const list = el(doc, 'ul', 'entities candidates');
  list.setAttribute('aria-labelledby', heading.id);
  for (const c of candidates) {
    const item = el(doc, 'li', `entity-item candidate ${c.kind}`);
    const name = Object.values(c.suggestedNames)[0] ?? c.text;
    item.append(el(doc, 'h3', 'entity-name', name));
    const office = c.suggestedOffice ? Object.values(c.suggestedOffice)[0] : undefined;
    if (office) item.append(el(doc, 'p', 'office-title', office));
    const context = el(doc, 'blockquote', 'candidate-context', c.context);
    item.append(context);
    const bottom = el(doc, 'div', 'entity-bottom');
    bottom.append(el(doc, 'span', 'mention-count', `${t(`kind.${c.kind}`)} · ${t('panel.mentions', { count: c.count })}`));
    const add = button(doc, t('panel.addCandidate'), () => actions.addCandidate(c));
    add.setAttribute('aria-label', t('panel.addCandidateNamed', { name }));
    bottom.append(add);
    item.append(bottom);
    list.append(item);
  }
  return [heading, list];
}
