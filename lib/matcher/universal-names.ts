import type { FactComparison } from './compare';
import { contentTerms, type SentenceFeatures } from './features';
import { isPlaceTerm } from './lexicon';

type Difference = FactComparison['differences'][number];

/** Quantifiers over the whole of a group, and how far after one the group's noun may come. */
const UNIVERSAL_RE = /\b(?:every|each|all(?:\s+of)?(?:\s+the)?)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)/gi;
const UNIVERSAL_WORD_RE = /\b(?:every|each|all)\b/i;
/** Content words before a phrase that tell what it is said of. */
const BEFORE = 3;

const lastTerms = (text: string, at: number) => contentTerms(text.slice(Math.max(0, at - 60), at)).slice(-BEFORE);

/**
 * The whole of a group on the page against named members of it in the corpus, in the same place
 * ("the assets of every Chinese state-owned bank" / "the assets of the Bank of China and ICBC"):
 * the page widens a claim about the named ones to all of them. The names must contain the group's
 * noun, the corpus must not speak of all of them, and the page must not name them itself.
 */
export function universalAgainstNames(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  if (!UNIVERSAL_WORD_RE.test(page.text) || UNIVERSAL_WORD_RE.test(corpus.text) || !corpus.facts.entities.length) return null;
  const pageText = page.text.toLowerCase();
  for (const m of page.text.matchAll(UNIVERSAL_RE)) {
    // The group's words end where a preposition, a conjunction or a verb begins.
    const words = (' ' + m[1]!).replace(/\s+(?:in|of|on|at|to|for|from|with|by|and|that|which|who|have|has|had|is|are|was|were|will|would)\b.*$/i, '').trim();
    const group = `${m[0].slice(0, m[0].length - m[1]!.length)}${words}`.trim();
    const nouns = new Set(contentTerms(words).filter((t) => !isPlaceTerm(t)));
    if (!nouns.size) continue;
    const members = corpus.facts.entities.filter(
      (e) => contentTerms(e.text).some((t) => nouns.has(t)) && !pageText.includes(e.text.toLowerCase()),
    );
    if (!members.length) continue;
    const first = members[0]!;
    const last = members[members.length - 1]!;
    const around = new Set(lastTerms(corpus.text, first.start));
    if (!lastTerms(page.text, m.index).some((t) => around.has(t))) continue;
    return { kind: 'scope', page: group, corpus: corpus.text.slice(first.start, last.end) };
  }
  return null;
}
