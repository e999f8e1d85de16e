import { describe, expect, it } from 'vitest';
import { extractEntities, type EntityOptions } from '@/lib/matcher/entities';
import { tokenize } from '@/lib/text/tokenize';
import { storyMatcher } from './story-matcher';

// Words neither text writes elsewhere: only their place in the sentence tells what they are.
const unknown: EntityOptions = { isNameWord: () => false, isCommonWord: () => false };
const names = (text: string, opts = unknown) => extractEntities(text, tokenize(text), opts).map((e) => e.text);

describe('a word opening a sentence before a verb of reporting', () => {
  it('is the source credited, a name ("Bloomberg reported")', () => {
    expect(names('Bloomberg reported in March that the board had held up approval.')).toEqual(['Bloomberg']);
  });

  it('is a name before what the source is ("Bloomberg news agency reported")', () => {
    expect(names('Bloomberg news agency reported in March that the board had held up approval.')).toEqual(['Bloomberg']);
    expect(names('Shipping news reported a fall in March.', { ...unknown, isCommonWord: (w: string) => w === 'shipping' })).toEqual([]);
  });

  it('is an ordinary word when known as one, or a word for sources in general', () => {
    expect(names('Analysts said the board had held up approval.')).toEqual([]);
    expect(names('Shipping reported a fall in March.', { ...unknown, isCommonWord: (w: string) => w === 'shipping' })).toEqual([]);
  });

  it('is not followed by the verb across a comma ("Yes, says the memo")', () => {
    expect(names('Yes, says the memo: the board held up approval.')).toEqual([]);
  });

  const { one } = storyMatcher({
    id: 'test-opening-credit',
    outlet: 'Harbour Post',
    title: 'Dredging plan stalls',
    source: 'Harbour Post',
    text: 'Wirefeed reported in March, citing sources, that the Veldhaven harbour board had delayed approval for the dredging plan.',
  });

  it('sets one such source against another', () => {
    const v = one('Newsline reported in March that the Veldhaven harbour board had held up approval for the dredging plan.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Newsline', corpus: 'Wirefeed' }]);
  });

  it('and a source named before what it is against another', () => {
    const v = one('Newsline news agency reported in March that the Veldhaven harbour board had held up approval for the dredging plan.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: 'Newsline', corpus: 'Wirefeed' }]);
  });
});
