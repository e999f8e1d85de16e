import type { ClaimCounts } from './types';

/** Where per-tab summaries are kept (storage.session in the browser, so they outlive a stopped worker). */
export interface SummaryStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface TabClaimSummary {
  tabId: number;
  url: string;
  counts: ClaimCounts;
  reportedAt: number;
}

const keyOf = (tabId: number) => `claims:${tabId}`;

/** The claim counts each tab's content script last reported. */
export function createTabSummaries(store: SummaryStore, now: () => number = Date.now) {
  return {
    async record(tabId: number, url: string, counts: ClaimCounts): Promise<TabClaimSummary> {
      const summary: TabClaimSummary = { tabId, url, counts: { ...counts }, reportedAt: now() };
      await store.set(keyOf(tabId), summary);
      return summary;
    },
    async get(tabId: number): Promise<TabClaimSummary | null> {
      return ((await store.get(keyOf(tabId))) as TabClaimSummary | undefined) ?? null;
    },
    async forget(tabId: number): Promise<void> {
      await store.remove(keyOf(tabId));
    },
  };
}

export type TabSummaries = ReturnType<typeof createTabSummaries>;
