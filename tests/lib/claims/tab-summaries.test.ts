import { describe, expect, it } from 'vitest';
import { createTabSummaries } from '@/lib/claims/tab-summaries';
import { memoryStore } from '@/lib/services/pages';

describe('tab claim summaries', () => {
  it('keeps the latest counts per tab and forgets a closed tab', async () => {
    let clock = 1_000;
    const summaries = createTabSummaries(memoryStore(), () => clock);
    await summaries.record(4, 'https://n.example/a', { corroborated: 2, divergent: 1 });
    clock = 2_000;
    await summaries.record(4, 'https://n.example/b', { corroborated: 0, divergent: 3 });
    await summaries.record(5, 'https://n.example/c', { corroborated: 1, divergent: 0 });
    expect(await summaries.get(4)).toEqual({ tabId: 4, url: 'https://n.example/b', counts: { corroborated: 0, divergent: 3 }, reportedAt: 2_000 });
    await summaries.forget(4);
    expect(await summaries.get(4)).toBeNull();
    expect((await summaries.get(5))?.counts).toEqual({ corroborated: 1, divergent: 0 });
  });
});
