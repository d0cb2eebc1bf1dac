import type { TFunction } from 'i18next';
import type { Glossary, Lang } from '../core/glossary/types';
import type { EntitySummary, TabState } from '../core/messages';
import { renderEntityDetails } from './entity-details';

export interface PanelActions {
  showMention(entityId: string): void;
  setHighlights(on: boolean): void;
  scanWholePage(): void;
  /** Hides a built-in entry: it is no longer highlighted or listed (the reader's glossary keeps the choice). */
  hideEntry(entityId: string): void;
}

export interface PanelContext {
  doc: Document;
  t: TFunction;
  glossary: Glossary;
  glossaryLang: Lang;
  uiLang: Lang;
  actions: PanelActions;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, label: string, onClick: () => void, className = 'action'): HTMLButtonElement {
  const b = el(doc, 'button', className, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Renders what the panel says about one tab. Everything from the page (its title) and from the
 * glossary goes in as text, never as markup.
 */
export function renderTabState(state: TabState | null, ctx: PanelContext): { status: string; notice: boolean; body: Node[] } {
  const { doc, t } = ctx;
  if (!state) return { status: t('panel.invite'), notice: false, body: [] };
  switch (state.status) {
    case 'analyzing':
      return { status: t('panel.analyzing'), notice: false, body: [] };
    case 'restricted':
      return { status: t('panel.restricted'), notice: true, body: [] };
    case 'error':
      return { status: t('panel.error', { message: state.message }), notice: true, body: [] };
    case 'not-article': {
      const actions = el(doc, 'div', 'actions');
      actions.append(button(doc, t('panel.scanAnyway'), () => ctx.actions.scanWholePage(), 'action primary'));
      return { status: t('panel.notArticle'), notice: true, body: [actions] };
    }
    case 'ok':
      return renderResult(state, ctx);
  }
}

function renderResult(state: Extract<TabState, { status: 'ok' }>, ctx: PanelContext) {
  const { doc, t } = ctx;
  const body: Node[] = [];
  const meta = el(doc, 'section', 'article-meta');
  meta.append(el(doc, 'h2', 'article-title', state.title));
  meta.append(el(doc, 'p', 'article-lang', `${t('panel.articleLanguage')}: ${t(`articleLang.${state.language}`, { defaultValue: state.language })}`));
  if (state.scope === 'page') meta.append(el(doc, 'p', 'article-lang', t('panel.wholePage')));
  body.push(meta);

  const actions = el(doc, 'div', 'actions');
  actions.append(
    state.highlightsOn
      ? button(doc, t('panel.turnOff'), () => ctx.actions.setHighlights(false))
      : button(doc, t('panel.turnOn'), () => ctx.actions.setHighlights(true)),
  );
  body.push(actions);

  const known = state.entities.filter((e) => ctx.glossary.byId.has(e.id));
  const count = known.length;
  let status = count === 0 ? t('panel.none') : t('panel.found', { count });
  if (!state.highlightsOn) status += ` ${t('panel.highlightsOff')}`;

  for (const kind of ['person', 'organization'] as const) {
    const group = known.filter((e) => e.kind === kind).sort((a, b) => b.count - a.count || a.firstAt - b.firstAt);
    if (group.length === 0) continue;
    const heading = el(doc, 'h2', 'group', t(kind === 'person' ? 'panel.people' : 'panel.organizations'));
    heading.id = `group-${kind}`;
    const list = el(doc, 'ul', 'entities');
    list.setAttribute('aria-labelledby', heading.id);
    for (const entity of group) list.append(renderEntity(entity, ctx, state.highlightsOn));
    body.push(heading, list);
  }
  return { status, notice: false, body };
}

function renderEntity(entity: EntitySummary, ctx: PanelContext, highlightsOn: boolean): HTMLElement {
  const { doc, t } = ctx;
  const entry = ctx.glossary.byId.get(entity.id)!;
  const item = el(doc, 'li', `entity-item ${entity.kind}`);
  item.dataset.entityId = entity.id;
  item.append(renderEntityDetails(doc, entry, ctx.glossaryLang, ctx.uiLang, t, { headingLevel: 'h3' }));
  const bottom = el(doc, 'div', 'entity-bottom');
  bottom.append(el(doc, 'span', 'mention-count', t('panel.mentions', { count: entity.count })));
  if (highlightsOn) {
    const go = button(doc, '↓', () => ctx.actions.showMention(entity.id), 'goto');
    go.setAttribute('aria-label', t('panel.showMention', { index: 1, count: entity.count }));
    go.dataset.role = 'goto';
    bottom.append(go);
    // The whole card is a target for the mouse; the button is the keyboard's way in.
    item.addEventListener('click', (e) => {
      if ((e.target as Element).closest('a, button')) return;
      ctx.actions.showMention(entity.id);
    });
  }
  if (entry.source !== 'user') {
    const name = entry.names[ctx.glossaryLang][0] ?? entry.id;
    const hide = button(doc, t('glossary.hide'), () => ctx.actions.hideEntry(entity.id), 'goto hide');
    hide.setAttribute('aria-label', t('glossary.hideLabel', { name }));
    bottom.append(hide);
  }
  item.append(bottom);
  return item;
}
