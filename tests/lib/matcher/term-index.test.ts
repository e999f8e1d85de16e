import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build';
import { readSourceFiles } from '@/lib/corpus/files';
import { loadBundledCorpus } from '@/lib/corpus/load';
import type { Corpus } from '@/lib/corpus/types';
import { contentTerms } from '@/lib/matcher/features';
import { createMatcher } from '@/lib/matcher/matcher';
import { readTerms, serializeTerms } from '@/lib/matcher/term-index';

const corpus = buildCorpus(readSourceFiles(new URL('../../fixtures/matcher/general/', import.meta.url).pathname));
const fresh = corpus.articles.flatMap((a) => a.sentences.map((s) => contentTerms(s)));

describe('terms stored with the corpus', () => {
  it('read back as the terms of every sentence, in order', () => {
    const index = serializeTerms(corpus);
    expect(index.docs).toHaveLength(fresh.length);
    expect(readTerms(corpus, index)).toEqual(fresh);
    expect(serializeTerms(corpus)).toEqual(index);
  });

  it('are ignored when missing, malformed, made for other sentences or by another reading of text', () => {
    const index = serializeTerms(corpus);
    expect(readTerms(corpus, undefined)).toBeNull();
    expect(readTerms(corpus, { ...index, docs: index.docs.slice(1) })).toBeNull();
    expect(readTerms(corpus, { ...index, docs: index.docs.map(() => 'zzzz') })).toBeNull();
    expect(readTerms(corpus, { ...index, version: 2 } as unknown as typeof index)).toBeNull();
    // Every term renamed, as an older stemmer or lexicon would have written them.
    const stale = { ...index, terms: index.terms.split(' ').map((t) => `${t}x`).join(' ') };
    expect(readTerms(corpus, stale)).toBeNull();
  });

  it('give the matcher the same verdicts as reading the corpus afresh', () => {
    const bundled = loadBundledCorpus();
    expect(readTerms(bundled, bundled.index)).not.toBeNull();
    const plain: Corpus = { version: 1, articles: bundled.articles };
    const page = [
      'A week before Russian troops invaded Ukraine in 2022, the FSB approved a counterintelligence programme.',
      "Geely's chairman said the global car industry faced serious overcapacity.",
      'The council met on Monday to discuss the budget.',
    ];
    expect(createMatcher(bundled).match(page)).toEqual(createMatcher(plain).match(page));
  });
});
