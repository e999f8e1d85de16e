import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-country-swap',
  outlet: 'Harbour Post',
  title: 'A shipyard deal ends',
  source: 'Harbour Post',
  text: [
    'In 2011, the Indian government, angered by the late deliveries, announced the end of the frigate building agreement.',
    'Hull sections arrived from Vietnam, the biggest supplier of marine steel to the yard in those years.',
    'We want to show the United States that our yard is a reliable and essential partner, the minister said.',
  ].join('\n\n'),
});

describe('one country put in the place of another', () => {
  it('by its capital, against the corpus country named by its people, is a changed name', () => {
    const v = one('In 2011, angered by the late deliveries, Berlin ended the frigate building agreement.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toContainEqual({ kind: 'name', page: 'Berlin', corpus: 'Indian' });
  });

  it('the same country by another of its names is the same claim', () => {
    expect(one('In 2011, angered by the late deliveries, Delhi ended the frigate building agreement.').verdict).toBe('corroborated');
  });

  it('a country the page adds as a second one ("also") is not a swap', () => {
    expect(one('In 2011, angered by the late deliveries, Italy also ended the frigate building agreement.').verdict).not.toBe('divergent');
  });

  it('a country that only describes a person or thing ("the French minister") is not put in place of one', () => {
    const v = one('Hull sections arrived from Vietnam, the biggest supplier of marine steel to the French yard in those years.');
    expect(v.differences.filter((d) => d.kind === 'name')).toEqual([]);
  });

  it('against a speaker\'s "we", the page may name the speaker\'s country', () => {
    const v = one('India wants to show the United States that its yard is a reliable and essential partner, the minister said.');
    expect(v.differences.filter((d) => d.kind === 'name')).toEqual([]);
  });
});
