import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { analyzeSentence, lightFeatures, nameTerms } from '@/lib/matcher/features';
import { createMatcher } from '@/lib/matcher/matcher';
import { scoreBound } from '@/lib/matcher/screening';
import { termOverlap } from '@/lib/matcher/similarity';
import { sameClaimScore } from '@/lib/matcher/verdict';
import { segmentSentences } from '@/lib/text/segment';

/**
 * The matcher's shortcuts (sentences screened out on plain terms, facts left uncompared where no
 * verdict is possible) must never change what it answers: the fast matcher and the exhaustive one
 * give identical verdicts, scores, evidence and differences on labelled articles, on perturbed
 * corpus sentences and on random text.
 */
const corpus = loadBundledCorpus();
const fast = createMatcher(corpus);
const exhaustive = createMatcher(corpus, { exhaustive: true });

const root = new URL('../../../', import.meta.url).pathname;
const DIRS = [join(root, '../shared/eval/dev'), ...readdirSync(join(root, 'tests/fixtures')).filter((d) => d.startsWith('eval-holdout')).map((d) => join(root, 'tests/fixtures', d))];

function articlesIn(dir: string): [string, string[]][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.article.json'))
    .sort()
    .map((n) => {
      const { text } = JSON.parse(readFileSync(join(dir, n), 'utf8')) as { text: string };
      return [n, segmentSentences(text).map((s) => s.text)];
    });
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sentences = corpus.articles.flatMap((a) => a.sentences);
const words = [...new Set(sentences.flatMap((s) => s.split(/\s+/)))];

/** Ways a page may retell a corpus sentence: other figures, other names, fewer or other words, doubt. */
const PERTURBATIONS: ((s: string, next: () => number) => string)[] = [
  (s) => s,
  (s, next) => s.replace(/\d+/g, (d) => String(Number(d) + 1 + Math.floor(next() * 9))),
  (s) => {
    const names = s.match(/(?<=\s)[A-Z][a-z]+/g) ?? [];
    return names.length >= 2 ? s.replace(names[0]!, '\0').replace(names[1]!, names[0]!).replace('\0', names[1]!) : s;
  },
  (s, next) => s.split(' ').filter(() => next() > 0.3).join(' '),
  (s, next) => s.split(' ').map((w) => (next() < 0.25 ? words[Math.floor(next() * words.length)]! : w)).join(' '),
  (s) => `It is unclear whether ${s.charAt(0).toLowerCase()}${s.slice(1)}`,
  (s) => `${s.replace(/[.!]\s*$/, '')}?`,
  (s) => s.replace(/\b(is|was|will|has)\b/, '$1 not'),
  (s) => `"${s.replace(/[.!]\s*$/, '')}," he said.`,
  (s, next) => `${s} ${sentences[Math.floor(next() * sentences.length)]!}`,
  // Half a claim: near the scores where a verdict starts.
  (s, next) => {
    const a = s.split(' ');
    const b = sentences[Math.floor(next() * sentences.length)]!.split(' ');
    const keep = Math.ceil(a.length * (0.3 + 0.4 * next()));
    return [...a.slice(0, keep), ...b.slice(Math.floor(b.length / 2))].join(' ');
  },
  // The names of a claim with a few of its words: where the weight of names decides.
  (s, next) => s.split(' ').filter((w) => /^[A-Z]/.test(w) || next() < 0.35).join(' '),
];

function perturbedPage(seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: 12 }, () => {
    const s = sentences[Math.floor(next() * sentences.length)]!;
    return PERTURBATIONS[Math.floor(next() * PERTURBATIONS.length)]!(s, next);
  });
}

function randomPage(seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: 12 }, () => {
    const n = 3 + Math.floor(next() * 30);
    return `${Array.from({ length: n }, () => words[Math.floor(next() * words.length)]!).join(' ')}.`;
  });
}

describe('the fast matcher answers as the exhaustive one', () => {
  const articles = DIRS.flatMap(articlesIn);

  it('finds labelled articles to check', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(articles)('%s', (_, page) => {
    expect(fast.match(page)).toEqual(exhaustive.match(page));
  });

  it('on perturbed corpus sentences', () => {
    let verdicts = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const page = perturbedPage(seed);
      const expected = exhaustive.match(page);
      verdicts += expected.filter((v) => v.verdict !== 'none').length;
      expect(fast.match(page), `seed ${seed}`).toEqual(expected);
    }
    // The pages exercise the verdicts, not only 'none'.
    expect(verdicts).toBeGreaterThan(80);
  });

  it('on random text made of corpus words', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const page = randomPage(seed);
      expect(fast.match(page), `seed ${seed}`).toEqual(exhaustive.match(page));
    }
  });

  it('on each sentence alone, without the rest of its page', () => {
    for (const page of [perturbedPage(99), randomPage(99)]) {
      for (const s of page) expect(fast.match([s])).toEqual(exhaustive.match([s]));
    }
  });
});

describe('scoreBound', () => {
  // Any positive weights: the bound holds whatever the IDF.
  const idf = (t: string) => 0.5 + (t.length % 7);
  const next = random(7);
  const pick = () => sentences[Math.floor(next() * sentences.length)]!;
  /** Pages against corpus sentences: retellings, names with other words, unrelated pairs. */
  const pairs: [string, string][] = Array.from({ length: 600 }, (_, i) => {
    const corpusSentence = pick();
    const other = pick().split(' ');
    const names = corpusSentence.split(' ').filter((w) => /^[A-Z]/.test(w));
    const page = [
      () => PERTURBATIONS[Math.floor(next() * PERTURBATIONS.length)]!(corpusSentence, next),
      // Matched words all inside names, unmatched ones all plain: where the weight of names counts most.
      () => `${names.join(' ')} ${other.filter((w) => !/^[A-Z]/.test(w)).join(' ')}`,
      () => pick(),
    ][i % 3]!();
    return [page, corpusSentence];
  });

  it('is never below the score full analysis gives, whatever names the pronouns refer to', () => {
    let closest = Infinity;
    for (const [page, corpusSentence] of pairs) {
      const fullPage = analyzeSentence(page);
      const fullCorpus = analyzeSentence(corpusSentence);
      // The names a corpus pronoun may stand for: some of the page's, some of no one's.
      const names = new Set([...nameTerms(page)].filter(() => next() < 0.5));
      const speaker = new Set([...names].filter(() => next() < 0.7));
      const actual = sameClaimScore(termOverlap(fullPage, fullCorpus, idf, speaker));
      const bound = scoreBound(termOverlap(lightFeatures(page), lightFeatures(corpusSentence), idf), fullPage.terms, names, idf);
      expect(bound, `${page} / ${corpusSentence}`).toBeGreaterThanOrEqual(actual);
      closest = Math.min(closest, bound - actual);
    }
    // Some pairs reach the bound: it is as tight as the weights allow there.
    expect(closest).toBeLessThan(1e-6);
  });
});
