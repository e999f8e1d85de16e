import { describe, expect, it, vi } from 'vitest';
import { claimsHandlers } from '@/entrypoints/background/handlers/claims';
import { MAX_MATCH_SENTENCES } from '@/lib/claims/limits';
import { createTabSummaries } from '@/lib/claims/tab-summaries';
import type { Matcher } from '@/lib/matcher/types';
import { claimsMessages } from '@/lib/messaging/messages/claims';
import { createRouter, type SenderInfo } from '@/lib/messaging/router';
import { memoryStore } from '@/lib/services/pages';

const page = (tabId = 4, frameId = 0): SenderInfo => ({ origin: 'content', tabId, frameId, url: 'https://n.example/a' });
const popup: SenderInfo = { origin: 'extension', url: 'chrome-extension://id/popup.html' };

const EVIDENCE = { articleId: 'a1', outlet: 'Wire', title: 'T', sentence: 'One.' };

function setup() {
  // Sentences that start with "One" are corroborated, the rest are not claims.
  const matcher: Matcher = {
    match: vi.fn((sentences: readonly string[]) =>
      sentences.map((text) =>
        text.startsWith('One')
          ? { text, verdict: 'corroborated' as const, score: 0.9, evidence: EVIDENCE, differences: [] }
          : { text, verdict: 'none' as const, score: 0, evidence: null, differences: [] },
      ),
    ),
  };
  const loadMatcher = vi.fn(() => matcher);
  const setBadge = vi.fn();
  const summaries = createTabSummaries(memoryStore());
  const route = createRouter(claimsMessages, claimsHandlers({ loadMatcher, summaries, setBadge }));
  return { route, matcher, loadMatcher, setBadge };
}

describe('claims handlers in the background', () => {
  it('builds the matcher on the first request only, and answers one verdict per sentence', async () => {
    const { route, loadMatcher } = setup();
    expect(loadMatcher).not.toHaveBeenCalled();
    const first = await route({ type: 'claims/match', payload: { url: 'https://n.example/a', sentences: ['One.', 'Two.'] } }, page());
    await route({ type: 'claims/match', payload: { url: 'https://n.example/a', sentences: ['Three.'] } }, page());
    expect(loadMatcher).toHaveBeenCalledOnce();
    // A sentence with nothing to paint is answered with null, to keep the reply small.
    expect(first).toMatchObject({ ok: true, value: { verdicts: [{ text: 'One.', verdict: 'corroborated', evidence: EVIDENCE }, null] } });
    if (!first.ok) throw new Error('expected a reply');
    const { matchMs } = first.value as { matchMs: number };
    expect(Number.isFinite(matchMs) && matchMs >= 0).toBe(true);
  });

  it('hands the matcher the day the page was published, and refuses one that is not a date', async () => {
    const { route, matcher } = setup();
    await route({ type: 'claims/match', payload: { url: 'https://n.example/a', sentences: ['One.'], published: '2025-06-08' } }, page());
    await route({ type: 'claims/match', payload: { url: 'https://n.example/a', sentences: ['Two.'] } }, page());
    // (The first call, with no sentence, builds the matcher's index.)
    expect(vi.mocked(matcher.match).mock.calls.slice(1)).toEqual([[['One.'], { published: '2025-06-08' }], [['Two.'], { published: undefined }]]);
    expect(await route({ type: 'claims/match', payload: { url: 'u', sentences: ['One.'], published: '<b>yesterday</b>' } }, page())).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });

  it('hands the matcher the sentences to judge when only some are asked for, and refuses indices that are none', async () => {
    const { route, matcher } = setup();
    const reply = await route({ type: 'claims/match', payload: { url: 'https://n.example/a', sentences: ['One.', 'One more.'], only: [1] } }, page());
    expect(vi.mocked(matcher.match).mock.calls.at(-1)).toEqual([['One.', 'One more.'], { published: undefined, only: [1] }]);
    expect(reply).toMatchObject({ ok: true });
    for (const only of [[-1], [0.5], ['1'], [MAX_MATCH_SENTENCES]]) {
      expect(await route({ type: 'claims/match', payload: { url: 'u', sentences: ['One.'], only } }, page())).toMatchObject({
        ok: false,
        error: { code: 'invalid-message' },
      });
    }
  });

  it('gets the matcher ready when asked, before the first match, and only once', async () => {
    const { route, loadMatcher, matcher } = setup();
    expect(await route({ type: 'claims/prepare', payload: {} }, page())).toEqual({ ok: true, value: { prepared: true } });
    expect(loadMatcher).toHaveBeenCalledOnce();
    // The matcher makes its index on its first match: an empty one, which asks about no sentence.
    expect(matcher.match).toHaveBeenCalledWith([]);
    await route({ type: 'claims/prepare', payload: {} }, page());
    await route({ type: 'claims/match', payload: { url: 'https://n.example/a', sentences: ['One.'] } }, page());
    expect(loadMatcher).toHaveBeenCalledOnce();
    expect(vi.mocked(matcher.match).mock.calls).toEqual([[[]], [['One.'], { published: undefined }]]);
    expect(await route({ type: 'claims/prepare', payload: {} }, popup)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses oversized requests and requests from extension pages', async () => {
    const { route, matcher } = setup();
    const tooMany = Array.from({ length: MAX_MATCH_SENTENCES + 1 }, () => 'x');
    expect(await route({ type: 'claims/match', payload: { url: 'u', sentences: tooMany } }, page())).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await route({ type: 'claims/match', payload: { url: 'u', sentences: ['x'.repeat(5_000)] } }, page())).toMatchObject({ ok: false });
    expect(await route({ type: 'claims/match', payload: { url: 'u', sentences: ['a'] } }, popup)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(matcher.match).not.toHaveBeenCalled();
  });

  it('keeps the counts a page reports for its tab, badges the tab, and tells the popup', async () => {
    const { route, setBadge } = setup();
    const counts = { corroborated: 5, divergent: 2 };
    expect(await route({ type: 'claims/report', payload: { url: 'https://n.example/a', counts } }, page(9))).toEqual({ ok: true, value: { recorded: true } });
    expect(setBadge).toHaveBeenCalledWith(9, '7');
    expect(await route({ type: 'claims/summary', payload: { tabId: 9 } }, popup)).toMatchObject({ ok: true, value: { tabId: 9, counts } });
    expect(await route({ type: 'claims/summary', payload: { tabId: 10 } }, popup)).toEqual({ ok: true, value: null });
  });

  it('takes reports from the top frame of a tab only, and summaries go to extension pages only', async () => {
    const { route } = setup();
    const counts = { corroborated: 1, divergent: 0 };
    expect(await route({ type: 'claims/report', payload: { url: 'u', counts } }, page(9, 3))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'claims/report', payload: { url: 'u', counts } }, { origin: 'content' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route({ type: 'claims/summary', payload: { tabId: 9 } }, page(9))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
