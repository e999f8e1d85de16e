// @vitest-environment happy-dom
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimsPanel } from '@/components/popup/ClaimsPanel';
import { siteHandlers } from '@/entrypoints/background/handlers/site';
import { claimsHandlers } from '@/entrypoints/background/handlers/claims';
import { createTabSummaries } from '@/lib/claims/tab-summaries';
import type { Claim } from '@/lib/claims/types';
import { createDatabase } from '@/lib/db/database';
import { createClient } from '@/lib/messaging/client';
import type { ContentProtocol } from '@/lib/messaging/content-protocol';
import { claimsMessages } from '@/lib/messaging/messages/claims';
import { contentClaimsMessages, type ClaimsList } from '@/lib/messaging/messages/content-claims';
import { siteMessages } from '@/lib/messaging/messages/site';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import { createRouter } from '@/lib/messaging/router';
import { memoryStore } from '@/lib/services/pages';
import { createSiteService } from '@/lib/services/sites';
import { click, mount, until } from '../dom-helpers';

const URL_ = 'https://news.example/world/memo';
const evidence = { articleId: 'a-1', outlet: 'The Star', title: 'Memo', sentence: 'The memo runs to eight pages.' };
const CLAIMS: Claim[] = [
  { index: 0, text: 'A hacking group obtained the memo.', verdict: 'corroborated', score: 0.9, evidence, differences: [] },
  {
    index: 1,
    text: 'The memo runs to twelve pages.',
    verdict: 'divergent',
    score: 0.8,
    evidence,
    differences: [{ kind: 'count', page: 'twelve', corpus: 'eight' }],
  },
];

/** The real site and claims handlers behind the real router, and a content script answering from `list`. */
function world(options: { list?: () => ClaimsList; unreachable?: boolean } = {}) {
  const sites = createSiteService(createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange, name: `claims-panel-${Math.random()}` }));
  const summaries = createTabSummaries(memoryStore());
  const route = createRouter({ ...siteMessages, ...claimsMessages }, {
    ...siteHandlers(sites),
    ...claimsHandlers({ loadMatcher: () => ({ match: () => [] }), summaries }),
  });
  const background = createClient((m) => route(m, { origin: 'extension' }), { retries: 0 }) as unknown as BackgroundClient;
  const page = { scrolled: [] as number[], refreshes: 0 };
  const list = options.list ?? ((): ClaimsList => ({ url: URL_, state: 'painted', sentences: 9, counts: { corroborated: 1, divergent: 1 }, claims: CLAIMS }));
  const contentRoute = createRouter(contentClaimsMessages, {
    'claims/list': list,
    'claims/scrollTo': ({ index }) => {
      page.scrolled.push(index);
      return { found: index < CLAIMS.length };
    },
    'claims/refresh': () => {
      page.refreshes++;
      return { state: 'painted' as const };
    },
    'claims/timings': () => null,
  });
  const content = createClient<ContentProtocol>(async (m) => {
    if (options.unreachable) throw new Error('Could not establish connection. Receiving end does not exist.');
    return contentRoute(m, { origin: 'extension' });
  }, { retries: 0 });
  return { background, content, page, sites, summaries };
}

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const items = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-testid="claim-list"] li')];

describe('ClaimsPanel', () => {
  it('shows the counts by verdict and the claims in reading order, with their kind in words', async () => {
    const w = world();
    view = mount(<ClaimsPanel background={w.background} content={w.content} tabId={3} url={URL_} />);
    const root = view.root;
    await until(() => items(root).length === 2, 'the claims');
    const counts = root.querySelector('[data-testid="claim-counts"]')!.textContent!;
    expect(counts).toContain('1 corroborated');
    expect(counts).toContain('1 divergent');
    expect(items(root).map((li) => li.dataset.verdict)).toEqual(['corroborated', 'divergent']);
    expect(items(root)[1]!.querySelector('[aria-label="Divergent"]')).not.toBeNull();
    expect(items(root)[1]!.textContent).toContain('The Star: eight (here: twelve)');
  });

  it('scrolls the page to a claim when it is chosen', async () => {
    const w = world();
    view = mount(<ClaimsPanel background={w.background} content={w.content} tabId={3} url={URL_} />);
    await until(() => items(view!.root).length === 2, 'the claims');
    click(items(view.root)[1]!.querySelector('button'));
    await until(() => w.page.scrolled.length === 1, 'the scroll request');
    expect(w.page.scrolled).toEqual([1]);
  });

  it('keeps looking while the page is still being checked', async () => {
    let calls = 0;
    const w = world({
      list: (): ClaimsList =>
        ++calls < 3
          ? { url: URL_, state: 'working', sentences: 0, counts: { corroborated: 0, divergent: 0 }, claims: [] }
          : { url: URL_, state: 'painted', sentences: 9, counts: { corroborated: 1, divergent: 1 }, claims: CLAIMS },
    });
    view = mount(<ClaimsPanel background={w.background} content={w.content} tabId={3} url={URL_} pollMs={5} />);
    expect(await until(() => view!.root.textContent?.includes('Checking') && 'seen', 'the busy state')).toBe('seen');
    await until(() => items(view!.root).length === 2, 'the claims after checking');
  });

  it('switches the site off, remembers it, and tells the page', async () => {
    const w = world();
    view = mount(<ClaimsPanel background={w.background} content={w.content} tabId={3} url={URL_} />);
    const toggle = await until(() => view!.root.querySelector<HTMLInputElement>('input[role="switch"]:not([disabled])'), 'the switch');
    expect(toggle.checked).toBe(true);
    expect(toggle.closest('label')!.textContent).toContain('Run Crosscheck on this site');
    click(toggle);
    await until(() => w.page.refreshes === 1, 'the page refresh');
    expect(await w.sites.isEnabled('news.example')).toBe(false);
    expect(toggle.checked).toBe(false);
  });

  it('falls back to the counts the background kept when the page does not answer', async () => {
    const w = world({ unreachable: true });
    await w.summaries.record(3, URL_, { corroborated: 4, divergent: 2 });
    view = mount(<ClaimsPanel background={w.background} content={w.content} tabId={3} url={URL_} />);
    const counts = await until(() => view!.root.querySelector('[data-testid="claim-counts"]'), 'the counts');
    expect(counts.textContent).toContain('4 corroborated');
    expect(counts.textContent).toContain('2 divergent');
  });
});
