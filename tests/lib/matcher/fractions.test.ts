import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';
import { analyzeSentence } from '@/lib/matcher/features';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-fractions',
  outlet: 'Moorland News',
  title: 'Dairy output falls',
  source: 'Moorland News',
  text: [
    'Milk output at the Hollins dairy cooperative fell by a third last winter after the feed shortage.',
    'Half of the cooperative members now sell cheese at the Saturday market in Skipton.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);
const shares = (s: string) => analyzeSentence(s).facts.quantities.map((q) => [q.text, Math.round(q.value)]);

describe('fractions as shares ("half of", "by a third")', () => {
  it('reads a fraction of something as a share in percent, and leaves parts of numbers and of time alone', () => {
    expect(shares('Output fell by a third.')).toEqual([['a third', 33]]);
    expect(shares('Two-thirds of the members voted.')).toEqual([['Two-thirds', 67]]);
    expect(shares('Half of the plants closed.')).toEqual([['Half', 50]]);
    expect(shares('Sales rose in the first half of the year.')).toEqual([]);
    expect(shares('He waited two and a half hours.')).toEqual([['two and a half hours', 3]]);
    expect(shares('She played half the match.')).toEqual([]);
  });

  it('makes another share divergent on number, and the same share in figures corroborated', () => {
    const v = one('Milk output at the Hollins dairy cooperative fell by half last winter after the feed shortage.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: 'half', corpus: 'a third' }]);
    expect(one('Fifty percent of the cooperative members now sell cheese at the Saturday market in Skipton.').verdict).toBe('corroborated');
    expect(one('Half of the town council voted against the new car park.').verdict).toBe('none');
  });
});

describe('fractions with a word of approximation', () => {
  const rounded = storyMatcher({
    id: 'test-fractions-rounded',
    outlet: 'Moorland News',
    title: 'Wool prices',
    source: 'Moorland News',
    text: 'Wool prices at the Skipton auction have fallen by about 30 percent since the spring.',
  });

  it('"by about a quarter" is read as a share', () => {
    expect(shares('Prices have fallen by about a quarter since the spring.')).toEqual([['a quarter', 25]]);
  });

  it('"nearly a third" agrees with "about 30 percent", "about a quarter" does not', () => {
    expect(rounded.one('Wool prices at the Skipton auction have fallen by nearly a third since the spring.').verdict).toBe('corroborated');
    const v = rounded.one('Wool prices at the Skipton auction have fallen by about a quarter since the spring.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: 'a quarter', corpus: '30 percent' }]);
  });
});

describe('fractions of any number of parts ("three-tenths", "two-fifths")', () => {
  it('reads them as shares in percent', () => {
    expect(shares('Exports have fallen by roughly three-tenths since spring.')).toEqual([['three-tenths', 30]]);
    expect(shares('Two-fifths of the members sell cheese.')).toEqual([['Two-fifths', 40]]);
    expect(shares('Three quarters of the members sell cheese.')).toEqual([['Three quarters', 75]]);
  });

  it('matches the same share written as a figure', () => {
    expect(one('Milk output at the Hollins dairy cooperative fell by about 33 percent last winter after the feed shortage.').verdict).toBe('corroborated');
    const v = one('Milk output at the Hollins dairy cooperative fell by three-tenths last winter after the feed shortage.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: 'three-tenths', corpus: 'a third' }]);
  });
});
