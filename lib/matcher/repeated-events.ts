import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { isPastVerb } from './verb-forms';

/** Words that make an event another one of its kind ("another round of talks", "a further visit"). */
const AGAIN_RE = /\b(another|further|fresh|second|next)\s+(round|visit|trip|meeting|summit|session|wave|batch)s?\b|\b(?:expected|due|set)\s+(?:to\s+)?(?:return|back)\b/i;

/**
 * An event the page says will happen again, or another one of its kind ("Akazawa is expected back
 * in Washington for another round of talks", "a further round of meetings"), where the corpus
 * speaks of the one that took place: another event, which the corpus does not state.
 */
export function compareRepeatedEvents(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const m = AGAIN_RE.exec(page.text);
  if (!m || AGAIN_RE.test(corpus.text)) return;
  out.novel.push(m[0]);
}

/** Verbs after "also" that relay a claim ("also said"), and auxiliaries before it ("were also caught"). */
const REPORTING = new Set(['said', 'says', 'say', 'noted', 'notes', 'note', 'reported', 'reports', 'revealing', 'reveals', 'revealed', 'told', 'tells', 'added', 'adds', 'argued', 'warned', 'wrote', 'writes', 'stated', 'pointed', 'claimed', 'claims', 'believes', 'believe', 'cited', 'quoted']);
const AUXILIARY = new Set(['was', 'were', 'has', 'have', 'had', 'is', 'are', 'will', 'would', 'did', 'does', 'do', 'been']);

/** An "also" on the act itself: after an auxiliary ("were also caught") or before a verb in the past ("also met"). */
function alsoOnTheAct(f: SentenceFeatures): boolean {
  return f.tokens.some((t, i) => {
    const next = f.tokens[i + 1];
    if (t.norm !== 'also' || !next || REPORTING.has(next.norm)) return false;
    return AUXILIARY.has(f.tokens[i - 1]?.norm ?? '') || isPastVerb(next);
  });
}

/**
 * The same kind of act "also" done at another time ("Chinese hackers were also caught sending
 * mass emails ... during the 2024 campaign" against "In March 2022, Chinese hackers were caught
 * sending mass emails ..."): another occurrence, not the corpus's told with another date. Its date
 * is a fact the corpus does not state, not a changed one.
 */
export function compareAlsoAnotherTime(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (!out.differences.length || out.differences.some((d) => d.kind !== 'date')) return;
  if (!alsoOnTheAct(page) || /\balso\b/i.test(corpus.text)) return;
  out.novel.push(...out.differences.map((d) => d.page));
  out.differences = [];
}
