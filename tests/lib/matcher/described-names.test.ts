import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-described-names',
  outlet: 'Harbour Post',
  title: 'A ferry line changes hands',
  source: 'Harbour Post',
  text: 'Harbour Lines will use the existing terminals of Swedish operator Nordlys in Gdansk and take a minority stake in its business there, it said in March.',
});

describe('a name changed with the name that describes it', () => {
  it('"Danish operator Vestlys" against "Swedish operator Nordlys" is one changed name', () => {
    const v = one('Harbour Lines will use the existing terminals of Danish operator Vestlys in Gdansk and take a minority stake in its business there, it said in March.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Danish operator Vestlys', corpus: 'Swedish operator Nordlys' }]);
  });
});
