/**
 * The text of a DOM subtree as one string, with the map from string offsets to text nodes and back.
 * Built once per root and reused for many selectors. Positions count UTF-16 code units of the text
 * of every Text node in document order, except those inside elements that never show text
 * (script, style, noscript, template) and those inside an element marked IGNORE_ATTRIBUTE.
 * Only DOM Level 2 features are used, so the same code runs in browsers and under happy-dom.
 */

/** Elements with this attribute (e.g. an on-page UI host) are left out of the text. */
export const IGNORE_ATTRIBUTE = 'data-crosscheck-ignore';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
const DOCUMENT_POSITION_PRECEDING = 2;

export interface TextMap {
  root: Node;
  text: string;
  /** Text nodes with at least one character, in document order. */
  nodes: Text[];
  /** Offset of each node's first character in `text`. Strictly increasing. */
  starts: number[];
  index: Map<Node, number>;
}

function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.nodeName.toUpperCase()) || element.hasAttribute(IGNORE_ATTRIBUTE);
}

/** The node after `node` in document order, not entering `node`'s children, or null past `root`. */
function nextSkippingChildren(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

export function buildTextMap(root: Node): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  const index = new Map<Node, number>();
  let length = 0;
  let node: Node | null = root.nodeType === ELEMENT && isSkipped(root as Element) ? null : root;
  while (node) {
    if (node.nodeType === TEXT) {
      const data = (node as Text).data;
      if (data.length > 0) {
        index.set(node, nodes.length);
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    }
    const enter = node.firstChild && !(node.nodeType === ELEMENT && node !== root && isSkipped(node as Element));
    node = enter ? node.firstChild : node === root ? null : nextSkippingChildren(node, root);
  }
  return { root, text: parts.join(''), nodes, starts, index };
}

/** The text offset of a DOM boundary point (container, offset), clamped to the root. */
export function offsetOf(map: TextMap, container: Node, offset: number): number {
  const { root, text, starts, nodes, index } = map;
  const i = index.get(container);
  if (i !== undefined) return starts[i]! + Math.min(offset, nodes[i]!.data.length);
  if (container !== root && !root.contains(container)) {
    return root.compareDocumentPosition(container) & DOCUMENT_POSITION_PRECEDING ? 0 : text.length;
  }
  // A point between children (or inside a node without mapped text): the next mapped text starts here.
  let next: Node | null;
  if (container.nodeType === ELEMENT || container.nodeType === DOCUMENT || container.nodeType === 11) {
    next = container.childNodes[offset] ?? (container === root ? null : nextSkippingChildren(container, root));
  } else {
    next = container === root ? null : nextSkippingChildren(container, root);
  }
  for (let n = next; n; n = n.firstChild ?? nextSkippingChildren(n, root)) {
    const j = index.get(n);
    if (j !== undefined) return starts[j]!;
  }
  return text.length;
}

/** Index of the last node whose start is <= offset (or < offset when `strict`), -1 if none. */
function nodeAt(starts: readonly number[], offset: number, strict: boolean): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid]!;
    if (strict ? s < offset : s <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A DOM Range over text offsets [start, end), or null when they are outside the text. */
export function rangeOf(map: TextMap, start: number, end: number): Range | null {
  const { root, text, nodes, starts } = map;
  if (start < 0 || end < start || end > text.length || nodes.length === 0) return null;
  const doc = root.nodeType === DOCUMENT ? (root as Document) : root.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  const s = Math.max(0, nodeAt(starts, start, false));
  const startNode = nodes[s]!;
  // Select the start node first: each boundary then lies close to the other, which keeps the
  // boundary-order checks of setStart/setEnd short in DOM implementations that walk the tree.
  range.selectNodeContents(startNode);
  range.setStart(startNode, Math.min(start - starts[s]!, startNode.data.length));
  if (end === start) {
    range.collapse(true);
    return range;
  }
  const e = Math.max(0, nodeAt(starts, end, true));
  range.setEnd(nodes[e]!, end - starts[e]!);
  return range;
}
