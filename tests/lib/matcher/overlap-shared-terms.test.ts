import { describe, expect, it } from 'vitest';
import { completeFeatures, lightFeatures, type LightFeatures } from '@/lib/matcher/features';
import { MAX_TERM_IDS, termOverlap } from '@/lib/matcher/similarity';

const idf = (t: string) => 1 + t.length / 10;
const PAGE = 'Finance Minister Rachel Reeves told the Treasury committee that spending would rise.';
const CORPUS = 'The Treasury committee heard from Rachel Reeves that spending would rise next year.';

/** A copy with arrays and sets of its own: nothing shared with what was analysed before. */
const fresh = (f: LightFeatures): LightFeatures => ({ text: f.text, terms: [...f.terms], entityTerms: new Set(f.entityTerms), quoteTerms: [...f.quoteTerms] });

describe('term overlap of a sentence analysed light and in full (the two share their terms)', () => {
  it('weighs names only in the full analysis, whichever is compared first', () => {
    const page = lightFeatures(PAGE);
    const corpus = lightFeatures(CORPUS);
    const fullPage = completeFeatures(page);
    const fullCorpus = completeFeatures(corpus);
    expect(fullPage.terms).toBe(page.terms);
    expect(fullPage.entityTerms.size).toBeGreaterThan(0);

    const full = termOverlap(fullPage, fullCorpus, idf);
    const light = termOverlap(page, corpus, idf);
    const fullAgain = termOverlap(fullPage, fullCorpus, idf);

    expect(light).toEqual(termOverlap(fresh(page), fresh(corpus), idf));
    expect(full).toEqual(termOverlap(fresh(fullPage), fresh(fullCorpus), idf));
    expect(fullAgain).toEqual(full);
    // Names are boosted in the full analysis: the weights differ.
    expect(full.matchedWeight).not.toBe(light.matchedWeight);
  });

  it('takes another IDF function into account', () => {
    const page = lightFeatures(PAGE);
    const corpus = lightFeatures(CORPUS);
    const a = termOverlap(page, corpus, idf);
    const flat = () => 1;
    const b = termOverlap(page, corpus, flat);
    expect(b).toEqual(termOverlap(fresh(page), fresh(corpus), flat));
    expect(b.matchedWeight).not.toBe(a.matchedWeight);
  });
});

describe('term overlap after the table of term ids starts afresh', () => {
  it('reads the same figures for sentences prepared before and after, prefixes and all', () => {
    // Shared terms, terms matched by their leading characters only (spokesman / spokesperson), and terms of one side.
    const page: LightFeatures = { text: 'page', terms: ['treasury', 'spokesman', 'reeves', 'tuesday'], entityTerms: new Set(['reeves']), quoteTerms: [] };
    const corpus: LightFeatures = { text: 'corpus', terms: ['treasury', 'spokesperson', 'reeves', 'budget', 'rise'], entityTerms: new Set(), quoteTerms: [] };
    const before = termOverlap(page, corpus, idf);
    expect(before.matchedTerms).toBe(3);
    expect(before.unmatched).toEqual(['tuesday']);
    // More distinct terms than the table holds, compared in batches of 500.
    const batch = 500;
    for (let from = 0; from <= MAX_TERM_IDS; from += 2 * batch) {
      const a: LightFeatures = { text: `a${from}`, terms: Array.from({ length: batch }, (_, i) => `t${from + i}`), entityTerms: new Set(), quoteTerms: [] };
      const b: LightFeatures = { text: `b${from}`, terms: Array.from({ length: batch }, (_, i) => `t${from + batch + i}`), entityTerms: new Set(), quoteTerms: [] };
      termOverlap(a, b, idf);
    }
    // The sentences prepared before are prepared again, and agree with sentences never seen.
    expect(termOverlap(page, corpus, idf)).toEqual(before);
    expect(termOverlap(fresh(page), corpus, idf)).toEqual(before);
    expect(termOverlap(page, fresh(corpus), idf)).toEqual(before);
  });
});
