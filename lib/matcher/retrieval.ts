/**
 * Inverted index over corpus sentences with BM25 scoring. Retrieval stays sub-linear in the corpus:
 * terms whose posting lists exceed a fixed cap are skipped (they are too common to single out a
 * claim, and the same-claim score still counts them), so a query touches at most a bounded number
 * of postings whatever the corpus size.
 */

export interface Hit {
  id: number;
  score: number;
}

const K1 = 1.2;
const B = 0.75;
/** Posting lists longer than this are not traversed. */
export const MAX_POSTINGS = 1_500;

export class SentenceIndex {
  readonly size: number;
  private readonly postings = new Map<string, Int32Array>();
  private readonly idfs = new Map<string, number>();
  /** BM25 length normalisation of each sentence, plus one: the denominator of its score, worked out once. */
  private readonly denominators: Float64Array;
  private readonly scratch: Float64Array;
  /** The sentences a search has scored, in the order first scored (no sentence twice). */
  private readonly touched: Int32Array;

  constructor(docs: readonly (readonly string[])[]) {
    this.size = docs.length;
    const lists = new Map<string, number[]>();
    let total = 0;
    docs.forEach((terms, id) => {
      total += terms.length;
      for (const t of terms) {
        let list = lists.get(t);
        if (!list) lists.set(t, (list = []));
        list.push(id);
      }
    });
    for (const [t, list] of lists) this.postings.set(t, Int32Array.from(list));
    const avgLength = docs.length ? total / docs.length : 1;
    // Each norm as a 32-bit float (as it was always stored), then one added in double precision.
    const norms = Float32Array.from(docs, (terms) => K1 * (1 - B + (B * terms.length) / avgLength));
    this.denominators = Float64Array.from(norms, (norm) => 1 + norm);
    this.scratch = new Float64Array(docs.length);
    this.touched = new Int32Array(docs.length);
  }

  df(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** Inverse document frequency, BM25 form; unseen terms get the highest weight. Remembered per term. */
  idf(term: string): number {
    let idf = this.idfs.get(term);
    if (idf === undefined) {
      const n = this.df(term);
      idf = Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
      if (this.idfs.size >= 200_000) this.idfs.clear();
      this.idfs.set(term, idf);
    }
    return idf;
  }

  /**
   * Adds a term's score to the sentences of its posting list (at most MAX_POSTINGS), noting those
   * scored for the first time after the `touched` already noted; returns how many are noted.
   */
  private accumulate(term: string, list: Int32Array, touched: number): number {
    const scores = this.scratch;
    const noted = this.touched;
    const denominators = this.denominators;
    const lift = this.idf(term) * (K1 + 1);
    const n = Math.min(list.length, MAX_POSTINGS);
    for (let i = 0; i < n; i++) {
      const id = list[i]!;
      if (scores[id] === 0) noted[touched++] = id;
      scores[id]! += lift / denominators[id]!;
    }
    return touched;
  }

  /** The k best sentences for a bag of query terms. */
  search(terms: readonly string[], k: number): Hit[] {
    const scores = this.scratch;
    let touched = 0;
    let usable = 0;
    for (const t of terms) {
      const list = this.postings.get(t);
      if (!list || list.length === 0 || list.length > MAX_POSTINGS) continue;
      usable++;
      touched = this.accumulate(t, list, touched);
    }
    // Only very common words: fall back to the rarest few, truncated.
    if (!usable) {
      const rarest = [...terms].filter((t) => this.df(t) > 0).sort((a, b) => this.df(a) - this.df(b)).slice(0, 2);
      for (const t of rarest) touched = this.accumulate(t, this.postings.get(t)!, touched);
    }
    // Top k by selection: the candidate set can be large, k is small.
    const best: Hit[] = [];
    for (let j = 0; j < touched; j++) {
      const id = this.touched[j]!;
      const score = scores[id]!;
      scores[id] = 0;
      if (best.length === k && score <= best[k - 1]!.score) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.id > id))) at--;
      best.splice(at, 0, { id, score });
      if (best.length > k) best.pop();
    }
    return best;
  }
}
