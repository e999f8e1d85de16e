import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { createMatcher } from '@/lib/matcher/matcher';
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
    for (let seed = 1; seed <= 40; seed++) {
      const page = perturbedPage(seed);
      const expected = exhaustive.match(page);
      verdicts += expected.filter((v) => v.verdict !== 'none').length;
      expect(fast.match(page), `seed ${seed}`).toEqual(expected);
    }
    // The pages exercise the verdicts, not only 'none'.
    expect(verdicts).toBeGreaterThan(40);
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
