/**
 * Clones a document and remembers, for every text node of the clone, the live text node it was
 * copied from. Readability moves the clone's text nodes into the article instead of recreating
 * them, so after extraction this map leads straight back to the live article text.
 */
export interface ClonedDocument {
  clone: Document;
  liveTextOf: Map<Node, Text>;
}

const SHOW_TEXT = 4;

export function cloneWithTextMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  return { clone, liveTextOf: pairTextNodes(doc, clone) ?? pairByStructure(doc, clone) };
}

/**
 * Right after cloning both trees hold the same text nodes in the same order: two native walkers
 * over text nodes only pair them (several times faster than visiting every node from script).
 * Undefined if the two ever disagree, which a faithful clone never does. The check compares
 * lengths, not texts: reading every node's text from script made a string for each node of both
 * trees (pairing a news page's 3,400 text nodes: 2.0 ms with texts, 0.7 ms with lengths, warm).
 */
export function pairTextNodes(doc: Document, clone: Document): Map<Node, Text> | undefined {
  const liveTextOf = new Map<Node, Text>();
  const live = doc.createTreeWalker(doc, SHOW_TEXT);
  const copy = clone.createTreeWalker(clone, SHOW_TEXT);
  for (;;) {
    const l = live.nextNode() as Text | null;
    const c = copy.nextNode() as Text | null;
    if (!l || !c) return l === c ? liveTextOf : undefined;
    if (l.length !== c.length) return undefined;
    liveTextOf.set(c, l);
  }
}

/** Walks both trees in step, child by child: pairs what it can even where the trees differ. */
function pairByStructure(doc: Document, clone: Document): Map<Node, Text> {
  const liveTextOf = new Map<Node, Text>();
  const stack: Array<[Node, Node]> = [[doc, clone]];
  while (stack.length > 0) {
    const [live, copy] = stack.pop()!;
    if (live.nodeType === 3) {
      if (copy.nodeType === 3) liveTextOf.set(copy, live as Text);
      continue;
    }
    const liveKids = live.childNodes;
    const copyKids = copy.childNodes;
    const n = Math.min(liveKids.length, copyKids.length);
    for (let i = 0; i < n; i++) stack.push([liveKids[i]!, copyKids[i]!]);
  }
  return liveTextOf;
}
