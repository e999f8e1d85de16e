import type { FactComparison } from './compare';
import { contentTerms, type SentenceFeatures } from './features';

/** Consent held back: "delayed approval", "withheld permission", "blocked the go-ahead". */
const HELD_BACK_RE = /\b(?:delay(?:ed|s|ing)?|held\s+up|hold(?:s|ing)?\s+up|withh(?:e|o)ld(?:s|ing)?|block(?:ed|s|ing)?|postpon(?:ed|es|ing)|refus(?:ed|es|ing)|den(?:ied|ies|ying))\s+(?:(?:its|the|their|his|her|final|formal)\s+){0,2}(?:approval|permission|consent|sign-off|go-ahead|authori[sz]ation|clearance)\b/i;
/** Consent given: "approved", "gave its approval", "signed off", "cleared". */
const GIVEN_RE = /\b(?:approv(?:ed|es)|(?:gave|give|gives|given|grant(?:ed|s)?)\s+(?:(?:its|the|their|his|her|final|formal)\s+){0,2}(?:approval|permission|consent|go-ahead|sign-off|clearance)|signed\s+off|authori[sz]ed|cleared)\b/i;

/** Consent held back on one side and given on the other ("regulators delayed approval" / "regulators approved the plan"). */
export function compareConsent(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  const side = (f: SentenceFeatures) => {
    const held = HELD_BACK_RE.exec(f.text);
    if (held) return { given: false, words: held[0] };
    const given = GIVEN_RE.exec(f.text);
    return given && !f.facts.negations.length ? { given: true, words: given[0] } : null;
  };
  const p = side(page);
  const c = p && side(corpus);
  if (!p || !c || p.given === c.given) return false;
  out.differences.push({ kind: 'polarity', page: p.words, corpus: c.words });
  return true;
}

/** Nothing said: "declined to comment", "did not respond to a request", "could not be reached", "no comment". */
const NO_COMMENT_RE = /\b(?:(?:declined|declines|refused|refuses)\s+to\s+(?:comment|respond|reply|answer|say)|(?:did|does|would|could)\s+not\s+(?:immediately\s+)?(?:comment|respond|reply|answer)|(?:didn't|doesn't|wouldn't|couldn't)\s+(?:immediately\s+)?(?:comment|respond|reply|answer)|could\s+not\s+be\s+reached|no\s+comment|(?:questions?|requests?)\s+(?:went\s+|were\s+|was\s+)?unanswered|left\s+(?:\w+\s+){0,3}unanswered)\b/i;
/** A subject that is a pronoun ("He declined to comment", "It did not respond"): whoever the sentence before named. */
const PRONOUN_SUBJECT_RE = /^\s*(?:(?:but|and|asked[^,]*,)\s+)?(?:he|she|it|they|his|her|its|their)\b/i;

/** Something said: a verb of saying. */
const SAID_RE = /\b(?:said|says|told|tells|stated|states|called|calls|described|describes|insisted|insists|claimed|claims|dismissed|dismisses|denied|denies|confirmed|confirms|rejected|rejects|responded|replied)\b/i;

/**
 * Nothing said on one side ("Peskov declined to comment") and a statement on the other ("Peskov said
 * the report was false"): another claim, the opposite of a refusal to speak.
 */
export function compareComment(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  const silent = (f: SentenceFeatures) => NO_COMMENT_RE.exec(f.text);
  const p = silent(page);
  const c = silent(corpus);
  if (p && c) {
    // Both say nothing: the same claim only of the same one. A page that names none of those the
    // corpus says were silent ("a spokesperson for the operator" / "Dmitry Peskov") speaks of another.
    const silentOnes = corpus.facts.entities.filter((e) => e.end <= c.index);
    const pageNames = new Set(page.facts.entities.flatMap((e) => contentTerms(e.text)));
    if (silentOnes.length && !silentOnes.some((e) => contentTerms(e.text).some((t) => pageNames.has(t))) && !PRONOUN_SUBJECT_RE.test(page.text.slice(0, p.index))) {
      out.novel.push('another party');
    }
    return false;
  }
  if (!p === !c) return false;
  const [quiet, other] = p ? [p, corpus] : [c!, page];
  const said = SAID_RE.exec(other.text);
  if (!said) return false;
  out.differences.push(p ? { kind: 'polarity', page: quiet[0], corpus: said[0] } : { kind: 'polarity', page: said[0], corpus: quiet[0] });
  return true;
}
