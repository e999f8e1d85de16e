import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-places',
  outlet: 'Rail Gazette',
  title: 'Night trains return',
  source: 'Rail Gazette',
  text: [
    'The sleeper service between the two capitals was first tested in France before the operator Nordline expanded it across the continent.',
    'Nordline said the new carriages would be assembled at a plant in Germany owned by the engineering group Halvard.',
    'Ticket sales for the winter timetable opened in the first week of October.',
    'Nordline first tried out its sleeper booking app in Kazakhstan before offering it to other operators.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('another country in the same place of the same claim', () => {
  it('comes out divergent on the name', () => {
    const v = one('The sleeper service between the two capitals was first tested in Italy before the operator Nordline expanded it across the continent.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Italy', corpus: 'France' }]);
    expect(v.evidence?.articleId).toBe('test-places');
  });

  it('is another claim when the page adds the country to the first ("also")', () => {
    expect(one('Nordline said new carriages would also be assembled at a plant in Italy owned by the engineering group Halvard.').verdict).not.toBe('divergent');
  });

  it('keeps the same country in a reworded sentence corroborated', () => {
    expect(one('The sleeper service between the two capitals was first tested in France, before Nordline expanded it across the continent.').verdict).toBe('corroborated');
  });

  it('leaves a sentence about another topic in another country alone', () => {
    expect(one('The first week of October saw heavy rain in Italy.').verdict).toBe('none');
  });
});

describe('another country as the actor of the same claim', () => {
  it('comes out divergent on the name when the page names the corpus\'s country elsewhere', () => {
    const v = one('Nordline said the new carriages would be assembled at a plant in Germany owned by the Italian engineering group Halvard.');
    expect(v.verdict).not.toBe('corroborated');
    const w = one('In 2023, Japan published an official map that included historical Chinese names for cities and areas within Russia.');
    expect(w.verdict).toBe('divergent');
    expect(w.differences).toEqual([{ kind: 'name', page: 'Japan', corpus: 'China' }]);
  });

  it('comes out divergent on the name for a country adjective with a compass word', () => {
    const v = one('In March 2022, immediately after the outbreak of the war in Ukraine, North Korean hackers were caught sending mass emails containing malicious code to scientists at research institutes under Rostec.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'North Korean', corpus: 'Chinese' }]);
  });

  it('keeps the same actor, named by its adjective elsewhere, corroborated', () => {
    expect(one('In 2023, China published an official map that included historical Chinese names for cities and areas within Russia.').verdict).toBe('corroborated');
  });
});

describe('another country where the same thing happened', () => {
  it('comes out divergent on the name, even where the words around the countries differ', () => {
    const v = one('Nordline piloted its sleeper booking app in Uzbekistan first, before offering it to other operators.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'name', page: 'Uzbekistan', corpus: 'Kazakhstan' }]);
  });

  it('is another claim when the page adds the country ("also")', () => {
    expect(one('Nordline also piloted its sleeper booking app in Uzbekistan before offering it to other operators.').verdict).not.toBe('divergent');
  });
});

const link = storyMatcher({
  id: 'test-places-absent',
  outlet: 'Harbour Post',
  title: 'A faster crossing',
  source: 'Harbour Post',
  text: ['The new ferry link slashes crossing time between Poland and Sweden.', 'Tickets go on sale in March.'].join('\n\n'),
});

describe('a corpus sentence whose places the page never names', () => {
  it('does not confirm a sentence that shares only a few common words with it', () => {
    expect(link.one('A new bus slashes travel time between the island and the mainland, though only in summer.').verdict).toBe('none');
  });

  it('confirms the same claim with its places', () => {
    expect(link.one('The new ferry link cuts crossing time between Poland and Sweden.').verdict).toBe('corroborated');
  });
});
