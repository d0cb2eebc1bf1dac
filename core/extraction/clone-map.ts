/**
 * Clones a document and remembers, for every text node of the clone, the live text node it was
 * copied from. Readability moves the clone's text nodes into the article instead of recreating
 * them, so after extraction this map leads straight back to the live article text.
 */
export interface ClonedDocument {
  clone: Document;
  liveTextOf: Map<Node, Text>;
}

export function cloneWithTextMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  const liveTextOf = new Map<Node, Text>();
  // Both trees have the same shape right after cloning: walk them in step.
  const stack: Array<[Node, Node]> = [[doc, clone]];
  while (stack.length > 0) {
    const [live, copy] = stack.pop()!;
    if (live.nodeType === 3) {
      liveTextOf.set(copy, live as Text);
      continue;
    }
    const liveKids = live.childNodes;
    const copyKids = copy.childNodes;
    const n = Math.min(liveKids.length, copyKids.length);
    for (let i = 0; i < n; i++) stack.push([liveKids[i]!, copyKids[i]!]);
  }
  return { clone, liveTextOf };
}
