import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { compareFacts } from '@/lib/matcher/compare';
import { judge, THRESHOLDS } from '@/lib/matcher/verdict';
import type { Overlap } from '@/lib/matcher/similarity';

const facts = (page: string, corpus: string) => compareFacts(analyzeSentence(page), analyzeSentence(corpus), () => new Set());

/** An overlap whose same-claim score lies between the plain divergent threshold and the one for changed names. */
const between = (): Overlap => {
  const cover = (THRESHOLDS.divergent + THRESHOLDS.divergentName) / 2;
  return {
    coverPage: cover, coverCorpus: cover, unmatched: [], matchedWeight: 1, unmatchedWeight: 1, corpusMatchedWeight: 1,
    corpusUnmatchedWeight: 1, matchedTerms: 6, coverQuote: 0, quoted: false, quoteFound: 1, coverPlain: cover,
  } as Overlap;
};

describe('a place swapped where each sentence calls it a place ("the city of X")', () => {
  it('marks the changed name as a named place when both sides say so', () => {
    const named = facts('The summit was held in the northern city of Tampere, officials said.', 'The summit took place in the coastal city of Turku, according to officials.');
    expect(named.differences).toEqual([{ kind: 'name', page: 'Tampere', corpus: 'Turku' }]);
    expect(named.namedPlaces).toBe(true);
  });

  it('or when one says so and the other says it happened "in" its name', () => {
    const held = facts('The summit was held in Tampere, officials said.', 'The summit took place in the coastal city of Turku, according to officials.');
    expect(held.differences).toEqual([{ kind: 'name', page: 'Tampere', corpus: 'Turku' }]);
    expect(held.namedPlaces).toBe(true);
    const hosted = facts('The summit was hosted by Tampere, officials said.', 'The summit was hosted by the coastal city of Turku, according to officials.');
    expect(hosted.namedPlaces).toBeUndefined();
  });

  it('needs only the plain divergent score, while another changed name needs the higher one', () => {
    const named = facts('The summit was held in the northern city of Tampere, officials said.', 'The summit took place in the coastal city of Turku, according to officials.');
    expect(judge(between(), named).verdict).toBe('divergent');
    const person = facts('The summit was chaired by Mikko Laine, officials said.', 'The summit was chaired by Juha Niemi, according to officials.');
    expect(person.differences.map((d) => d.kind)).toEqual(['name']);
    expect(judge(between(), person).verdict).toBe('none');
  });
});

describe('two countries in the same slot', () => {
  it('are as sure a swap as two places each side calls one', () => {
    const swapped = facts('The army has not fought a war since its border conflict with Norway in 1979.', 'The army has not been in a war since its brief border war with Sweden in 1979.');
    expect(swapped.differences).toEqual([{ kind: 'name', page: 'Norway', corpus: 'Sweden' }]);
    expect(swapped.namedPlaces).toBe(true);
    expect(judge(between(), swapped).verdict).toBe('divergent');
  });
});
