import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';

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
