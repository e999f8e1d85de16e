import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the CLI as `npm run -s crosscheck -- FILE` would (tsx on scripts/crosscheck.ts). */
function crosscheck(file: string, ...flags: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/crosscheck.ts', file, ...flags], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const SENTENCE_KEYS = ['differences', 'evidence', 'score', 'text', 'verdict'];

function expectContractShape(report: unknown): asserts report is { title: string; sentences: Record<string, unknown>[] } {
  expect(Object.keys(report as object).sort()).toEqual(['sentences', 'title']);
  const { title, sentences } = report as { title: unknown; sentences: Record<string, unknown>[] };
  expect(typeof title).toBe('string');
  for (const s of sentences) {
    expect(Object.keys(s).sort()).toEqual(SENTENCE_KEYS);
    expect(['corroborated', 'divergent', 'none']).toContain(s.verdict);
    expect(typeof s.score).toBe('number');
    if (s.evidence !== null) expect(Object.keys(s.evidence as object).sort()).toEqual(['articleId', 'outlet', 'sentence']);
    for (const d of s.differences as object[]) expect(Object.keys(d).sort()).toEqual(['corpus', 'kind', 'page']);
  }
}

// Each case starts a Node process that loads the corpus: allow for a busy machine.
const SLOW = 60_000;

describe('npm run crosscheck', () => {
  it('prints the contract JSON for a .txt article, every sentence in order', () => {
    const run = crosscheck('tests/fixtures/matcher/wire-rewrite.txt');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expectContractShape(report);
    expect(report.title).toBe('Russian spy memo names China as a threat');
    expect(report.sentences.map((s) => s.verdict)).toEqual(['corroborated', 'corroborated', 'divergent', 'corroborated', 'none']);
    expect(report.sentences[0]!.text).toMatch(/^Russia's domestic security agency/);
    expect(report.sentences[2]).toMatchObject({
      text: 'Kremlin spokesman Dmitry Peskov confirmed the memo was genuine.',
      evidence: { articleId: '001_61d2a353dd69e693-1', outlet: 'The Star', sentence: "Putin's spokesperson, Dmitry Peskov, declined to comment." },
      differences: [{ kind: 'polarity', page: 'confirmed', corpus: 'declined to comment' }],
    });
  }, SLOW);

  it('extracts the article from an .html page as the browser does', () => {
    const run = crosscheck('tests/fixtures/matcher/article-page.html');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expectContractShape(report);
    expect(report.title).toMatch(/Japan's new missile regiment on Okinawa/);
    expect(report.sentences.map((s) => s.verdict)).toEqual(['corroborated', 'corroborated', 'divergent', 'none']);
    expect(report.sentences[2]!.differences).toEqual([{ kind: 'number', page: 'four hours', corpus: '2½ hours' }]);
    expect(run.stdout).not.toMatch(/Subscribe|Home/);
  }, SLOW);

  it('counts "yesterday" from the day the article was published: given for a .txt, read from an .html page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-'));
    // The corpus: "On June 6, Japan's trade envoy, Ryosei Akazawa, met for 2½ hours in Washington with ...".
    const sentence = "Japan's trade envoy, Ryosei Akazawa, met Treasury Secretary Scott Bessent and Howard Lutnick in Washington yesterday for 2½ hours of tariff talks.";
    const txt = join(dir, 'talks.txt');
    writeFileSync(txt, `Tariff talks in Washington\n\n${sentence}\n`);
    const page = (published: string) =>
      `<html><head><title>Tariff talks</title><meta property="article:published_time" content="${published}T08:00:00Z"></head><body><article><h1>Tariff talks in Washington</h1>` +
      `<p>${sentence}</p><p>${'The envoy is expected to travel on to Ottawa for a meeting with trade officials there. '.repeat(6)}</p></article></body></html>`;
    const html = join(dir, 'talks.html');
    writeFileSync(html, page('2025-06-08'));

    const verdictOf = (run: ReturnType<typeof crosscheck>) => {
      expect(run.code, run.stderr).toBe(0);
      const found = (JSON.parse(run.stdout).sentences as { text: string; verdict: string }[]).find((s) => s.text === sentence);
      expect(found, run.stdout).toBeDefined();
      return found!;
    };
    expect(verdictOf(crosscheck(txt)).verdict).toBe('corroborated');
    expect(verdictOf(crosscheck(txt, '--published', '2025-06-07')).verdict).toBe('corroborated');
    expect(verdictOf(crosscheck(txt, '--published', '2025-06-08'))).toMatchObject({
      verdict: 'divergent',
      differences: [{ kind: 'date', page: 'yesterday (June 7, 2025)', corpus: 'June 6' }],
    });
    expect(verdictOf(crosscheck(html))).toMatchObject({ verdict: 'divergent', differences: [{ kind: 'date' }] });
    writeFileSync(html, page('2025-06-07'));
    expect(verdictOf(crosscheck(html)).verdict).toBe('corroborated');

    const bad = crosscheck(txt, '--published', 'last week');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/^crosscheck: --published last week: expected a date as YYYY-MM-DD/);
  }, 6 * SLOW);

  it('fails with one clear line and a non-zero exit on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-'));
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0]));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body></body></html>');
    for (const file of [join(dir, 'missing.txt'), binary, empty, 'package.json']) {
      const run = crosscheck(file);
      expect(run.code, file).not.toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n'), file).toHaveLength(1);
      expect(run.stderr).toMatch(/^crosscheck: /);
    }
  }, 4 * SLOW);
});
