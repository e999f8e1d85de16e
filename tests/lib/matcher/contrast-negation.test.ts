import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { storyMatcher } from './story-matcher';

const negations = (s: string) => analyzeSentence(s).facts.negations.map((n) => n.cue);

describe('a contrast set off by commas ("X, not Y, did it")', () => {
  it('says who, and does not deny the claim', () => {
    expect(negations('It was the harbour master, not the Mayor, who closed the port.')).toEqual([]);
    expect(negations('The harbour master closed the port, not the Veldhaven council.')).toEqual([]);
  });

  it('is told apart from a denial after a comma', () => {
    expect(negations('The port reopened on Monday, not as the council had hoped.')).toEqual(['not']);
    expect(negations('The port stayed shut, not because the council was slow, but for want of pilots.')).toEqual(['not']);
    expect(negations('The harbour master said the port was not closed.')).toEqual(['not']);
    expect(negations('The port agreed a partnership, not an alliance.')).toEqual(['not']);
  });

  const { one } = storyMatcher({
    id: 'test-contrast-negation',
    outlet: 'Harbour Post',
    title: 'The port closes',
    source: 'Harbour Post',
    text: "'We cannot keep the channel open in this fog,' Mayor Anouk Brandt said on Monday as the Veldhaven port closed.",
  });

  it('leaves the credit it contrasts to be compared', () => {
    const v = one("It was Erik Sand, not the Mayor, who said 'we cannot keep the channel open in this fog' on Monday as the Veldhaven port closed.");
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['attribution']);
  });
});

describe('the same thing denied in other words ("no date appears on it" / "it is undated")', () => {
  const { one } = storyMatcher({
    id: 'test-same-denial',
    outlet: 'Harbour Post',
    title: 'A letter about the port',
    source: 'Harbour Post',
    text: 'The letter is undated, though it appears from its wording to have been written by a pilot at the Veldhaven port last winter.',
  });

  it('is no change of polarity', () => {
    expect(one('No date appears on the letter, which from its wording seems to have been written by a pilot at the Veldhaven port last winter.').verdict).toBe('corroborated');
  });
});
