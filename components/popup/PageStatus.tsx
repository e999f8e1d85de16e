import type { TabState } from '@/lib/messaging/messages/page';

export interface PageStatusProps {
  state: TabState | null;
  hasTab: boolean;
}

/** One line on what Crosscheck found on the current page. */
export function PageStatus({ state, hasTab }: PageStatusProps) {
  if (!hasTab) return <p class="muted">No page is open in this window.</p>;
  if (!state) {
    return (
      <p class="muted" data-testid="page-status" data-state="unknown">
        Crosscheck has not looked at this page. It runs on web pages (http and https); reload the page if it was open
        before Crosscheck was installed.
      </p>
    );
  }
  if (!state.isArticle) {
    return (
      <p data-testid="page-status" data-state="not-article">
        No news article found on this page.
      </p>
    );
  }
  return (
    <section data-testid="page-status" data-state="article" aria-label="This page">
      <p>
        Article found: <strong>{state.title || state.url}</strong>
      </p>
      <p class="muted">{state.words.toLocaleString('en')} words</p>
    </section>
  );
}
