import { describe, expect, it } from 'vitest';
import { analyzeSentence } from '@/lib/matcher/features';
import { compareFacts } from '@/lib/matcher/compare';

const facts = (page: string, corpus: string) => compareFacts(analyzeSentence(page), analyzeSentence(corpus), () => new Set());
const corpus = 'The ferry will keep running through the winter, according to the company.';

describe('a claim credited to a body named by what it is', () => {
  it('credited to another body is a changed attribution', () => {
    expect(facts('The ferry will keep running through the winter, according to a statement from the city government.', corpus).differences).toEqual([
      { kind: 'attribution', page: 'city government', corpus: 'company' },
    ]);
  });

  it('is no difference for the same body, or a source that is no body', () => {
    expect(facts('The ferry will keep running through the winter, according to a statement from the company.', corpus).differences).toEqual([]);
    expect(facts('The ferry will keep running through the winter, according to the report.', corpus).differences).toEqual([]);
  });
});
