import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-double-negatives',
  outlet: 'Harbour Post',
  title: 'The new channel',
  source: 'Harbour Post',
  text: [
    "'The new channel is not risk-free, but it is worth it,' said Ola Dahl, the harbour master.",
    "'Our patrol boats are a show of strength meant to keep smugglers from coming,' said Lena Berg.",
    'Harbour Lines had decided not to build new terminals or expand its existing quays.',
  ].join('\n\n'),
});

describe('negations that cancel or imply one another', () => {
  it('"not risk-free" denies nothing, "risk-free" denies the risk', () => {
    expect(analyzeSentence("It's not risk-free, but it is worth it.").facts.negations).toEqual([]);
    expect(analyzeSentence('The bond is risk-free.').facts.negations.map((c) => c.cue)).toEqual(['risk-free']);
  });

  it('a real risk against "not risk-free" is the same claim, "risk-free" against it a changed polarity', () => {
    expect(one('Ola Dahl, the harbour master, said the new channel is worth it because the risk, though real, is worth taking.').verdict).not.toBe('divergent');
    const v = one('Ola Dahl, the harbour master, said the new channel is worth it because it is risk-free.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'risk-free', corpus: 'not risk-free' }]);
  });

  it('"so that smugglers do not come" against "keep smugglers from coming" is the same claim', () => {
    expect(one("'Our patrol boats are a show of strength so that smugglers do not come,' said Lena Berg.").verdict).toBe('corroborated');
  });

  it('"would build no new terminals" against "decided not to build new terminals" is the same claim', () => {
    expect(one('Harbour Lines said it would build no new terminals and would not expand its existing quays.').verdict).not.toBe('divergent');
  });
});

describe('none of a thing against "not free of it"', () => {
  it('is a change of polarity ("sees no risk" / "it is not risk-free")', async () => {
    const { compareFacts } = await import('@/lib/matcher/compare');
    const { analyzeSentence } = await import('@/lib/matcher/features');
    const out = compareFacts(
      analyzeSentence('The harbour master said the board sees no risk at all in dredging the channel deeper.'),
      analyzeSentence("'Dredging the channel deeper is not risk-free, but it is worth it,' said the harbour master."),
      () => new Set(),
    );
    expect(out.differences).toEqual([{ kind: 'polarity', page: 'no risk', corpus: 'not risk-free' }]);
  });
});
