import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TabState } from '@/lib/messaging/messages/page';
import type { PopupServices } from './clients';
import { AllNotes } from './AllNotes';
import { ClaimsPanel } from './ClaimsPanel';
import { PageNotes } from './PageNotes';
import { PageStatus } from './PageStatus';
import { Tabs } from './Tabs';

export interface PopupTab {
  id: number;
  url?: string;
}

export interface AppProps extends PopupServices {
  tab: Promise<PopupTab | null>;
  /** The tab shown first: 'page' (default when there is a tab) or 'all'. */
  initialView?: 'page' | 'all';
}

type PageLoad = { status: 'loading' } | { status: 'ready'; state: TabState | null } | { status: 'error'; message: string };

/** The popup: "This page" (what Crosscheck found, claims, this page's notes) and "All notes". */
export function App({ tab, initialView, ...services }: AppProps) {
  const { background } = services;
  /** undefined while the tab is being looked up. */
  const [target, setTarget] = useState<PopupTab | null | undefined>(undefined);
  const [page, setPage] = useState<PageLoad>({ status: 'loading' });
  const [notesRevision, setNotesRevision] = useState(0);

  useEffect(() => {
    let alive = true;
    tab
      .catch(() => null)
      .then(async (found) => {
        if (!alive) return;
        setTarget(found);
        if (!found) return setPage({ status: 'ready', state: null });
        const reply = await background.request('page/state', { tabId: found.id });
        if (alive) setPage(reply.ok ? { status: 'ready', state: reply.value } : { status: 'error', message: reply.error.message });
      });
    return () => {
      alive = false;
    };
  }, [background, tab]);

  const content = useMemo(() => (target ? services.contentOf(target.id) : null), [target?.id]);

  function thisPage() {
    if (page.status === 'loading') return <p class="muted">Loading…</p>;
    if (page.status === 'error') {
      return (
        <p role="alert" class="error">
          {page.message}
        </p>
      );
    }
    const url = page.state?.url ?? target?.url;
    return (
      <>
        <PageStatus state={page.state} hasTab={!!target} />
        {target && <ClaimsPanel background={background} content={content} tabId={target.id} url={url} />}
        {target && <PageNotes services={services} content={content} url={url} revision={notesRevision} />}
      </>
    );
  }

  return (
    <main class="popup" aria-busy={target === undefined || page.status === 'loading'}>
      <header class="popup-header">
        <h1>Crosscheck</h1>
      </header>
      {target === undefined ? (
        <p class="muted">Loading…</p>
      ) : (
        <Tabs
          label="Crosscheck views"
          initial={initialView ?? (target ? 'page' : 'all')}
          tabs={[
            { id: 'page', label: 'This page', render: thisPage },
            {
              id: 'all',
              label: 'All notes',
              render: () => <AllNotes services={services} onChanged={() => setNotesRevision((r) => r + 1)} />,
            },
          ]}
        />
      )}
    </main>
  );
}
