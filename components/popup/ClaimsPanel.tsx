import { useEffect, useState } from 'preact/hooks';
import type { ClaimsList } from '@/lib/messaging/messages/content-claims';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import { isEligibleUrl } from '@/lib/page/gate';
import { siteOf } from '@/lib/url/normalize';
import type { ContentClient } from './clients';
import { ClaimList } from './ClaimList';
import { SiteSwitch } from './SiteSwitch';
import './claims.css';

export interface ClaimsPanelProps {
  background: BackgroundClient;
  /** The tab's content script, or null when there is none. */
  content: ContentClient | null;
  tabId: number;
  /** The page's URL as last known; the content script's own word wins. */
  url: string | undefined;
  /** Delay between looks while the page is still being checked (tests shorten it). */
  pollMs?: number;
}

type View =
  | { kind: 'loading' }
  | { kind: 'unreachable'; summary: ClaimsList['counts'] | null }
  | { kind: 'ready'; list: ClaimsList };

const BUSY = new Set(['pending', 'working']);
/** Looks while the page is being checked, at most. */
const MAX_POLLS = 40;

/**
 * The claims Crosscheck painted on the page in the tab: counts by verdict and the list (each one
 * scrolls the page to the claim), and the switch that turns Crosscheck off or on for the site.
 */
export function ClaimsPanel({ background, content, tabId, url: knownUrl, pollMs = 250 }: ClaimsPanelProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [revision, setRevision] = useState(0);
  const [notFound, setNotFound] = useState<number | null>(null);

  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = async (polls: number) => {
      const reply = content ? await content.request('claims/list', {}) : null;
      if (!alive) return;
      if (!reply?.ok) {
        const summary = await background.request('claims/summary', { tabId });
        if (alive) setView({ kind: 'unreachable', summary: summary.ok && summary.value ? summary.value.counts : null });
        return;
      }
      setView({ kind: 'ready', list: reply.value });
      if (BUSY.has(reply.value.state) && polls < MAX_POLLS) timer = setTimeout(() => void look(polls + 1), pollMs);
    };
    void look(0);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [background, content, tabId, revision]);

  const url = view.kind === 'ready' ? view.list.url : knownUrl;
  const host = url && isEligibleUrl(url) ? siteOf(url) : null;

  async function scrollTo(index: number) {
    setNotFound(null);
    const reply = await content?.request('claims/scrollTo', { index });
    if (!reply?.ok || !reply.value.found) setNotFound(index);
  }

  async function switched() {
    await content?.request('claims/refresh', {});
    setRevision((r) => r + 1);
  }

  return (
    <section class="claims" aria-labelledby="claims-heading" data-testid="claims-panel">
      <h2 id="claims-heading">Claims on this page</h2>
      {host && <SiteSwitch background={background} host={host} onChange={switched} />}
      <ClaimsBody view={view} onShow={scrollTo} />
      {notFound !== null && (
        <p role="alert" class="error">
          That claim is no longer on the page.
        </p>
      )}
    </section>
  );
}

function ClaimsBody({ view, onShow }: { view: View; onShow(index: number): void }) {
  if (view.kind === 'loading') return <p class="muted">Checking the page…</p>;
  if (view.kind === 'unreachable') {
    if (view.summary) return <ClaimCounts counts={view.summary} />;
    return <p class="muted">Claims are checked on web pages once they have loaded; reload the page if it was open before Crosscheck.</p>;
  }
  const { list } = view;
  switch (list.state) {
    case 'pending':
    case 'working':
      return (
        <p class="muted" role="status">
          Checking the article’s claims against the reference corpus…
        </p>
      );
    case 'off':
      return <p class="muted">Crosscheck is switched off on this site.</p>;
    case 'not-article':
      return null; // The page status above says so.
    case 'error':
      return (
        <p role="alert" class="error">
          The claims could not be checked. Reload the page to try again.
        </p>
      );
    case 'painted':
      return (
        <>
          <ClaimCounts counts={list.counts} sentences={list.sentences} />
          <ClaimList claims={list.claims} onShow={onShow} />
        </>
      );
  }
}

function ClaimCounts({ counts, sentences }: { counts: ClaimsList['counts']; sentences?: number }) {
  return (
    <p class="claim-counts" data-testid="claim-counts">
      <span class="count corroborated" data-verdict="corroborated">
        <span aria-hidden="true">✓</span> <strong>{counts.corroborated}</strong> corroborated
      </span>
      <span class="count divergent" data-verdict="divergent">
        <span aria-hidden="true">≠</span> <strong>{counts.divergent}</strong> divergent
      </span>
      {sentences !== undefined && <span class="muted"> of {sentences} sentences</span>}
    </p>
  );
}
