import { browser } from 'wxt/browser';
import { createMatcher, loadBundledCorpus, type Matcher } from '@/lib/matcher';
import { badgeText } from '@/lib/claims/summary';
import { createTabSummaries, type SummaryStore, type TabSummaries } from '@/lib/claims/tab-summaries';
import { MessageError } from '@/lib/messaging/result';
import type { Handlers } from '@/lib/messaging/router';
import type { claimsMessages } from '@/lib/messaging/messages/claims';
import { sessionStore } from '../session-store';

export interface ClaimsBackendDeps {
  /** Builds the matcher; called once, on the first request that needs it. */
  loadMatcher(): Matcher;
  summaries: TabSummaries;
  /** Shows the number of painted claims on the toolbar button of a tab. */
  setBadge?(tabId: number, text: string): void;
}

/** The browser's own: the bundled corpus, storage.session, the toolbar badge; summaries go when a tab closes. */
export function browserClaimsDeps(): ClaimsBackendDeps {
  const summaries = createTabSummaries(sessionStore(browser.storage.session) as SummaryStore);
  browser.tabs.onRemoved.addListener((tabId) => void summaries.forget(tabId));
  const action = browser.action ?? browser.browserAction;
  return {
    loadMatcher: () => createMatcher(loadBundledCorpus()),
    summaries,
    setBadge: (tabId, text) => {
      try {
        void action?.setBadgeBackgroundColor({ tabId, color: '#1f4f8a' }).catch(() => {});
        void action?.setBadgeText({ tabId, text }).catch(() => {});
      } catch {
        // No toolbar button to badge (or a browser without the API): the popup still shows the counts.
      }
    },
  };
}

/**
 * Matching for content scripts (the matcher is built when first asked for, by 'claims/prepare' or a
 * match, and kept), and per-tab claim counts.
 */
export function claimsHandlers(deps: ClaimsBackendDeps = browserClaimsDeps()): Handlers<typeof claimsMessages> {
  let matcher: Matcher | null = null;
  let prepared = false;
  /** The matcher, built and with its corpus index made (which it makes on its first match). */
  const ready = (): Matcher => {
    matcher ??= deps.loadMatcher();
    if (!prepared) {
      matcher.match([]);
      prepared = true;
    }
    return matcher;
  };
  return {
    'claims/prepare': () => {
      ready();
      return { prepared: true };
    },
    'claims/match': ({ sentences, published, only }) => {
      const built = ready();
      const start = performance.now();
      const verdicts = built.match(sentences, { published, ...(only ? { only } : {}) }).map((v) => (v.verdict === 'none' ? null : v));
      return { verdicts, matchMs: performance.now() - start };
    },
    'claims/report': async ({ url, counts }, sender) => {
      if (sender.tabId === undefined) throw new MessageError('forbidden', 'Only a page reports its claims');
      if (sender.frameId !== undefined && sender.frameId !== 0) throw new MessageError('forbidden', 'Only the top frame reports claims');
      await deps.summaries.record(sender.tabId, url, counts);
      deps.setBadge?.(sender.tabId, badgeText(counts));
      return { recorded: true };
    },
    'claims/summary': ({ tabId }) => deps.summaries.get(tabId),
  };
}
