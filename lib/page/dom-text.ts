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

/** One whitespace character: stripping and the whitespace offsets (split) share this one pattern, compiled once. */
const WHITESPACE = /\s/g;

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

/** Drops every whitespace character (as String.prototype.trim and /\s/ understand it). */
export function stripWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

/** Joins texts in the one place that holds no whitespace and, in practice, no page text. */
const SEPARATOR = '\u0000';

/**
 * stripWhitespace of each text, in one native pass over all of them rather than a call each (no
 * whitespace run crosses the separator); texts that hold the separator themselves are done one by one.
 */
export function stripEach(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const stripped = stripWhitespace(texts.join(SEPARATOR)).split(SEPARATOR);
  return stripped.length === texts.length ? stripped : texts.map(stripWhitespace);
}

/** Selector of the elements whose subtrees are skipped (SKIPPED and the ignore attribute). */
const SKIPPED_SELECTOR = [...SKIPPED].map((tag) => tag.toLowerCase()).concat(`[${IGNORE_ATTRIBUTE}]`).join(',');

/** The outermost skipped elements under `root`, in document order. */
function skippedSubtrees(root: Node): Element[] {
  if (!('querySelectorAll' in root)) return [];
  const all = (root as ParentNode).querySelectorAll(SKIPPED_SELECTOR);
  const outer: Element[] = [];
  for (const element of all) {
    const last = outer[outer.length - 1];
    if (!last || !last.contains(element)) outer.push(element);
  }
  return outer;
}

/**
 * A reader of the skeleton that works a bounded number of text nodes at a time, so that a huge page
 * can be read in slices. `step(n)` reads up to `n` more text nodes and says whether the walk is done.
 * A TreeWalker over text nodes does the walking natively (elements are never handed to script); the
 * skipped subtrees, found first, are passed over in document order as the walk reaches them.
 */
function createReader(root: Node) {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const skipped = skippedSubtrees(root);
  let nextSkip = 0;
  let done = false;
  return {
    step(budget: number): boolean {
      for (let visited = 0; !done && visited < budget; visited++) {
        const node = walker.nextNode() as Text | null;
        if (!node) {
          done = true;
          break;
        }
        // Skipped subtrees wholly before this node are behind us.
        while (nextSkip < skipped.length && skipped[nextSkip]!.compareDocumentPosition(node) & 4 /* FOLLOWING */ && !skipped[nextSkip]!.contains(node)) nextSkip++;
        const skip = skipped[nextSkip];
        if (skip && skip.contains(node)) continue;
        const stripped = stripWhitespace(node.data);
        if (stripped.length > 0) {
          nodes.push(node);
          starts.push(length);
          parts.push(stripped);
          length += stripped.length;
        }
      }
      return done;
    },
    result(): DomText {
      return { skeleton: parts.join(''), nodes, starts };
    },
  };
}

/** Reads the skeleton of `root` (usually document.body). Linear in the size of the subtree. */
export function readDomText(root: Node): DomText {
  const reader = createReader(root);
  reader.step(Number.POSITIVE_INFINITY);
  return reader.result();
}

/** Text nodes read between two calls of `pause`. */
const NODES_PER_STEP = 1_000;

/**
 * readDomText in slices: `pause` is called every few thousand nodes and may give the page a turn.
 * Text nodes that change while the walk is paused are read as they are when reached.
 */
export async function readDomTextSliced(root: Node, pause: () => Promise<void> | void): Promise<DomText> {
  const reader = createReader(root);
  while (!reader.step(NODES_PER_STEP)) {
    const paused = pause();
    if (paused) await paused;
  }
  return reader.result();
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

/**
 * The text looked up last, cut at each whitespace character (one native split: piece p starts at data
 * offset p + the visible characters before it), and where its last lookup ended: piece `p`, with `v`
 * visible characters before it. Sentences are located in reading order, so the next lookup in the
 * same text mostly continues from there instead of starting over.
 */
let pieces: { data: string; parts: string[]; p: number; v: number } | null = null;

/** Lets go of the text looked up last (a long text and its pieces are not kept once its ranges are made). */
export function forgetLastLookup(): void {
  pieces = null;
}

/** Offset in `data` of its `k`-th non-whitespace character (0-based), or data.length when it has fewer. */
function offsetOfVisible(data: string, k: number): number {
  if (pieces === null || pieces.data !== data) pieces = { data, parts: data.split(WHITESPACE), p: 0, v: 0 };
  const parts = pieces.parts;
  let p = 0;
  let v = 0;
  if (k >= pieces.v) {
    p = pieces.p;
    v = pieces.v;
  }
  // The piece that holds the k-th visible character.
  while (p < parts.length && v + parts[p]!.length <= k) v += parts[p++]!.length;
  pieces.p = p;
  pieces.v = v;
  return p < parts.length ? k + p : data.length;
}

/**
 * The DOM point just before the skeleton character at `at`; null outside the skeleton, or when the
 * text node no longer holds that character (the page shortened it since it was read).
 */
export function pointBefore(text: DomText, at: number): DomPoint | null {
  if (at < 0 || at >= text.skeleton.length) return null;
  const i = nodeIndexAt(text.starts, at);
  const node = text.nodes[i]!;
  const data = node.data;
  const offset = offsetOfVisible(data, at - text.starts[i]!);
  return offset < data.length ? { node, offset } : null;
}

/** The DOM point just after the skeleton character at `at`. */
export function pointAfter(text: DomText, at: number): DomPoint | null {
  const before = pointBefore(text, at);
  if (!before) return null;
  // One UTF-16 unit; a surrogate pair counts as two skeleton characters as well, so this stays aligned.
  return { node: before.node, offset: before.offset + 1 };
}

/**
 * Live Ranges over skeleton offsets [start, end) (null when they fall outside the text), made one after
 * another in one synchronous pass: no page script runs in between, so each text node's data and the
 * document are read once for the pass rather than once a lookup.
 */
export function spanRanger(text: DomText): (start: number, end: number) => Range | null {
  let doc: Document | null = null;
  let node: Text | null = null;
  let data = '';
  /** Node and offset of the skeleton character at `at`, as pointBefore gives them. */
  const point = (at: number): DomPoint | null => {
    if (at < 0 || at >= text.skeleton.length) return null;
    const i = nodeIndexAt(text.starts, at);
    if (text.nodes[i] !== node) {
      node = text.nodes[i]!;
      data = node.data;
    }
    const offset = offsetOfVisible(data, at - text.starts[i]!);
    return offset < data.length ? { node: node!, offset } : null;
  };
  return (start, end) => {
    if (end <= start) return null;
    const from = point(start);
    const to = point(end - 1);
    if (!from || !to) return null;
    doc ??= from.node.ownerDocument;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    // Just after the last character: one UTF-16 unit (a surrogate pair counts as two skeleton characters as well).
    range.setEnd(to.node, to.offset + 1);
    return range;
  };
}

/** A live Range over skeleton offsets [start, end), or null when they fall outside the text. */
export function rangeOfSpan(text: DomText, start: number, end: number): Range | null {
  return spanRanger(text)(start, end);
}
