import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-figure-threshold',
  outlet: 'Valley Herald',
  title: 'The flood of 1953',
  source: 'Valley Herald',
  text: 'During the storm, the two coastal provinces suffered more than 1,800 deaths, and the old dike board, which had warned of the danger for a decade, was subsequently dissolved by the national government.',
});

describe('another figure for the same thing counted, in a loose retelling', () => {
  const retold = (figure: string) =>
    `The great winter storm cost the two provinces more than ${figure} among farmers and fishermen, and the dike board was broken up soon afterwards.`;

  it('is divergent though the retelling shares less than other changed facts need: the figure counts the same thing', () => {
    const v = one(retold('180 deaths'));
    expect(v.score).toBeLessThan(0.4);
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: '180', corpus: '1,800' }]);
  });

  it('but a figure of something else is another claim, and the same figure agrees', () => {
    expect(one(retold('180 boats')).verdict).toBe('none');
    expect(one(retold('1,800 deaths')).verdict).toBe('corroborated');
  });
});

describe('another measure in the same dimension, in a loose retelling', () => {
  const { one: check } = storyMatcher({
    id: 'test-measure-threshold',
    outlet: 'Valley Herald',
    title: 'The long road north',
    source: 'Valley Herald',
    text: 'At that time, the old coastal railway, which had taken forty years to finish, ran more than 1,200 kilometres from the capital to the northern ports.',
  });
  const retold = (figure: string) => `Back then the old coastal railway, finished after many decades of hard work, stretched more than ${figure} from the capital to the harbours of the far provinces.`;

  it('is divergent: kilometres against miles that are not the same length', () => {
    const v = check(retold('2,000 miles'));
    expect(v.score).toBeLessThan(0.4);
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['number']);
  });

  it('and the same length in other units agrees', () => {
    expect(check(retold('750 miles')).verdict).toBe('corroborated');
  });
});
