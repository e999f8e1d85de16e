import { describe, expect, it } from 'vitest';
import { storyMatcher } from './story-matcher';

const { one } = storyMatcher({
  id: 'test-titles',
  outlet: 'Harbour Post',
  title: 'Patrol boats and the port',
  source: 'Harbour Post',
  text: [
    'Colonel Anders Vik said the new patrol boats would reach the northern harbour by the end of March.',
    'Maria Holm, the director of the Baltic Shipping Institute, said the port had lost a third of its freight.',
    'Harbour Lines founder Erik Sand said the company would not build new terminals this year.',
  ].join('\n\n'),
});

describe('a person given another title', () => {
  it('another rank is a changed name', () => {
    const v = one('Major Anders Vik said the new patrol boats would reach the northern harbour by the end of March.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences.map((d) => d.kind)).toEqual(['name']);
  });

  it('the same office with a grade on one side only ("deputy director") is a changed name', () => {
    const v = one('Maria Holm, the deputy director of the Baltic Shipping Institute, said the port had lost a third of its freight.');
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([
      { kind: 'name', page: 'Maria Holm, the deputy director of the Baltic Shipping Institute', corpus: 'Maria Holm, the director of the Baltic Shipping Institute' },
    ]);
  });

  it('the same title in other words, or none, is the same claim', () => {
    expect(one('Colonel Vik said the new patrol boats would reach the northern harbour by the end of March.').verdict).toBe('corroborated');
    expect(one('Maria Holm, director of the Baltic Shipping Institute, said the port had lost a third of its freight.').verdict).toBe('corroborated');
    expect(one('Holm said the port had lost a third of its freight.').verdict).toBe('corroborated');
  });

  it('a claim credited to an office the named speaker does not hold is another attribution', () => {
    const v = one("Harbour Lines' chief executive said the company would not build new terminals this year.");
    expect(v.verdict).toBe('divergent');
    expect(v.differences).toEqual([{ kind: 'attribution', page: "Harbour Lines' chief executive", corpus: 'Harbour Lines founder Erik Sand' }]);
    expect(one("Harbour Lines' founder said the company would not build new terminals this year.").verdict).toBe('corroborated');
  });
});
