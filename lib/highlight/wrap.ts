import { MARK_TAG, type Theme } from './kinds';
import type { Painter, PaintItem } from './painter';

const TEXT = 3;
const SHOW_TEXT = 4;

interface Segment {
  item: number;
  node: Text;
  start: number;
  end: number;
}

/** The pieces of text nodes a range covers, skipping whitespace-only pieces (wrapping those could upset a layout). */
function segmentsOf(range: Range, item: number): Segment[] {
  const root = range.commonAncestorContainer;
  const out: Segment[] = [];
  const visit = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start && /\S/.test(node.data.slice(start, end))) out.push({ item, node, start, end });
  };
  if (root.nodeType === TEXT) {
    visit(root as Text);
    return out;
  }
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) visit(node as Text);
  }
  return out;
}

/**
 * The fallback painter: wraps claim text in <crosscheck-mark> elements (a name no page styles) and
 * undoes it exactly on `clear()`: marks are unwrapped and the text nodes it had split are joined again.
 */
export function createWrapPainter(doc: Document): Painter {
  let marksByItem: HTMLElement[][] = [];
  /** Text nodes split for painting, each with the nodes split off it, to join them back. */
  const split = new Map<Text, Set<Text>>();

  function wrap(segment: Segment): HTMLElement {
    const { node, start, end } = segment;
    let pieces = split.get(node);
    if (!pieces) split.set(node, (pieces = new Set()));
    if (end < node.data.length) pieces.add(node.splitText(end));
    let target = node;
    if (start > 0) {
      target = node.splitText(start);
      pieces.add(target);
    }
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-kind', '');
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    return mark;
  }

  function clear() {
    for (const marks of marksByItem) {
      for (const mark of marks) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
      }
    }
    marksByItem = [];
    for (const [node, pieces] of split) {
      for (let next = node.nextSibling; next && pieces.has(next as Text); next = node.nextSibling) {
        node.appendData((next as Text).data);
        next.remove();
      }
    }
    split.clear();
  }

  return {
    mode: 'wrap',
    paint(items: readonly PaintItem[], nextTheme: Theme = 'light') {
      clear();

      const segments = items.flatMap((item, i) => segmentsOf(item.range, i));
      // Within one text node, wrap from the end backwards so that earlier offsets stay valid.
      const byNode = new Map<Text, Segment[]>();
      for (const s of segments) {
        const list = byNode.get(s.node);
        if (list) list.push(s);
        else byNode.set(s.node, [s]);
      }
      marksByItem = items.map(() => []);
      for (const list of byNode.values()) {
        list.sort((a, b) => b.start - a.start);
        let limit = Number.POSITIVE_INFINITY;
        for (const segment of list) {
          const end = Math.min(segment.end, limit);
          if (end <= segment.start) continue; // overlaps a later claim already painted
          const mark = wrap({ ...segment, end });
          mark.setAttribute('data-kind', items[segment.item]!.kind);
          mark.setAttribute('data-theme', nextTheme);
          marksByItem[segment.item]!.push(mark);
          limit = segment.start;
        }
      }
      return marksByItem.map((marks) => {
        if (marks.length === 0) return null;
        marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
        const range = doc.createRange();
        range.setStartBefore(marks[0]!);
        range.setEndAfter(marks[marks.length - 1]!);
        return range;
      });
    },
    focus(index) {
      marksByItem.forEach((marks, i) => {
        for (const mark of marks) {
          if (i === index) mark.setAttribute('data-focus', '');
          else mark.removeAttribute('data-focus');
        }
      });
    },
    clear,
    destroy: clear,
  };
}
