import type { Corpus, SerializedTerms } from '@/lib/corpus/types';
import { contentTerms } from './features';

/** Sentences re-read on load to check that the stored terms still match how the matcher reads text. */
const SAMPLES = 8;

/**
 * The expensive part of the matcher's index, worked out at corpus-build time: the canonical terms
 * of every corpus sentence (tokenising, stemming, folding synonyms), as ids into a sorted table of
 * terms, one string of space-separated base-36 ids per sentence. Deterministic for a given corpus.
 */
export function serializeTerms(corpus: Corpus): SerializedTerms {
  const docs = corpus.articles.flatMap((a) => a.sentences.map((s) => contentTerms(s)));
  const terms = [...new Set(docs.flat())].sort();
  const idOf = new Map(terms.map((t, i) => [t, i.toString(36)]));
  return { version: 1, terms: terms.join(' '), docs: docs.map((d) => d.map((t) => idOf.get(t)!).join(' ')) };
}

/**
 * The terms of every corpus sentence from a serialised index, or null when there is none or it
 * does not fit: malformed, built for other sentences, or made by an older reading of text (a few
 * sentences are read again and must give the stored terms). The matcher then reads the corpus itself.
 */
export function readTerms(corpus: Corpus, index: SerializedTerms | undefined): string[][] | null {
  if (!index || index.version !== 1 || typeof index.terms !== 'string' || !Array.isArray(index.docs)) return null;
  const sentences = corpus.articles.flatMap((a) => a.sentences);
  if (index.docs.length !== sentences.length) return null;
  const table = index.terms.split(' ');
  const byId = new Map<string, string>();
  const docs: string[][] = [];
  for (const doc of index.docs) {
    if (typeof doc !== 'string') return null;
    const terms = doc ? doc.split(' ') : [];
    for (let k = 0; k < terms.length; k++) {
      const id = terms[k]!;
      let term = byId.get(id);
      if (term === undefined) {
        term = table[Number.parseInt(id, 36)];
        if (typeof term !== 'string') return null;
        byId.set(id, term);
      }
      terms[k] = term;
    }
    docs.push(terms);
  }
  const step = Math.max(1, Math.floor(sentences.length / SAMPLES));
  for (let i = 0; i < sentences.length; i += step) {
    const fresh = contentTerms(sentences[i]!);
    const stored = docs[i]!;
    if (fresh.length !== stored.length || fresh.some((t, k) => t !== stored[k])) return null;
  }
  return docs;
}
