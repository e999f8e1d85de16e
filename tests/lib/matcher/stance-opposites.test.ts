import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

// A story written for these tests, next to the bundled corpus so that term weights are realistic.
const { one } = storyMatcher({
  id: 'test-stance-opposites',
  outlet: 'Harbour Post',
  title: 'A minister tours the port',
  source: 'Harbour Post',
  text: 'When she toured Veldhaven last month, Transport Minister Anouk Brandt praised a plan for a new flood-control centre where port and city engineers will work side by side.',
});

describe('a proposal turned down against one spoken well of', () => {
  it('is a change of polarity ("rejected a plan" / "praised a plan")', () => {
    const v = one('When Anouk Brandt toured Veldhaven last month, she rejected a plan for a new flood-control centre where port and city engineers would work side by side.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['polarity']);
  });

  it('keeps the same stance corroborated ("welcomed" / "praised")', () => {
    expect(one('When Anouk Brandt toured Veldhaven last month, she welcomed a plan for a new flood-control centre where port and city engineers would work side by side.').verdict).toBe('corroborated');
  });
});
