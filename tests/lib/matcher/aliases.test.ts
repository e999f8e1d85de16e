import { describe, expect, it } from 'vitest';
import { aliasesIn, learnAliases } from '@/lib/matcher/aliases';
import { storyMatcher } from './story-matcher';

describe('names the corpus spells out', () => {
  it('are learnt in either order, trimmed to where the acronym starts', () => {
    const aliases = learnAliases([
      'Inspectors of the Norwegian Maritime Safety Authority (MSA) boarded the ferry.',
      'The loan came from NIB (Nordic Investment Bank) and two others.',
      'Photo by Harbour Post (AP)',
    ]);
    expect(aliases.get('MSA')).toBe('Maritime Safety Authority');
    expect(aliases.get('Maritime Safety Authority')).toBe('MSA');
    expect(aliases.get('NIB')).toBe('Nordic Investment Bank');
    // No word of "Harbour Post" starts as "AP" does.
    expect(aliases.has('AP')).toBe(false);
  });

  it('are learnt from "known as" too', () => {
    const aliases = learnAliases(['The port is run by the ministry\'s Office for Coastal Shipping, known as the OCS, since 2019.']);
    expect(aliases.get('OCS')).toBe('Office for Coastal Shipping');
    expect(aliases.get('Office for Coastal Shipping')).toBe('OCS');
  });

  it('are found in a text as whole words only', () => {
    const aliases = learnAliases(['The Maritime Safety Authority (MSA) said so.']);
    expect(aliasesIn('The MSA boarded the ferry.', aliases)).toEqual(['Maritime Safety Authority']);
    expect(aliasesIn('The MSAX boarded the ferry.', aliases)).toEqual([]);
  });
});

describe('a page that writes the other form of a name the corpus spells out (matcher)', () => {
  const { one } = storyMatcher({
    id: 'test-aliases',
    outlet: 'Harbour Post',
    title: 'Ferry inspected after engine fire',
    source: 'Harbour Post',
    // The name is spelt out far from the sentence the page retells.
    text: [
      'Inspectors of the Norwegian Harbour Safety Office (HSK) boarded the ferry Nordlys in Bergen on Tuesday.',
      'The ship had left the harbour an hour late because of strong winds.',
      'Passengers were moved to the upper deck while the crew checked the lifeboats.',
      'Nobody was hurt, the operator said in a short statement.',
      'The HSK ordered a full check of the engine room after a small fire during the crossing.',
    ].join('\n\n'),
  });

  it('adds no new name', () => {
    expect(one('The Harbour Safety Office ordered a full check of the engine room after a small fire during the crossing.').verdict).toBe('corroborated');
  });

  it('while a body the corpus never names is still new', () => {
    expect(one('The Coastal Shipping Agency ordered a full check of the engine room after a small fire during the crossing.').verdict).not.toBe('corroborated');
  });
});
