import * as v from 'valibot';
import { segmentSentences } from '@/lib/text/segment';
import type { Matcher, Verdict } from './types';

/** The labelled-article format of the evaluation sets (see ../shared/eval/README.md). */
export const EvalArticle = v.object({ id: v.string(), outlet: v.string(), title: v.string(), published: v.optional(v.string()), text: v.string() });
export const EvalLabels = v.array(
  v.object({ sentence: v.string(), label: v.picklist(['corroborated', 'divergent', 'unrelated']), evidence: v.string(), why: v.string() }),
);
export type EvalArticle = v.InferOutput<typeof EvalArticle>;
export type EvalLabels = v.InferOutput<typeof EvalLabels>;

export interface ClassScore {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
}

export interface ArticleResult {
  id: string;
  sentences: number;
  /** Labelled sentences whose span our segmentation found exactly. */
  alignedExactly: number;
  /** Highlights (corroborated or divergent) on sentences labelled unrelated. */
  falseHighlights: number;
  unrelatedArticle: boolean;
  rows: { sentence: string; label: Verdict; predicted: Verdict }[];
}

export interface EvalReport {
  articles: ArticleResult[];
  corroborated: ClassScore;
  divergent: ClassScore;
  /** Mean and worst false highlights over the articles whose every sentence is unrelated. */
  falseHighlightsPerUnrelated: { mean: number; max: number; articles: number };
}

const toVerdict = (label: string): Verdict => (label === 'unrelated' ? 'none' : (label as Verdict));

/**
 * Runs the matcher on an article as the extension does (segmentation of the whole text) and reads
 * off, for every labelled sentence, the verdict of the segment that overlaps it most.
 */
export function evaluateArticle(matcher: Matcher, article: EvalArticle, labels: EvalLabels): ArticleResult {
  const segments = segmentSentences(article.text);
  // As in the browser, the page's day of publication counts its "yesterday" and "on Thursday".
  const verdicts = matcher.match(segments.map((s) => s.text), { published: article.published });
  let cursor = 0;
  let alignedExactly = 0;
  const rows = labels.map((l) => {
    const at = article.text.indexOf(l.sentence, cursor);
    const start = at >= 0 ? at : cursor;
    const end = start + l.sentence.length;
    if (at >= 0) cursor = end;
    let best = -1;
    let bestOverlap = 0;
    segments.forEach((s, i) => {
      const overlap = Math.min(end, s.end) - Math.max(start, s.start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = i;
      }
    });
    const seg = segments[best];
    if (seg && seg.start === start && seg.end === end) alignedExactly++;
    return { sentence: l.sentence, label: toVerdict(l.label), predicted: best >= 0 ? verdicts[best]!.verdict : 'none' };
  });
  const unrelatedArticle = labels.every((l) => l.label === 'unrelated');
  const falseHighlights = rows.filter((r) => r.label === 'none' && r.predicted !== 'none').length;
  return { id: article.id, sentences: labels.length, alignedExactly, falseHighlights, unrelatedArticle, rows };
}

function score(results: ArticleResult[], cls: Verdict): ClassScore {
  const rows = results.flatMap((r) => r.rows);
  const truePositives = rows.filter((r) => r.label === cls && r.predicted === cls).length;
  const predicted = rows.filter((r) => r.predicted === cls).length;
  const gold = rows.filter((r) => r.label === cls).length;
  return { truePositives, predicted, gold, precision: predicted ? truePositives / predicted : 1, recall: gold ? truePositives / gold : 1 };
}

export function summarize(articles: ArticleResult[]): EvalReport {
  const unrelated = articles.filter((a) => a.unrelatedArticle);
  const counts = unrelated.map((a) => a.falseHighlights);
  return {
    articles,
    corroborated: score(articles, 'corroborated'),
    divergent: score(articles, 'divergent'),
    falseHighlightsPerUnrelated: {
      mean: counts.length ? counts.reduce((x, y) => x + y, 0) / counts.length : 0,
      max: counts.length ? Math.max(...counts) : 0,
      articles: counts.length,
    },
  };
}
