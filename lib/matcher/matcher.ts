import type { Corpus } from '@/lib/corpus/types';
import { assertsClaim } from './assertion';
import { compareFacts, type FactComparison } from './compare';
import { ANTECEDENT_WINDOW, CorpusSentences } from './corpus-sentences';
import { completeFeatures, contentTerms, lightFeatures, type LightFeatures, type SentenceFeatures } from './features';
import type { Hit } from './retrieval';
import { scoreBound } from './screening';
import { termOverlap, type Overlap } from './similarity';
import type { Evidence, Matcher, PageContext, SentenceVerdict } from './types';
import { calendarDay, type CalendarDay } from './written-dates';
import { judge, LOWEST_SCORE, sameClaimScore, THRESHOLDS, type Judgement } from './verdict';
import { COMPANION_TERMS, COMPANION_WINDOW, foldedAgreement, foldedDifference } from './merged-claims';
import { Vocabulary } from './vocabulary';
import { claimWithoutCredit } from './credit-clause';

/** Candidates whose plain term overlap is below this are dropped before their facts are read. */
const PREFILTER = 0.15;
/** How many of the best candidates (on plain terms) are analysed in full. */
const FULL_ANALYSIS = 3;
/**
 * A bound below the same-claim score any verdict asks for (judge() gives 'none' below it, whatever
 * the facts): the least of the thresholds.
 */
const LOWEST_VERDICT = Math.min(...Object.values(THRESHOLDS));
/** How far below the best a candidate of another article may score and still contest its corroboration. */
const CONTEST_MARGIN = 0.05;

export interface MatcherOptions {
  /**
   * Take none of the shortcuts that skip work which cannot change an answer: page sentences screened
   * out on plain terms (no candidate could reach a verdict in full, see screening.ts), candidates
   * not analysed in full when they could not, facts compared only where a verdict is possible and,
   * once a verdict is found, only for other articles. Answers are the same either way: this is the
   * reference the shortcuts are tested against (tests/lib/matcher/screening.test.ts).
   */
  exhaustive?: boolean;
}

export interface Candidate {
  id: number;
  features: SentenceFeatures | LightFeatures;
  overlap: Overlap;
  facts: FactComparison;
  judgement: Judgement;
}

const NO_NAMES: ReadonlySet<string> = new Set();
const NO_TEXTS = (): readonly string[] => [];
const NO_FACTS: FactComparison = { differences: [], agreements: 0, novel: [] };

/**
 * Builds a matcher over a corpus. The corpus is indexed on the first call to match() (see
 * ./corpus-sentences), so creating a matcher is free; corpus sentences are fully analysed only when
 * they come up as candidates.
 */
