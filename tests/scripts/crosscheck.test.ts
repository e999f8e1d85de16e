import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the CLI as `npm run -s crosscheck -- FILE` would (tsx on scripts/crosscheck.ts). */
function crosscheck(file: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/crosscheck.ts', file], { encoding: 'utf8', timeout: 60_000 });
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
      differences: [{ kind: 'polarity', page: 'confirmed', corpus: 'declined' }],
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
