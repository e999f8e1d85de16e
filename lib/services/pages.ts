import type { CrosscheckDB } from '../db/database';
import type { PageRecord } from '../db/records';
import type { PageReport, TabState } from '../messaging/messages/page';
import { normalizeUrl } from '../url/normalize';

/** Where the tab → page map is kept so that it outlives a stopped service worker (storage.session). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => void map.set(key, value),
    remove: async (key) => void map.delete(key),
  };
}

const tabKey = (tabId: number) => `tab:${tabId}`;

/** Pages the content script examined: the latest report per tab, and a persistent record per URL. */
export function createPageService(db: CrosscheckDB, tabs: KeyValueStore, now: () => number = Date.now) {
  return {
    async report(tabId: number | undefined, report: PageReport): Promise<{ recorded: true }> {
      const url = normalizeUrl(report.url);
      const reportedAt = now();
      const record: PageRecord = { url, title: report.title, isArticle: report.isArticle, words: report.words, lastSeen: reportedAt };
      if (report.isArticle) await db.pages.put(record);
      if (tabId !== undefined) {
        const state: TabState = { ...report, url, tabId, reportedAt };
        await tabs.set(tabKey(tabId), state);
      }
      return { recorded: true };
    },

    async state(tabId: number): Promise<TabState | null> {
      const state = (await tabs.get(tabKey(tabId))) as TabState | undefined;
      return state ?? null;
    },

    async forgetTab(tabId: number): Promise<void> {
      await tabs.remove(tabKey(tabId));
    },

    async recent(limit: number): Promise<PageReport[]> {
      const rows = await db.pages.orderBy('lastSeen').reverse().limit(limit).toArray();
      return rows.map(({ url, title, isArticle, words }) => ({ url, title, isArticle, words }));
    },
  };
}

export type PageService = ReturnType<typeof createPageService>;
