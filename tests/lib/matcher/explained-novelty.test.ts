import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const story = {
  id: 'test-novelty',
  outlet: 'Valley Herald',
  title: 'Water board widens its reservoir programme',
  source: 'Valley Herald',
  text: [
    'Over three days, the inspectors visited pumping stations in Harlow, Epping, Ongar and Loughton, focusing on leaks, meters and flood defences.',
    'In 2021 the water board announced it would raise spending on reservoir repairs to about 4 per cent of its annual budget.',
  ].join('\n\n'),
};
const { one } = storyMatcher(story);

describe('a page list that names one place more than the corpus counts', () => {
  it('is divergent on the count: the extra name is the changed count, not another claim', () => {
    const v = one('The inspectors toured five pumping stations, in Harlow, Epping, Ongar, Loughton and Waltham, concentrating on leaks, meters and flood defences.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['count']);
  });

  it('stays corroborated when the list and the count agree', () => {
    expect(one('The inspectors toured four pumping stations, in Harlow, Epping, Ongar and Loughton, concentrating on leaks, meters and flood defences.').verdict).toBe(
      'corroborated',
    );
  });

  it('is not divergent when the page adds a place without any count', () => {
    expect(one('The inspectors also visited a pumping station in Waltham on a separate trip.').verdict).not.toBe('divergent');
  });
});

describe('a date told relatively on the page, where the corpus dates the claim', () => {
  it('does not hide a changed figure', () => {
    const v = one('Four years ago the water board announced it would raise spending on reservoir repairs to about 6 per cent of its annual budget.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'number', page: '6 per cent', corpus: '4 per cent' }]);
  });

  it('leaves the same figure corroborated', () => {
    expect(one('Four years ago the water board announced it would raise spending on reservoir repairs to about 4 per cent of its annual budget.').verdict).toBe('corroborated');
  });

  it('still counts a length of time that is not a date as a fact the corpus lacks', () => {
    expect(one('For four years the water board has spent about 6 per cent of its annual budget on reservoir repairs.').verdict).not.toBe('corroborated');
  });
});

describe('a number that is part of a name the corpus gives just before', () => {
  const { matcher } = storyMatcher({
    id: 'test-numbered-name',
    outlet: 'Valley Herald',
    title: 'A new pumping unit for the valley',
    source: 'Valley Herald',
    text: 'The pumps of the water board\'s 4th Station sit in a green shed beside the river. Built in 2022, the small station and its mobile pumps serve a hillside estate that floods every winter.',
  });

  it('is no new fact: the page names what the corpus names', () => {
    const [v] = matcher.match(['The water board built the 4th Station in 2022, and its mobile pumps now serve a hillside estate that floods every winter.']);
    expect(v!.verdict).toBe('corroborated');
  });

  it('so a changed date beside it is read', () => {
    const [v] = matcher.match(['The water board built the 4th Station in 2019, and its mobile pumps now serve a hillside estate that floods every winter.']);
    expect(v!.verdict).toBe('divergent');
    expect(v!.differences).toEqual([{ kind: 'date', page: '2019', corpus: '2022' }]);
  });

  it('another number in the name is never confirmed: the sentence that names the station says otherwise', () => {
    const [v] = matcher.match(['The water board built the 9th Station in 2022, and its mobile pumps now serve a hillside estate that floods every winter.']);
    expect(v!.verdict).toBe('divergent');
    expect(v!.differences).toEqual([{ kind: 'number', page: '9th', corpus: '4th' }]);
  });
});
