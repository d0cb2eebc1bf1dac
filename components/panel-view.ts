import type { TFunction } from 'i18next';
import type { Glossary, Lang } from '../core/glossary/types';
import type { EntitySummary, TabState } from '../core/messages';
import { displayName } from '../core/glossary/display';
import { renderEntityDetails } from './entity-details';
import { renderArticleTools, renderCandidates, type ArticleToolActions, type EntitySort } from './panel-article-tools';
import { el, button } from './dom';

export interface PanelActions extends ArticleToolActions {
  /** Scrolls the page to the entity's next mention; `card` also opens its card there (keyboard focus). */
  showMention(entityId: string, options?: { card?: boolean }): void;
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
  sort: EntitySort;
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
  if (state.entities.length > 0) body.push(renderArticleTools(doc, t, ctx.sort, ctx.actions));

  const known = state.entities.filter((e) => ctx.glossary.byId.has(e.id));
  const count = known.length;
  let status = count === 0 ? t('panel.none') : t('panel.found', { count });
  if (!state.highlightsOn) status += ` ${t('panel.highlightsOff')}`;

  for (const kind of ['person', 'organization'] as const) {
    const group = sortEntities(known.filter((e) => e.kind === kind), ctx);
    if (group.length === 0) continue;
    const heading = el(doc, 'h2', 'group', t(kind === 'person' ? 'panel.people' : 'panel.organizations'));
    heading.id = `group-${kind}`;
    const list = el(doc, 'ul', 'entities');
    list.setAttribute('aria-labelledby', heading.id);
    for (const entity of group) list.append(renderEntity(entity, ctx, state.highlightsOn));
    body.push(heading, list);
  }
  body.push(...renderCandidates(doc, t, state, ctx.actions));
  return { status, notice: false, body };
}

function sortEntities(entities: EntitySummary[], ctx: PanelContext): EntitySummary[] {
  const collator = new Intl.Collator(ctx.glossaryLang === 'tg' ? 'ru' : ctx.glossaryLang);
  const name = (e: EntitySummary) => {
    const entry = ctx.glossary.byId.get(e.id);
    return entry ? displayName(entry, ctx.glossaryLang) : e.id;
  };
  switch (ctx.sort) {
    case 'appearance':
      return entities.sort((a, b) => a.firstAt - b.firstAt);
    case 'name':
      return entities.sort((a, b) => collator.compare(name(a), name(b)));
    default:
      return entities.sort((a, b) => b.count - a.count || a.firstAt - b.firstAt);
  }
}

/**
 * Arrow keys move between the entities' "go to mention" buttons; focusing one (by keyboard) scrolls
 * the page to the mention and opens its card, since a keyboard user cannot hover.
 */
export function enableEntityKeys(root: HTMLElement, actions: PanelActions): void {
  root.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-role="goto"]')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    e.preventDefault();
    buttons[(at + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  });
  root.addEventListener('focusin', (e) => {
    const target = e.target as HTMLElement;
    if (target.dataset.role !== 'goto' || !target.matches(':focus-visible')) return;
    const id = target.closest<HTMLElement>('li[data-entity-id]')?.dataset.entityId;
    if (id) actions.showMention(id, { card: true });
  });
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
