import type { TFunction } from 'i18next';
import type { Glossary, Lang } from '../core/glossary/types';
import type { GlossaryIndex } from '../core/recognition/glossary-index';
import { matchMentions } from '../core/recognition/match-mentions';
import { renderEntityDetails } from './entity-details';
import { button } from './dom';

/**
 * "Look up in Tarjuma": what the glossary knows of a selected text. The selection goes through the
 * same matcher as articles, so any name, spelling or inflected form finds its entry; a person named
 * by surname alone is found too, as the matcher allows after a title.
 */
export function renderLookup(
  doc: Document,
  t: TFunction,
  text: string,
  glossary: Glossary,
  index: GlossaryIndex,
  langs: { glossaryLang: Lang; uiLang: Lang },
  actions: { add(): void; close(): void },
): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'lookup';
  section.setAttribute('aria-labelledby', 'lookup-title');
  const heading = doc.createElement('h2');
  heading.id = 'lookup-title';
  heading.tabIndex = -1; // focused when the look-up arrives, so screen readers read it
  heading.className = 'group';
  heading.textContent = t('panel.lookupTitle', { text });
  section.append(heading);

  const ids = [...new Set(matchMentions(text, index).map((m) => m.entityId))].filter((id) => glossary.byId.has(id));
  if (ids.length === 0) {
    const none = doc.createElement('p');
    none.textContent = t('panel.lookupNone', { text });
    section.append(none);
  }
  const list = doc.createElement('ul');
  list.className = 'entities';
  for (const id of ids) {
    const item = doc.createElement('li');
    item.className = `entity-item ${glossary.byId.get(id)!.kind}`;
    item.dataset.lookupId = id;
    item.append(renderEntityDetails(doc, glossary.byId.get(id)!, langs.glossaryLang, langs.uiLang, t, { headingLevel: 'h3' }));
    list.append(item);
  }
  if (ids.length > 0) section.append(list);

  const buttons = doc.createElement('div');
  buttons.className = 'actions';
  if (ids.length === 0) buttons.append(button(doc, t('panel.lookupAdd'), actions.add, 'action primary'));
  buttons.append(button(doc, t('panel.lookupClose'), actions.close, 'action'));
  section.append(buttons);
  return section;
}

