import type { Corpus, CorpusArticle } from '@/lib/corpus/types';
import { aliasesIn, learnAliases } from './aliases';
import { completeFeatures, contentTerms, lightFeatures, nameTerms, type LightFeatures, type SentenceFeatures } from './features';
import { SentenceIndex, type Hit } from './retrieval';
import { continuesQuotation, PERSON_PRONOUN_RE } from './speakers';
import { readTerms } from './term-index';
import { Vocabulary } from './vocabulary';

/** Candidates taken from the index for each page sentence. */
const CANDIDATES = 8;
/** Candidates scoring below this share of the best retrieval score are skipped. */
const RETRIEVAL_FLOOR = 0.4;
/** Corpus sentences whose analysis is kept between calls. */
const FEATURE_CACHE = 20_000;
/** Sentences on each side of a candidate whose names count as its context. */
const CONTEXT_WINDOW = 2;
/** Sentences before a corpus sentence where the person its pronoun refers to may be named. */
export const ANTECEDENT_WINDOW = 2;
/** A sentence that speaks of a person by pronoun, or opens with a quotation. */
const refersBack = (text: string) => PERSON_PRONOUN_RE.test(text) || /^["']/.test(text) || continuesQuotation(text);

/** A map that starts afresh when it holds FEATURE_CACHE entries: what is worked out of a corpus sentence, read once. */
function remembered<T>(make: (id: number) => T): (id: number) => T {
  const kept = new Map<number, T>();
  return (id) => {
    let value = kept.get(id);
    if (value === undefined) {
      if (kept.size >= FEATURE_CACHE) kept.clear();
      value = make(id);
      kept.set(id, value);
    }
    return value;
  };
}

/**
 * The corpus as the matcher reads it: every sentence numbered (its article and position), indexed
 * for retrieval (from the terms stored with the corpus when it carries them, see term-index.ts), and
 * what is worked out of a sentence when it first comes up as a candidate, kept between calls.
 */
export class CorpusSentences {
  /** Article of each corpus sentence, and its position in the article. */
  readonly articleOf: Int32Array;
  readonly positionOf: Int32Array;
  readonly index: SentenceIndex;
  /** The index's IDF, one function for the matcher's life (term weights are cached per function). */
  readonly idf: (term: string) => number;
  /** How the corpus writes its words (names, and ordinary words that open a sentence). */
  readonly vocabulary = new Vocabulary();
  /** Names the corpus spells out ("Federal Security Service (FSB)"), each form with the other; read when first needed. */
  private learned: Map<string, string> | null = null;

  constructor(private readonly corpus: Corpus) {
    const total = corpus.articles.reduce((n, a) => n + a.sentences.length, 0);
    this.articleOf = new Int32Array(total);
    this.positionOf = new Int32Array(total);
    // Terms stored with the corpus, when they fit; else read from the text.
    const stored = readTerms(corpus, corpus.index);
    const docs: string[][] = [];
    let id = 0;
    corpus.articles.forEach((a, article) => {
      a.sentences.forEach((text, position) => {
        this.articleOf[id] = article;
        this.positionOf[id] = position;
        docs.push(stored?.[id] ?? contentTerms(text));
        this.vocabulary.add(text);
        id++;
      });
    });
    const index = new SentenceIndex(docs);
    this.index = index;
    this.idf = (t) => index.idf(t);
  }

  /** The article a sentence belongs to. */
  articleOfSentence(id: number): CorpusArticle {
    return this.corpus.articles[this.articleOf[id]!]!;
  }

  text(id: number): string {
    return this.articleOfSentence(id).sentences[this.positionOf[id]!]!;
  }

  /** Corpus sentences that may state the claim of a page sentence with these terms, best first. */
  retrieve(terms: readonly string[]): Hit[] {
    const hits = this.index.search(terms, CANDIDATES);
    // Candidates far behind the best on retrieval score cannot be the same claim: not worth a look.
    const floor = (hits[0]?.score ?? 0) * RETRIEVAL_FLOOR;
    return hits.filter((h) => h.score >= floor);
  }

  /** Terms and quotes of a sentence, without names or facts. */
  readonly light: (id: number) => LightFeatures = remembered((id) => lightFeatures(this.text(id)));

  /** A sentence analysed in full. */
  readonly features: (id: number) => SentenceFeatures = remembered((id) =>
    completeFeatures(this.light(id), { isNameWord: (w) => this.vocabulary.isNameWord(w), isCommonWord: (w) => this.vocabulary.isCommonWord(w) }),
  );

  /** Terms of the sentences around a sentence, in its article, with the other forms of the names they spell out. */
  readonly context: (id: number) => Set<string> = remembered((id) => {
    const article = this.articleOfSentence(id);
    const at = this.positionOf[id]!;
    const aliases = this.aliases();
    const terms = new Set<string>();
    for (let j = Math.max(0, at - CONTEXT_WINDOW); j <= Math.min(article.sentences.length - 1, at + CONTEXT_WINDOW); j++) {
      const text = article.sentences[j]!;
      for (const t of contentTerms(text)) terms.add(t);
      for (const alias of aliasesIn(text, aliases)) for (const t of contentTerms(alias)) terms.add(t);
    }
    return terms;
  });

  /**
   * Names a sentence refers back to: when it speaks of someone by pronoun ("..., he said") or is a
   * bare quotation, the names of the sentences just before it in its article.
   */
  readonly antecedents: (id: number) => Set<string> = remembered((id) => {
    const names = new Set<string>();
    if (refersBack(this.text(id))) for (const text of this.preceding(id)) for (const t of nameTerms(text)) names.add(t);
    return names;
  });

  /** The sentences just before a sentence in its article, where a "he said" finds its speaker. */
  preceding(id: number): readonly string[] {
    const at = this.positionOf[id]!;
    return this.articleOfSentence(id).sentences.slice(Math.max(0, at - ANTECEDENT_WINDOW), at);
  }

  /** Names the corpus spells out, each form with the other. */
  aliases(): Map<string, string> {
    return (this.learned ??= learnAliases(this.corpus.articles.map((a) => a.text)));
  }
}
