import { segmentSentences } from '@/lib/text/segment';
import type { Difference, Matcher, Verdict } from './types';

/** The CLI's output (DESIGN.md, contract 1). */
export interface CrosscheckReport {
  title: string;
  sentences: {
    text: string;
    verdict: Verdict;
    score: number;
    evidence: { articleId: string; outlet: string; sentence: string } | null;
    differences: Difference[];
  }[];
}

export interface ArticleInput {
  title: string;
  text: string;
  /** The day it was published (ISO 8601), when known: its "yesterday" is then a day. */
  published?: string;
}

/**
 * A plain-text article: the first line is its title when it reads as a heading (short, no closing
 * full stop) and more text follows; the rest is the body.
 */
export function articleFromPlainText(content: string): ArticleInput {
  const text = content.replace(/^\uFEFF/, '');
  const m = /^\s*([^\n]+)\n([\s\S]*\S[\s\S]*)$/.exec(text);
  if (m) {
    const first = m[1]!.trim();
    if (first.split(/\s+/).length <= 25 && !/[.!?:;,"'\u201D\u2019]$/.test(first)) return { title: first, text: m[2]!.trim() };
  }
  return { title: '', text: text.trim() };
}

/** Segments an article, matches every sentence and shapes the result as the CLI prints it. */
export function crosscheckArticle(matcher: Matcher, article: ArticleInput): CrosscheckReport {
  const segments = segmentSentences(article.text);
  const verdicts = matcher.match(segments.map((s) => s.text), { published: article.published });
  return {
    title: article.title,
    sentences: verdicts.map((v) => ({
      text: v.text,
      verdict: v.verdict,
      score: v.score,
      evidence: v.evidence ? { articleId: v.evidence.articleId, outlet: v.evidence.outlet, sentence: v.evidence.sentence } : null,
      differences: v.differences.map((d) => ({ kind: d.kind, page: d.page, corpus: d.corpus })),
    })),
  };
}
