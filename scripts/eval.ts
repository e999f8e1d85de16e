/**
 * npm run -s eval -- DIR [--verbose]
 * Scores the matcher over the bundled corpus on a folder of labelled articles (NN-slug.article.json +
 * NN-slug.labels.json). The last four lines are the headline figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { EvalArticle, EvalLabels, evaluateArticle, summarize, type ClassScore } from '@/lib/matcher/evaluate';
import { createMatcher } from '@/lib/matcher/index';

function readJson<T>(path: string, schema: v.GenericSchema<unknown, T>): T {
  const parsed = v.safeParse(schema, JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.issues[0]?.message ?? 'invalid'}`);
  return parsed.output;
}

const pct = (x: number) => x.toFixed(2);
const cls = (name: string, s: ClassScore, p: number, r: number) =>
  `${name}: precision ${pct(s.precision)} recall ${pct(s.recall)} (${s.truePositives}/${s.predicted} predicted, ${s.gold} labelled; targets P>=${p} R>=${r})`;

function main(argv: string[]): void {
  const dir = argv.find((a) => !a.startsWith('--'));
  const verbose = argv.includes('--verbose');
  if (!dir) throw new Error('usage: npm run -s eval -- DIR [--verbose]');
  const names = readdirSync(dir).filter((n) => n.endsWith('.article.json')).sort();
  if (!names.length) throw new Error(`${dir}: no *.article.json files`);
  const matcher = createMatcher(loadBundledCorpus());
  const results = names.map((name) => {
    const article = readJson(join(dir, name), EvalArticle);
    const labels = readJson(join(dir, name.replace(/\.article\.json$/, '.labels.json')), EvalLabels);
    return evaluateArticle(matcher, article, labels);
  });
  for (const r of results) {
    const wrong = r.rows.filter((x) => x.label !== x.predicted);
    console.log(`${r.id}: ${r.sentences} sentences, ${r.sentences - wrong.length} right, ${r.falseHighlights} false highlights, segmentation ${r.alignedExactly}/${r.sentences} exact`);
    if (verbose) for (const x of wrong) console.log(`  ${x.label} -> ${x.predicted}: ${x.sentence}`);
  }
  const report = summarize(results);
  const fh = report.falseHighlightsPerUnrelated;
  console.log('');
  console.log(cls('corroborated', report.corroborated, 0.9, 0.8));
  console.log(cls('divergent', report.divergent, 0.8, 0.7));
  console.log(`false highlights per unrelated article: mean ${fh.mean.toFixed(2)}, max ${fh.max} over ${fh.articles} articles (target <= 1)`);
  const ok = report.corroborated.precision >= 0.9 && report.corroborated.recall >= 0.8 && report.divergent.precision >= 0.8 &&
    report.divergent.recall >= 0.7 && fh.max <= 1;
  console.log(`targets: ${ok ? 'all met' : 'NOT all met'}`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
