import type { Corpus } from '@/lib/corpus/types';
import { compareFacts, type FactComparison } from './compare';
import { analyzeSentence, contentTerms, type SentenceFeatures } from './features';
import { SentenceIndex } from './retrieval';
import { termOverlap, type Overlap } from './similarity';
import type { Evidence, Matcher, SentenceVerdict } from './types';
import { judge, type Judgement } from './verdict';
import { Vocabulary } from './vocabulary';

/** Candidates taken from the index for each page sentence. */
const CANDIDATES = 8;
/** Corpus sentences whose analysis is kept between calls. */
const FEATURE_CACHE = 20_000;

interface CorpusSentence {
  article: number;
  text: string;
}

interface State {
  sentences: CorpusSentence[];
  index: SentenceIndex;
  vocabulary: Vocabulary;
  features: Map<number, SentenceFeatures>;
}

export interface Candidate {
  id: number;
  features: SentenceFeatures;
  overlap: Overlap;
  facts: FactComparison;
  judgement: Judgement;
}

/** Sentences on each side of a candidate whose names count as its context. */
const CONTEXT_WINDOW = 2;

/**
 * Builds a matcher over a corpus. The index is built on the first call to match(), so creating a
 * matcher is free; corpus sentences are fully analysed only when they come up as candidates.
 */
export function createMatcher(corpus: Corpus): Matcher & { explain(sentence: string, page?: readonly string[]): Candidate[] } {
  let state: State | null = null;

  function build(): State {
    const sentences: CorpusSentence[] = [];
    const vocabulary = new Vocabulary();
    corpus.articles.forEach((a, article) => {
      for (const text of a.sentences) sentences.push({ article, text });
      vocabulary.add(a.text);
    });
    const index = new SentenceIndex(sentences.map((s) => contentTerms(s.text)));
    return { sentences, index, vocabulary, features: new Map() };
  }

  function featuresOf(s: State, id: number): SentenceFeatures {
    let f = s.features.get(id);
    if (!f) {
      if (s.features.size >= FEATURE_CACHE) s.features.clear();
      f = analyzeSentence(s.sentences[id]!.text, { isNameWord: (w) => s.vocabulary.isNameWord(w) });
      s.features.set(id, f);
    }
    return f;
  }

  /** Terms of the sentences around a corpus sentence, in its article. */
  function contextOf(s: State, id: number): Set<string> {
    const article = s.sentences[id]!.article;
    const terms = new Set<string>();
    for (let j = Math.max(0, id - CONTEXT_WINDOW); j <= Math.min(s.sentences.length - 1, id + CONTEXT_WINDOW); j++) {
      if (s.sentences[j]!.article === article) for (const t of contentTerms(s.sentences[j]!.text)) terms.add(t);
    }
    return terms;
  }

  function candidates(s: State, page: SentenceFeatures): Candidate[] {
    const idf = (t: string) => s.index.idf(t);
    return s.index.search(page.terms, CANDIDATES).map(({ id }) => {
      const features = featuresOf(s, id);
      const overlap = termOverlap(page, features, idf);
      const facts = compareFacts(page, features, contextOf(s, id));
      return { id, features, overlap, facts, judgement: judge(overlap, facts) };
    }).sort((a, b) => b.judgement.score - a.judgement.score || a.id - b.id);
  }

  function evidence(s: State, c: Candidate, all: Candidate[]): Evidence {
    const a = corpus.articles[s.sentences[c.id]!.article]!;
    const ev: Evidence = { articleId: a.id, outlet: a.outlet, title: a.title, sentence: s.sentences[c.id]!.text };
    // Another article stating the same claim with other facts: the corpus disagrees with itself.
    const disagreements = all
      .filter((o) => o !== c && o.judgement.verdict !== 'none' && o.judgement.verdict !== c.judgement.verdict &&
        s.sentences[o.id]!.article !== s.sentences[c.id]!.article)
      .map((o) => {
        const oa = corpus.articles[s.sentences[o.id]!.article]!;
        return { articleId: oa.id, outlet: oa.outlet, sentence: s.sentences[o.id]!.text };
      });
    if (disagreements.length) ev.disagreements = disagreements;
    return ev;
  }

  function matchOne(s: State, text: string, pageVocabulary: Vocabulary): SentenceVerdict {
    const page = analyzeSentence(text, { isNameWord: (w) => s.vocabulary.isNameWord(w, pageVocabulary) });
    const all = candidates(s, page);
    const best = all.find((c) => c.judgement.verdict !== 'none');
    if (!best) return { text, verdict: 'none', score: round(all[0]?.judgement.score ?? 0), evidence: null, differences: [] };
    return {
      text,
      verdict: best.judgement.verdict,
      score: round(best.judgement.score),
      evidence: evidence(s, best, all),
      differences: best.judgement.verdict === 'divergent' ? best.facts.differences : [],
    };
  }

  return {
    match(sentences: readonly string[]): SentenceVerdict[] {
      state ??= build();
      const s = state;
      // How the page itself writes its words tells names from ordinary words that open a sentence.
      const pageVocabulary = new Vocabulary();
      for (const text of sentences) if (typeof text === 'string') pageVocabulary.add(text);
      return sentences.map((text) => {
        const t = typeof text === 'string' ? text : String(text);
        try {
          return matchOne(s, t, pageVocabulary);
        } catch {
          return { text: t, verdict: 'none', score: 0, evidence: null, differences: [] };
        }
      });
    },
    /** The scored candidates for one sentence (for diagnostics), read in the context of its page. */
    explain(sentence: string, pageSentences: readonly string[] = [sentence]): Candidate[] {
      state ??= build();
      const s = state;
      const pageVocabulary = new Vocabulary();
      for (const text of pageSentences) pageVocabulary.add(text);
      return candidates(s, analyzeSentence(sentence, { isNameWord: (w) => s.vocabulary.isNameWord(w, pageVocabulary) }));
    },
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
