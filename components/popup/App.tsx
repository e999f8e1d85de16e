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

type Load = { status: 'loading' } | { status: 'ready'; tab: PopupTab | null; state: TabState | null } | { status: 'error'; message: string };

export function App({ tab, initialView, ...services }: AppProps) {
  const { background } = services;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notesRevision, setNotesRevision] = useState(0);

  useEffect(() => {
    let alive = true;
    (async () => {
      const target = await tab;
      if (!target) return { status: 'ready', tab: null, state: null } as const;
      const reply = await background.request('page/state', { tabId: target.id });
      if (!reply.ok) return { status: 'error', message: reply.error.message } as const;
      return { status: 'ready', tab: target, state: reply.value } as const;
    })()
      .catch((error: unknown) => ({ status: 'error', message: String(error) }) as const)
      .then((next) => alive && setLoad(next));
    return () => {
      alive = false;
    };
  }, [background, tab]);

  const target = load.status === 'ready' ? load.tab : null;
  const content = useMemo(() => (target ? services.contentOf(target.id) : null), [target?.id]);

  return (
    <main class="popup" aria-busy={load.status === 'loading'}>
      <header class="popup-header">
        <h1>Crosscheck</h1>
      </header>
      {load.status === 'loading' && <p class="muted">Loading…</p>}
      {load.status === 'error' && (
        <p role="alert" class="error">
          {load.message}
        </p>
      )}
      {load.status === 'ready' && (
        <Tabs
          label="Crosscheck views"
          initial={initialView ?? (load.tab ? 'page' : 'all')}
          tabs={[
            {
              id: 'page',
              label: 'This page',
              render: () => (
                <>
                  <PageStatus state={load.state} hasTab={load.tab !== null} />
                  {load.tab && <ClaimsPanel background={background} content={content} tabId={load.tab.id} url={load.state?.url ?? load.tab.url} />}
                  {load.tab && (
                    <PageNotes services={services} content={content} url={load.state?.url ?? load.tab.url} revision={notesRevision} />
                  )}
                </>
              ),
            },
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
