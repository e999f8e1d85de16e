import { useEffect, useState } from 'preact/hooks';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import type { TabState } from '@/lib/messaging/messages/page';
import { PageStatus } from './PageStatus';

export interface PopupTab {
  id: number;
  url?: string;
}

export interface AppProps {
  background: BackgroundClient;
  tab: Promise<PopupTab | null>;
}

type Load = { status: 'loading' } | { status: 'ready'; tab: PopupTab | null; state: TabState | null } | { status: 'error'; message: string };

export function App({ background, tab }: AppProps) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });

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
      {load.status === 'ready' && <PageStatus state={load.state} hasTab={load.tab !== null} />}
    </main>
  );
}
