/**
 * The visible-text skeleton of a live DOM subtree: the text of every Text node in document order with
 * all whitespace removed, and the way back from a skeleton offset to a (Text node, offset) point.
 *
 * Whitespace is dropped rather than collapsed because the same text reaches us in different shapes
 * (Readability's copy, the DOM's text nodes, line breaks from <br> or from pretty-printed HTML):
 * without whitespace they all agree character for character, so a sentence is found with a plain
 * substring search however it is spread over text nodes, links and inline markup.
 */

/** Elements on the page whose text Crosscheck never reads (its own UI carries this attribute). */
export const IGNORE_ATTRIBUTE = 'data-crosscheck-ignore';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'SVG', 'CANVAS']);
const ELEMENT = 1;
const TEXT = 3;

const WHITESPACE = /\s+/g;

export interface DomText {
  /** The text without any whitespace. */
  skeleton: string;
  /** Text nodes that contribute at least one character, in document order. */
  nodes: Text[];
  /** Skeleton offset of each node's first character (strictly increasing). */
  starts: number[];
}

export interface DomPoint {
  node: Text;
  offset: number;
}

function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.nodeName.toUpperCase()) || element.hasAttribute(IGNORE_ATTRIBUTE);
}

/** Drops every whitespace character (as String.prototype.trim and /\s/ understand it). */
export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** Reads the skeleton of `root` (usually document.body). Linear in the size of the subtree. */
export function readDomText(root: Node): DomText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = root;
  while (node) {
    let enter = true;
    if (node.nodeType === TEXT) {
      const stripped = stripWhitespace((node as Text).data);
      if (stripped.length > 0) {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(stripped);
        length += stripped.length;
      }
    } else if (node.nodeType === ELEMENT && node !== root && isSkipped(node as Element)) {
      enter = false;
    }
    node = enter && node.firstChild ? node.firstChild : nextOutside(node, root);
  }
  return { skeleton: parts.join(''), nodes, starts };
}

/** The node after `node` in document order without entering its children, or null past `root`. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** Index of the node holding skeleton offset `at` (the last node starting at or before it). */
function nodeIndexAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether a UTF-16 code unit is whitespace as /\s/ understands it. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Offset in `data` of its `k`-th non-whitespace character (0-based). */
function offsetOfVisible(data: string, k: number): number {
  let seen = -1;
  for (let i = 0; i < data.length; i++) {
    if (!isSpace(data.charCodeAt(i))) seen++;
    if (seen === k) return i;
  }
  return data.length;
}

/** The DOM point just before the skeleton character at `at`. */
export function pointBefore(text: DomText, at: number): DomPoint | null {
  if (at < 0 || at >= text.skeleton.length) return null;
  const i = nodeIndexAt(text.starts, at);
  const node = text.nodes[i]!;
  return { node, offset: offsetOfVisible(node.data, at - text.starts[i]!) };
}

/** The DOM point just after the skeleton character at `at`. */
export function pointAfter(text: DomText, at: number): DomPoint | null {
  const before = pointBefore(text, at);
  if (!before) return null;
  // One UTF-16 unit; a surrogate pair counts as two skeleton characters as well, so this stays aligned.
  return { node: before.node, offset: before.offset + 1 };
}

/** A live Range over skeleton offsets [start, end), or null when they fall outside the text. */
export function rangeOfSpan(text: DomText, start: number, end: number): Range | null {
  if (end <= start) return null;
  const from = pointBefore(text, start);
  const to = pointAfter(text, end - 1);
  if (!from || !to) return null;
  const doc = from.node.ownerDocument;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
