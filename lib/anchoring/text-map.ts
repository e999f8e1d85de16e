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

/**
 * Subtrees whose text is left out beyond what the parent check below catches: elements marked to be
 * left out, and elements that never show text but hold elements (a <noscript> built by script).
 */
function ignoredSubtrees(root: Node): Element[] {
  if (!('querySelectorAll' in root)) return [];
  const outer: Element[] = [];
  for (const element of (root as ParentNode).querySelectorAll(`[${IGNORE_ATTRIBUTE}], noscript, template, script, style`)) {
    if (!element.hasAttribute(IGNORE_ATTRIBUTE) && !element.firstElementChild) continue;
    if (!outer.some((o) => o.contains(element))) outer.push(element);
  }
  return outer;
}

/**
 * Text nodes are walked with a TreeWalker (elements are never handed to script, which matters on pages
 * of 100,000 elements); a text node is left out when its parent is an element that never shows text
 * (their content is one text node), or when it lies in an ignored subtree (rare: the UI hosts keep
 * their content in shadow roots).
 */
export function buildTextMap(root: Node): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  const index = new Map<Node, number>();
  let length = 0;
  const doc = root.nodeType === DOCUMENT ? (root as Document) : root.ownerDocument;
  if (!doc || (root.nodeType === ELEMENT && isSkipped(root as Element))) return { root, text: '', nodes, starts, index };
  const ignored = ignoredSubtrees(root);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (data.length === 0) continue;
    const parent = node.parentNode;
    if (parent && parent !== root && parent.nodeType === ELEMENT && SKIPPED.has(parent.nodeName.toUpperCase())) continue;
    if (ignored.length > 0 && ignored.some((element) => element.contains(node))) continue;
    index.set(node, nodes.length);
    nodes.push(node);
    starts.push(length);
    parts.push(data);
    length += data.length;
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
