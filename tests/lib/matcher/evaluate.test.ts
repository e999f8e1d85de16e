import { describe, expect, it } from 'vitest';
import { evaluateArticle, summarize, type EvalLabels } from '@/lib/matcher/evaluate';
import type { Matcher, Verdict } from '@/lib/matcher/types';

/** A matcher that answers from a fixed table, to test the scoring alone. */
function tableMatcher(verdicts: Record<string, Verdict>): Matcher {
  return {
    match: (sentences) =>
      sentences.map((text) => {
        const verdict = verdicts[text] ?? 'none';
        return { text, verdict, score: verdict === 'none' ? 0 : 1, evidence: null, differences: [] };
      }),
  };
}

const label = (sentence: string, l: EvalLabels[number]['label']) => ({ sentence, label: l, evidence: '', why: '' });

describe('evaluate', () => {
  const text = 'One claim here. Two claim here.\n\nThree is new. Four is new.';
  const labels: EvalLabels = [
    label('One claim here.', 'corroborated'),
    label('Two claim here.', 'divergent'),
    label('Three is new.', 'unrelated'),
    label('Four is new.', 'unrelated'),
  ];

  it('reads the verdict of the segment that covers each labelled sentence and scores each class', () => {
    const matcher = tableMatcher({ 'One claim here.': 'corroborated', 'Two claim here.': 'corroborated', 'Four is new.': 'divergent' });
    const result = evaluateArticle(matcher, { id: 'a', outlet: 'o', title: 't', text }, labels);
    expect(result.alignedExactly).toBe(4);
    expect(result.rows.map((r) => r.predicted)).toEqual(['corroborated', 'corroborated', 'none', 'divergent']);
    expect(result.falseHighlights).toBe(1);
    const report = summarize([result]);
    expect(report.corroborated).toMatchObject({ truePositives: 1, predicted: 2, gold: 1, precision: 0.5, recall: 1 });
    expect(report.divergent).toMatchObject({ truePositives: 0, predicted: 1, gold: 1, precision: 0, recall: 0 });
    expect(report.falseHighlightsPerUnrelated.articles).toBe(0);
  });

  it('counts false highlights per article whose every sentence is unrelated', () => {
    const unrelated: EvalLabels = [label('Three is new.', 'unrelated'), label('Four is new.', 'unrelated')];
    const a = evaluateArticle(tableMatcher({ 'Four is new.': 'corroborated' }), { id: 'u1', outlet: 'o', title: 't', text: 'Three is new. Four is new.' }, unrelated);
    const b = evaluateArticle(tableMatcher({}), { id: 'u2', outlet: 'o', title: 't', text: 'Three is new. Four is new.' }, unrelated);
    expect(summarize([a, b]).falseHighlightsPerUnrelated).toEqual({ mean: 0.5, max: 1, articles: 2 });
  });
});