export function createMatcher(corpus: Corpus, options: MatcherOptions = {}): Matcher & { explain(sentence: string, page?: readonly string[], context?: PageContext): Candidate[] } {
  let state: CorpusSentences | null = null;
  const exhaustive = options.exhaustive === true;
  /** Below this same-claim score the facts are not compared: no verdict is possible. */
  const factFloor = exhaustive ? LOWEST_VERDICT : LOWEST_SCORE;

  /**
   * Candidates for a page sentence, best first. All are ranked on plain terms (`plain` gives the
   * overlap of each hit with no term weighed as part of a name); only the few best that pass the
   * prefilter are analysed in full (names, facts) and judged.
   */
  function candidates(
    s: CorpusSentences,
    page: SentenceFeatures,
    hits: readonly Hit[],
    plain: (i: number) => Overlap,
    allFacts = false,
    before: () => readonly string[] = NO_TEXTS,
    judged = true,
    possible: (i: number) => boolean = () => true,
    written?: CalendarDay,
  ): Candidate[] {
    const idf = s.idf;
    // Only the page's speaker counts as named by a corpus sentence's "he said": other names of the
    // sentences before it are context, not part of its claim.
    // (Read only for a candidate that refers back to names: the page's facts are read lazily.)
    let speaker: Set<string> | null = null;
    const speakerOf = (names: Set<string>) => {
      if (!names.size) return NO_NAMES;
      speaker ??= new Set(page.facts.attributions.flatMap((a) => contentTerms(a)));
      return speaker.size ? new Set([...speaker].filter((t) => names.has(t))) : NO_NAMES;
    };
    const rough = hits.map(({ id }, i) => {
      const features = s.light(id);
      const overlap = plain(i);
      return { id, features, overlap, facts: NO_FACTS, judgement: { verdict: 'none' as const, score: sameClaimScore(overlap) }, hit: i };
    });
    rough.sort((a, b) => b.judgement.score - a.judgement.score || a.id - b.id);
    const toJudge = new Set<Candidate>();
    const all: Candidate[] = rough.map(({ hit, ...c }, rank) => {
      if (rank >= FULL_ANALYSIS || c.judgement.score < PREFILTER) return c;
      // A candidate that could not reach a verdict even in full changes no answer: not analysed.
      if (!exhaustive && !allFacts && !possible(hit)) return c;
      const features = s.features(c.id);
      const overlap = termOverlap(page, features, idf, speakerOf(s.antecedents(c.id)));
      // Below the lowest verdict threshold no fact can make it a claim, and a sentence that asserts
      // nothing gets no verdict: its facts are not compared (explain() still compares them, for diagnostics).
      const score = sameClaimScore(overlap);
      const full: Candidate = { id: c.id, features, overlap, facts: NO_FACTS, judgement: { verdict: 'none', score } };
      if (allFacts || (score >= factFloor && judged)) toJudge.add(full);
      return full;
    });
    // The score does not depend on the facts: the order is known before they are compared.
    all.sort((a, b) => b.judgement.score - a.judgement.score || a.id - b.id);
    let best: Candidate | undefined;
    for (const c of all) {
      if (!toJudge.has(c)) continue;
      // After the best, only another article's verdict counts (where the corpus disagrees with itself).
      if (best && !exhaustive && !allFacts && s.articleOf[c.id] === s.articleOf[best.id]) continue;
      judgeFacts(s, page, c, c.features as SentenceFeatures, before, written);
      if (!best && c.judgement.verdict !== 'none') best = c;
    }
    return all;
  }

  /** Compares the facts of a page sentence with those of a candidate analysed in full, and judges the candidate. */
  function judgeFacts(s: CorpusSentences, page: SentenceFeatures, c: Candidate, features: SentenceFeatures, before: () => readonly string[], written?: CalendarDay): void {
    let context: Set<string> | null = null;
    c.facts = compareFacts(page, features, () => (context ??= s.context(c.id)), s.antecedents(c.id), {
      page: before,
      corpus: () => s.preceding(c.id),
    }, { written, aliases: s.aliases() });
    c.judgement = judge(c.overlap, c.facts);
    if (c.judgement.verdict === 'none') judgeCreditedElsewhere(page, features, c, s.idf);
  }

  function evidence(s: CorpusSentences, c: Candidate, all: Candidate[]): Evidence {
    const a = s.articleOfSentence(c.id);
    const ev: Evidence = { articleId: a.id, outlet: a.outlet, title: a.title, sentence: s.text(c.id) };
    // Another article stating the same claim with other facts: the corpus disagrees with itself.
    const disagreements = all
      .filter((o) => o !== c && o.judgement.verdict !== 'none' && o.judgement.verdict !== c.judgement.verdict &&
        s.articleOf[o.id] !== s.articleOf[c.id])
      .map((o) => {
        const oa = s.articleOfSentence(o.id);
        return { articleId: oa.id, outlet: oa.outlet, sentence: s.text(o.id) };
      });
    if (disagreements.length) ev.disagreements = disagreements;
    return ev;
  }

  /**
   * A corroboration another article contests: a candidate about as close as the best, where the
   * corpus states a fact the best sentence does not mention at all, and the page's value differs
   * ("most of them judged it genuine" against "it was deemed authentic" and "all of which assessed
   * it to be authentic"). Where the corpus speaks of that fact, it says otherwise.
   */
  function contestedBy(s: CorpusSentences, best: Candidate, all: Candidate[]): Candidate | undefined {
    const bestText = s.text(best.id).toLowerCase();
    return all.find(
      (c) =>
        c !== best && s.articleOf[c.id] !== s.articleOf[best.id] && c.judgement.verdict === 'divergent' && c.judgement.score >= best.judgement.score - CONTEST_MARGIN &&
        c.facts.differences.every((d) => !bestText.includes(d.corpus.toLowerCase()) && !bestText.includes(d.page.toLowerCase())),
    );
  }

  /**
   * A claim another sentence of the corpus credits as the page does: where the best candidate
   * differs only in who it credits the claim to ("the NYT pointed out" against the page's "the FSB
   * says"), a candidate about as close that confirms it, source included, shows the corpus states
   * the page's credit too.
   */
  function creditedAlike(best: Candidate, all: Candidate[]): Candidate | undefined {
    if (!best.facts.differences.every((d) => d.kind === 'attribution')) return undefined;
    return all.find((c) => c !== best && c.judgement.verdict === 'corroborated' && c.judgement.score >= best.judgement.score - CONTEST_MARGIN);
  }

  /**
   * A page sentence that folds two neighbouring corpus sentences into one, with a fact of the
   * second changed (merged-claims.ts): the first is the best candidate that found no difference,
   * the second a candidate near it in the same article.
   */
  function foldedClaim(
    s: CorpusSentences,
    page: SentenceFeatures,
    all: Candidate[],
    best: Candidate | undefined,
    before: () => readonly string[],
    written?: CalendarDay,
  ): { first: Candidate; companion: Candidate; differences: FactComparison['differences'] | null } | null {
    const first = best ?? all.find((c) => c.facts !== NO_FACTS);
    if (!first || first.facts === NO_FACTS) return null;
    // A companion must state a part of the page the first leaves out: none when it leaves nothing out.
    const left = first.overlap.unmatched.length;
    if (left === 0 || (left < COMPANION_TERMS && !first.facts.novel.length)) return null;
    // Without a verdict, only a first sentence that finds nothing wrong but a fact it does not state can fold (merged-claims.ts).
    if (!best && (first.facts.differences.length > 0 || !first.facts.novel.length || first.judgement.score < THRESHOLDS.divergent)) return null;
    const article = s.articleOf[first.id];
    const at = s.positionOf[first.id]!;
    const one = { score: first.judgement.score, overlap: first.overlap, facts: first.facts, text: s.text(first.id) };
    for (const c of all) {
      if (c === first || s.articleOf[c.id] !== article || Math.abs(s.positionOf[c.id]! - at) > COMPANION_WINDOW) continue;
      if (c.facts === NO_FACTS) {
        const features = s.features(c.id);
        c.features = features;
        c.overlap = termOverlap(page, features, s.idf);
        judgeFacts(s, page, c, features, before, written);
      }
      const other = { score: sameClaimScore(c.overlap), overlap: c.overlap, facts: c.facts };
      const differences = foldedDifference(one, other);
      if (differences) return { first, companion: c, differences };
      if (!best && foldedAgreement(one, other)) return { first, companion: c, differences: null };
    }
    return null;
  }

  /**
   * The verdict for one page sentence. A sentence with no verdict is scored on plain terms (its
   * best same-claim score with no term weighed as part of a name), which its terms alone give.
   * Screening: most sentences of a page state nothing the corpus says. When no candidate could
   * reach a verdict even once both sides are analysed in full (scoreBound), the sentence is not
   * analysed further.
   */
  function matchOne(s: CorpusSentences, text: string, pageVocabulary: () => Vocabulary, before: () => readonly string[], written?: CalendarDay): SentenceVerdict {
    const light = lightFeatures(text);
    const hits = s.retrieve(light.terms);
    // A question or a claim put in doubt is neither confirmed nor contradicted.
    const asserts = assertsClaim(text);
    // The overlap of each hit on plain terms, read in order of retrieval when first asked for.
    const plain: Overlap[] = [];
    let plainBest = 0;
    let read = 0;
    const readPlain = () => {
      const o = termOverlap(light, s.light(hits[read]!.id), s.idf);
      plainBest = Math.max(plainBest, sameClaimScore(o));
      plain.push(o);
      read++;
      return o;
    };
    const plainOf = (i: number) => {
      while (read <= i) readPlain();
      return plain[i]!;
    };
    // Whether a hit could reach a verdict once both sides are analysed in full.
    const possible = (i: number) => scoreBound(plainOf(i), light.terms, s.antecedents(hits[i]!.id), s.idf) >= LOWEST_SCORE;
    const none = (): SentenceVerdict => {
      while (read < hits.length) readPlain();
      return { text, verdict: 'none', score: round(plainBest), evidence: null, differences: [] };
    };
    if (!exhaustive) {
      let any = false;
      for (let i = 0; asserts && !any && i < hits.length; i++) any = possible(i);
      if (!any) return none();
    }
    const vocabulary = pageVocabulary();
    const page = completeFeatures(light, { isNameWord: (w) => s.vocabulary.isNameWord(w, vocabulary), isCommonWord: (w) => s.vocabulary.isCommonWord(w, vocabulary) });
    const all = candidates(s, page, hits, plainOf, false, before, asserts || exhaustive, possible, written);
    const best = asserts ? all.find((c) => c.judgement.verdict !== 'none') : undefined;
    const folded = asserts && (!best || best.judgement.verdict === 'corroborated') ? foldedClaim(s, page, all, best, before, written) : null;
    if (folded?.differences) {
      return { text, verdict: 'divergent', score: round(folded.first.judgement.score), evidence: evidence(s, folded.companion, all), differences: folded.differences };
    }
    if (folded) return { text, verdict: 'corroborated', score: round(folded.first.judgement.score), evidence: evidence(s, folded.first, all), differences: [] };
    if (!best) return none();
    const alike = best.judgement.verdict === 'divergent' ? creditedAlike(best, all) : undefined;
    if (alike) return { text, verdict: 'corroborated', score: round(alike.judgement.score), evidence: evidence(s, alike, all), differences: [] };
    const contested = best.judgement.verdict === 'corroborated' ? contestedBy(s, best, all) : undefined;
    if (contested) {
      return { text, verdict: 'divergent', score: round(contested.judgement.score), evidence: evidence(s, contested, all), differences: contested.facts.differences };
    }
    return {
      text,
      verdict: best.judgement.verdict,
      score: round(best.judgement.score),
      evidence: evidence(s, best, all),
      differences: best.judgement.verdict === 'divergent' ? best.facts.differences : [],
    };
  }

  return {
    match(sentences: readonly string[], context?: PageContext): SentenceVerdict[] {
      state ??= new CorpusSentences(corpus);
      const s = state;
      const written = calendarDay(typeof context?.published === 'string' ? context.published : null) ?? undefined;
      // How the page itself writes its words tells names from ordinary words that open a sentence
      // (read when a sentence is first analysed in full: on most pages none is).
      let vocabulary: Vocabulary | null = null;
      const pageVocabulary = () => {
        if (!vocabulary) {
          vocabulary = new Vocabulary();
          for (const text of sentences) if (typeof text === 'string') vocabulary.add(text);
        }
        return vocabulary;
      };
      // The page sentences just before one, where its "he said" finds its speaker.
      const before = (i: number) => () => sentences.slice(Math.max(0, i - ANTECEDENT_WINDOW), i).map(String);
      const only = Array.isArray(context?.only) ? new Set(context.only) : null;
      return sentences.map((text, i) => {
        const t = typeof text === 'string' ? text : String(text);
        if (only && !only.has(i)) return { text: t, verdict: 'none', score: 0, evidence: null, differences: [] };
        try {
          return matchOne(s, t, pageVocabulary, before(i), written);
        } catch {
          return { text: t, verdict: 'none', score: 0, evidence: null, differences: [] };
        }
      });
    },
    /** The scored candidates for one sentence (for diagnostics), read in the context of its page. */
    explain(sentence: string, pageSentences: readonly string[] = [sentence], context?: PageContext): Candidate[] {
      state ??= new CorpusSentences(corpus);
      const s = state;
      const pageVocabulary = new Vocabulary();
      for (const text of pageSentences) pageVocabulary.add(text);
      const at = Math.max(0, pageSentences.indexOf(sentence));
      const before = () => pageSentences.slice(Math.max(0, at - ANTECEDENT_WINDOW), at);
      const light = lightFeatures(sentence);
      const page = completeFeatures(light, { isNameWord: (w) => s.vocabulary.isNameWord(w, pageVocabulary), isCommonWord: (w) => s.vocabulary.isCommonWord(w, pageVocabulary) });
      const hits = s.retrieve(page.terms);
      const written = calendarDay(context?.published) ?? undefined;
      return candidates(s, page, hits, (i) => termOverlap(light, s.light(hits[i]!.id), s.idf), true, before, true, () => true, written);
    },
  };
}

