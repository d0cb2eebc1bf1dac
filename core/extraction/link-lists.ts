/**
 * Lists of links inside an article ("More:", "Read also", related headlines) are navigation that
 * Readability keeps when they sit between paragraphs. A list item (or a short labelled paragraph
 * such as "Read also: <a>…</a>") whose text is almost all link text is left out.
 */
const LINK_SHARE = 0.8;
const LABEL_MAX = 40;

export function dropLinkLists(nodes: readonly Text[]): Text[] {
  const verdicts = new Map<Element, boolean>();
  return nodes.filter((node) => {
    const holder = linkListHolder(node);
    if (!holder) return true;
    let drop = verdicts.get(holder);
    if (drop === undefined) {
      drop = isMostlyLinks(holder);
      verdicts.set(holder, drop);
    }
    return !drop;
  });
}

/** The list item, or the paragraph, that decides for this text node. */
function linkListHolder(node: Text): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'LI') return el.parentElement && /^(UL|OL)$/i.test(el.parentElement.tagName) ? el : null;
    if (tag === 'P' || tag === 'DIV') return el;
    if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY') return null;
  }
  return null;
}

function isMostlyLinks(holder: Element): boolean {
  const total = (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!total) return false;
  let linked = 0;
  for (const a of Array.from(holder.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (linked === 0) return false;
  if (holder.tagName.toUpperCase() === 'LI') return linked / total.length >= LINK_SHARE;
  // A paragraph: only when what is not a link is a short label ("Read also:", "Читайте также:").
  const label = unlinkedText(holder);
  if (label.length > LABEL_MAX) return false;
  return label === '' || /[:：—–-]$/.test(label) || linked / total.length >= LINK_SHARE;
}

function unlinkedText(holder: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() !== 'A') node.childNodes.forEach(walk);
  };
  walk(holder);
  return text.replace(/\s+/g, ' ').trim();
}
