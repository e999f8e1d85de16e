import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { termOverlap } from '@/lib/matcher/similarity';

const SENTENCE =
  'Prime Minister Shigeru Ishiba said on 3 March 2024 that Japan would buy 400 Tomahawk missiles, the second-largest order, "not one of which" would reach Beijing.';

/** Every fact kind, read in the order given. */
function readAll(order: readonly (keyof ReturnType<typeof analyzeSentence>['facts'])[]) {
  const f = analyzeSentence(SENTENCE);
  const out: Record<string, unknown> = {};
  for (const kind of order) out[kind] = f.facts[kind];
  return { facts: out, stems: [...f.stems].sort(), shortQuotes: f.shortQuotes };
}

describe('analyzeSentence', () => {
  it('reads the same facts whatever kind is asked for first', () => {
    const forward = readAll(['ranks', 'dates', 'quantities', 'entities', 'lists', 'attributions', 'negations', 'scope', 'quantifiers']);
    const backward = readAll(['quantifiers', 'scope', 'negations', 'attributions', 'lists', 'entities', 'quantities', 'dates', 'ranks']);
    expect(backward).toEqual(forward);
    expect(forward.facts.quantities).not.toEqual([]);
    expect(forward.facts.dates).not.toEqual([]);
  });

  it('gives the same facts object on every read', () => {
    const f = analyzeSentence(SENTENCE);
    expect(f.facts.dates).toBe(f.facts.dates);
    expect(f.stems).toBe(f.stems);
  });
});

describe('termOverlap', () => {
  const idf = () => 1;

  it('credits a shared long prefix only against a term the other side lacks', () => {
    const page = analyzeSentence('The council confirmed the cardiology budget.');
    const corpus = analyzeSentence('The council confirmed the cardigan budget.');
    const o = termOverlap(page, corpus, idf);
    expect(o.unmatched).toEqual([]);
    expect(o.coverPage).toBeGreaterThan(0.8);
    expect(o.coverPage).toBeLessThan(1);
    const same = termOverlap(page, analyzeSentence('The council confirmed the cardiology budget.'), idf);
    expect(same.coverPage).toBe(1);
  });

  it('scores a pair the same on a second call with the same sentences', () => {
    const page = analyzeSentence('The Greater Bay Area plan was confirmed by the spokesman on Monday.');
    const corpus = analyzeSentence('A GBA spokesperson confirmed the plan.');
    expect(termOverlap(page, corpus, idf)).toEqual(termOverlap(page, corpus, idf));
    expect(termOverlap(page, corpus, (t) => t.length)).not.toEqual(termOverlap(page, corpus, idf));
  });
});
