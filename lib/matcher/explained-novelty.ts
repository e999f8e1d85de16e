import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';

/** A length of time told back or forward from the time of writing: "three years ago", "two weeks later". */
const RELATIVE_AFTER_RE = /^\s+(?:ago|earlier|before|later|on|since)\b/i;

/** A wire dateline that carries a date: "SHANGHAI, June 1 (Meridian Wire) - ". */
const WIRE_DATELINE_RE = /^[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*,\s*[A-Z][a-z]+\.?\s+\d{1,2}\s*(?:\([^()]{1,30}\))?\s*(?:[-:]{1,2}|\u2013|\u2014)\s+/;
const datelines = new WeakMap<SentenceFeatures, string | null>();

/** The dateline a page sentence opens with, if any (where and when it was filed, and by whom: not a claim). */
function datelineOf(f: SentenceFeatures): string | null {
  let d = datelines.get(f);
  if (d === undefined) datelines.set(f, (d = WIRE_DATELINE_RE.exec(f.text)?.[0] ?? null));
  return d;
}

/** "7th" of "the 7th Regiment", "3" of "Unit 3"...: the number with the capitalised word it names, or null. */
function numberedName(text: string, figure: string): string | null {
  if (!/^\d+(?:st|nd|rd|th)?$/.test(figure)) return null;
  return new RegExp(`\\b${figure}\\s+[A-Z][a-z]+`).exec(text)?.[0] ?? null;
}

/**
 * Facts the page adds that a difference already accounts for, or that cannot be told apart from the
 * corpus sentence's own: they are not signs of another claim, so they must not hide the difference.
 * - A name in a page list whose count differs from the corpus ("five zones: A, B, C, D and E" against
 *   "zones in A, B, C and D"): the extra name is the changed count, not a new fact.
 * - A date told relatively ("three years ago") where the corpus dates the claim: without the day of
 *   writing it may be the same date, so it neither agrees nor adds anything.
 * - The place, date and agency of a wire dateline ("SHANGHAI, June 1 (Meridian Wire) - "): not a claim.
 * - A number that is part of a name ("the 7th Regiment") which the corpus sentence or the sentences
 *   just before it in its article (`corpusBefore`) write the same way: the page names what they name.
 * Removes them from `out.novel`.
 */
export function dropExplainedNovelty(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison, corpusBefore: () => readonly string[] = () => []): void {
  if (!out.novel.length) return;
  const dateline = datelineOf(page);
  if (dateline) out.novel = out.novel.filter((n) => !dateline.includes(n));
  out.novel = out.novel.filter((n) => {
    const named = numberedName(page.text, n);
    return !named || !(corpus.text.includes(named) || corpusBefore().some((s) => s.includes(named)));
  });
  const counted = out.differences.some((d) => d.kind === 'count');
  const listed = counted ? page.facts.lists.flatMap((l) => l.items) : [];
  const corpusDated = corpus.facts.dates.length > 0;
  const relative = corpusDated
    ? new Set(
        page.facts.quantities
          .filter((q) => q.dimension === 'duration' && RELATIVE_AFTER_RE.test(page.text.slice(q.end)))
          .map((q) => q.text),
      )
    : new Set<string>();
  out.novel = out.novel.filter((n) => !listed.some((item) => item === n || item.includes(n)) && !relative.has(n));
}
