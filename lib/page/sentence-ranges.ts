import { forgetLastLookup, readDomText, readDomTextSliced, spanRanger, type DomText } from './dom-text';
import { locateQuotes, locateQuotesSliced, type Span } from './locate';
import type { Pause } from './slicing';

export interface LocatedSentence {
  /** Index of the sentence in the list given. */
  index: number;
  /** Where it is in the text of the root it was found under. */
  span: Span;
  range: Range;
}

/**
 * Finds sentences of an article (in reading order) in the live DOM under `root` and returns a live
 * Range for each of those `wanted` (all when omitted) that is on the page, in document order. A
 * sentence spread over several text nodes, links and inline elements gets one Range over all of it.
 * Every sentence helps place the others (position hints), even those not wanted.
 */
export function locateSentences(root: Node, sentences: readonly string[], wanted?: ReadonlySet<number>): LocatedSentence[] {
  const text = readDomText(root);
  return rangesOf(text, locateQuotes(text.skeleton, sentences), wanted);
}

/**
 * locateSentences in slices, under one root or several: `pause` is called as the page is read and
 * searched, and may give the page a turn. With several roots, a sentence not found under one is
 * looked for under the next; the results are in document order.
 */
export async function locateSentencesSliced(roots: Node | readonly Node[], sentences: readonly string[], pause: Pause): Promise<LocatedSentence[]> {
  const list = Array.isArray(roots) ? (roots as readonly Node[]) : [roots as Node];
  const found: LocatedSentence[] = [];
  let left = sentences.map((_, i) => i);
  for (const root of list) {
    if (left.length === 0) break;
    const text = await readDomTextSliced(root, pause);
    const spans = await locateQuotesSliced(text.skeleton, left.map((i) => sentences[i]!), pause);
    const located = rangesOf(text, spans).map((one) => ({ ...one, index: left[one.index]! }));
    found.push(...located);
    const placed = new Set(located.map((one) => one.index));
    left = left.filter((i) => !placed.has(i));
  }
  return list.length > 1 ? found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range)) : found;
}

function rangesOf(text: DomText, spans: readonly (Span | null)[], wanted?: ReadonlySet<number>): LocatedSentence[] {
  const out: LocatedSentence[] = [];
  const rangeOf = spanRanger(text);
  spans.forEach((span, index) => {
    if (!span || (wanted && !wanted.has(index))) return;
    const range = rangeOf(span.start, span.end);
    if (range) out.push({ index, span, range });
  });
  forgetLastLookup();
  return out.sort((a, b) => a.span.start - b.span.start);
}
