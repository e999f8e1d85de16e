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

describe('words that add no fact', () => {
  const told = storyMatcher({
    id: 'test-told-audience',
    outlet: 'Harbour Post',
    title: 'The harbour master speaks',
    source: 'Harbour Post',
    text: [
      "'We want to show the board that the north harbour is safe and well run,' said Ola Dahl, who served as harbour master for 25 years.",
      'Officials hope that, through new tugs, the port can win back the ferry lines and avoid what the mayor has called a slow decline.',
    ].join('\n\n'),
  });

  it('"a quarter of a century" is a length of time, not a share', () => {
    expect(analyzeSentence('He spent a quarter of a century at sea.').facts.quantities.filter((q) => q.unit === 'percent')).toEqual([]);
  });

  it('the outlet someone told ("told the Harbour Times") is no new fact', () => {
    expect(told.one('Ola Dahl told the Harbour Times that he wants to show the board that the north harbour is safe and well run.').verdict).toBe('corroborated');
  });

  it('"avoiding" denies as "avoid" does', () => {
    expect(analyzeSentence('The port could win back the ferry lines, avoiding a slow decline.').facts.negations.map((c) => c.cue)).toEqual(['avoiding']);
    expect(told.one('Officials think new tugs could win back the ferry lines for the port, avoiding what the mayor has called a slow decline.').verdict).toBe('corroborated');
  });
});
