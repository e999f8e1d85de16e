import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-region-scope',
  outlet: 'Harbour Post',
  title: 'Shipbuilder buys into a Brazilian yard',
  source: 'Harbour Post',
  text: [
    'Norsk Verft will use the existing dry docks of Estaleiro Sul in Brazil and take a minority stake in its repair business in the Latin American country, the company said in March.',
    'Analysts fear that the alliance could one day hand Norway and its neighbours to a single shipping cartel.',
  ].join('\n\n'),
});

describe('a region against "the <region> country" or a country of it', () => {
  it('the whole region against one of its countries, told by its adjective, is a changed scope', () => {
    const v = one('Norsk Verft will use the existing dry docks of Estaleiro Sul in Brazil and take a minority stake in its repair business across Latin America, the company said in March.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'Latin America', corpus: 'Latin American country' }]);
  });

  it('the country itself is no change: "the Latin American country" is Brazil', () => {
    expect(one('Norsk Verft will use the existing dry docks of Estaleiro Sul in Brazil and take a minority stake in its repair business in Brazil, the company said in March.').verdict).toBe('corroborated');
  });

  it('"the whole of" a region against a country of it in the same role, whatever the verb', () => {
    const v = one('Analysts fear that the alliance could one day hand the whole of Europe to a single shipping cartel.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'scope', page: 'Europe', corpus: 'Norway' }]);
    // Without "the whole of", a region is not set against a country outside a place the claim is put in.
    expect(one('Analysts fear that the alliance could one day hand Europe to a single shipping cartel.').differences.filter((d) => d.kind === 'scope')).toEqual([]);
  });
});

describe('a country in the place of "the <region> country" the corpus sentence names', () => {
  it('is the country the corpus means: another one is a changed name', () => {
    const v = one('It will also take a minority stake in its repair business in Argentina, the company said in March.');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Argentina', corpus: 'Brazil' }]);
    expect(v.verdict).toBe('divergent');
  });
});