/**
 * A claim credited to another source: when the one difference is who said it, the words that credit
 * each side's source (its name, what describes it, the verb) are not the claim. They would count as
 * words the other side lacks, and the names describing the page's source as facts the corpus does
 * not state. The candidate is judged again on the rest of each sentence; its facts and judgement
 * change only when that gives a verdict.
 */
function judgeCreditedElsewhere(page: SentenceFeatures, corpus: SentenceFeatures, c: Candidate, idf: (term: string) => number): void {
  const [d, ...more] = c.facts.differences;
  if (!d || more.length || d.kind !== 'attribution') return;
  if (!page.facts.attributions.includes(d.page) || !corpus.facts.attributions.includes(d.corpus)) return;
  const onPage = claimWithoutCredit(page, d.page);
  const inCorpus = claimWithoutCredit(corpus, d.corpus);
  if (!onPage || !inCorpus) return;
  // A fact read with its resolution ("last year (2024)") is in the clause as written.
  const facts = { ...c.facts, novel: c.facts.novel.filter((n) => !onPage.clause.includes(n.replace(/\s*\(.*\)$/, ''))) };
  const judgement = judge(termOverlap(onPage.claim, inCorpus.claim, idf), facts);
  if (judgement.verdict === 'none') return;
  c.facts = facts;
  c.judgement = judgement;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
