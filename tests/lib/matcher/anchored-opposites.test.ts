import { describe, expect, it } from 'vitest';
import { anchoredOpposites } from '@/lib/matcher/anchored-opposites';
import { tokenize } from '@/lib/text/tokenize';
import { storyMatcher } from './story-matcher';

const opposites = (page: string, corpus: string) => anchoredOpposites(tokenize(page), tokenize(corpus));

describe('opposite outcome words where one sentence holds both sides of the pair', () => {
  const corpus = 'Since March the deposits of the two cooperative banks in the valley have fallen by about 20 percent, while the dairy, which was meant to expand exports, has closed.';

  it('sets each outcome word against the one said of the same thing', () => {
    expect(opposites('The deposits of the two cooperative banks in the valley rose by about 20 percent since March.', corpus)).toEqual(['rose', 'fallen']);
  });

  it('finds no opposition when the words of like side are said of the same thing', () => {
    expect(opposites('The deposits of the two cooperative banks in the valley dropped by about 20 percent since March.', corpus)).toBeNull();
    // Said of nothing the other sentence speaks of.
    expect(opposites('Tourism in the valley grew last summer.', corpus)).toBeNull();
  });
});

describe('polarity in sentences of two claims (matcher)', () => {
  const { one } = storyMatcher({
    id: 'test-two-claims',
    outlet: 'Valley Courier',
    title: 'Cooperative banks shrink as the dairy closes',
    source: 'Valley Courier',
    text: [
      'Since March the deposits of the two cooperative banks in the valley have fallen by about 20 percent, while the dairy, which was meant to expand exports, has closed.',
      'The mayor, who has criticised the regional council for cutting bus services, is not standing for re-election.',
      'Growers complained about the closure of the Belmont cold store by the regional council.',
    ].join('\n\n'),
  });

  it('a figure that rose against one that fell, beside another clause with a rising word', () => {
    const v = one('The two cooperative banks in the valley have seen their deposits rise by about 20 percent since March.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'rise', corpus: 'fallen' }]);
  });

  it('praised against criticised, though another clause of the page is negated', () => {
    const v = one('The mayor is not the only critic, and the regional council, which he has praised for cutting bus services, knows it.');
    expect(v.differences.filter((d) => d.kind === 'polarity')).toEqual([{ kind: 'polarity', page: 'praised', corpus: 'criticised' }]);
    // A negation of the word itself cancels the opposition: "has not praised" does not contradict "has criticised".
    expect(one('The mayor, who has not praised the regional council for cutting bus services, is not standing for re-election.').differences.filter((d) => d.kind === 'polarity')).toEqual([]);
  });

  it('a thing brought back against a thing closed', () => {
    const v = one('Growers complained about the Belmont cold store, which the regional council has since reopened.');
    expect(v.differences).toEqual([{ kind: 'polarity', page: 'reopened', corpus: 'closure' }]);
  });
});
