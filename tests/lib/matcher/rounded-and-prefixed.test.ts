import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-rounded-and-prefixed',
  outlet: 'Harbour Post',
  title: 'Inspections and a fallback',
  source: 'Harbour Post',
  text: [
    'If the mainland ferry proves unreliable, the island has a fallback: two old landing craft kept in the north harbour.',
    'The board sent the engine report to six marine inspectors, and all of them judged it sound.',
  ].join('\n\n'),
});

describe('words of the same meaning, written otherwise', () => {
  it('"not reliable" is "unreliable", and "reliable" its opposite', () => {
    expect(one('The island keeps two old landing craft in the north harbour as a fallback if the mainland ferry is not reliable.').verdict).toBe('corroborated');
    const v = one('The island keeps two old landing craft in the north harbour as a fallback if the mainland ferry is reliable.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('"half a dozen" is six', () => {
    expect(analyzeSentence('It went to about half a dozen inspectors.').facts.quantities.map((q) => [q.text, q.value, q.approx])).toEqual([['half a dozen', 6, true]]);
    expect(one('The board showed the report to about half a dozen marine inspectors.').verdict).toBe('corroborated');
  });
});
