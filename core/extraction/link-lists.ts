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
    // Layout whitespace is not the list's text (article-text.ts keeps it only inside a paragraph).
    // Asking it would often ask the article's whole container, the costliest verdict of all.
    if (isBlank(node.data)) return true;
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

function isBlank(text: string): boolean {
  return !/\S/.test(text);
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
  const links = Array.from(holder.getElementsByTagName('a'));
  if (links.length === 0) return false;
  const total = squeeze(holder.textContent ?? '');
  if (!total) return false;
  let linked = 0;
  let linkedLetters = 0;
  for (const a of links) {
    const text = squeeze(a.textContent ?? '');
    linked += text.length;
    linkedLetters += nonSpaces(text);
  }
  if (linked === 0) return false;
  if (holder.tagName.toUpperCase() === 'LI') return linked / total.length >= LINK_SHARE;
  // A paragraph: only when what is not a link is a short label ("Read also:", "Читайте также:").
  // The label has at least the paragraph's non-space characters less the links': a long paragraph
  // is decided here, without collecting its label node by node.
  if (nonSpaces(total) - linkedLetters > LABEL_MAX) return false;
  const label = unlinkedText(holder);
  if (label.length > LABEL_MAX) return false;
  return label === '' || /[:：—–-]$/.test(label) || linked / total.length >= LINK_SHARE;
}

/** Whitespace runs as one space, trimmed: text as it reads. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Characters other than the single spaces squeeze() leaves. */
function nonSpaces(squeezed: string): number {
  let spaces = 0;
  for (let at = squeezed.indexOf(' '); at !== -1; at = squeezed.indexOf(' ', at + 1)) spaces++;
  return squeezed.length - spaces;
}

function unlinkedText(holder: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += (node as Text).data;
    else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() !== 'A') node.childNodes.forEach(walk);
  };
  walk(holder);
  return squeeze(text);
}
