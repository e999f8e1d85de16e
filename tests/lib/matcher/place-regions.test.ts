import { describe, expect, it } from 'vitest';
import type { FactComparison } from '@/lib/matcher/compare';
import { comparePlaces } from '@/lib/matcher/compare-places';
import { analyzeSentence } from '@/lib/matcher/features';

function places(page: string, corpus: string): FactComparison['differences'] {
  const out: FactComparison = { differences: [], agreements: 0, novel: [] };
  comparePlaces(analyzeSentence(page), analyzeSentence(corpus), out);
  return out.differences;
}

describe('regions named by their adjective, blocs, and more ways to place a claim', () => {
  it('reads "Central Asian republics" as the region, against one of its countries', () => {
    expect(places('The bank opened branches in all five Central Asian republics last year.', 'The bank opened branches in Kazakhstan last year.')).toEqual([
      { kind: 'scope', page: 'Central Asian republics', corpus: 'Kazakhstan' },
    ]);
  });

  it('reads a bloc as its members: the EU against one member, ASEAN against one member', () => {
    expect(places('The ministry signed a trade pact with partners in the European Union.', 'The ministry signed a trade pact with partners in France.')).toEqual([
      { kind: 'scope', page: 'European Union', corpus: 'France' },
    ]);
    expect(places('He wants more trade between Hong Kong and Vietnam.', 'He wants more trade between Hong Kong and Asean.')).toEqual([
      { kind: 'scope', page: 'Vietnam', corpus: 'Asean' },
    ]);
  });

  it('reads "in the countries of" a list of regions against "worldwide"', () => {
    expect(places('The firm sells its tractors worldwide.', 'The firm sells its tractors in the countries of Africa and Latin America.')).toEqual([
      { kind: 'scope', page: 'worldwide', corpus: 'Africa, Latin America' },
    ]);
  });

  it('finds nothing when both sides name the same region, or a country outside it', () => {
    expect(places('The bank opened branches in Central Asian countries.', 'The bank opened branches in Central Asian republics.')).toEqual([]);
    expect(places('The bank opened branches in all five Central Asian republics.', 'The bank opened branches in Brazil.')).toEqual([]);
  });
});

describe('countries of Oceania and North America', () => {
  it('are known places, and a region of theirs names them', () => {
    const out: FactComparison = { differences: [], agreements: 0, novel: [] };
    comparePlaces(analyzeSentence('The navy sent a frigate to the drill in Oceania.'), analyzeSentence('The navy sent a frigate to the drill in New Zealand.'), out);
    expect(out.differences).toEqual([{ kind: 'scope', page: 'Oceania', corpus: 'New Zealand' }]);
  });
});

describe('a region on the page', () => {
  it('is not one country in the slot of another that the page names elsewhere', async () => {
    const { compareNames } = await import('@/lib/matcher/compare-names');
    const out: FactComparison = { differences: [], agreements: 0, novel: [] };
    const page = analyzeSentence("Further west, the FSB says, Beijing has devised a 'new strategy' to spread Chinese soft power in Central Asia, and it began rolling that strategy out in Kazakhstan.");
    const corpus = analyzeSentence('China began rolling out that strategy in Uzbekistan, according to the document.');
    compareNames(page, corpus, () => new Set(), new Set(), out, { page: () => [], corpus: () => [] });
    expect(out.differences).toEqual([{ kind: 'name', page: 'Kazakhstan', corpus: 'Uzbekistan' }]);
  });
});
