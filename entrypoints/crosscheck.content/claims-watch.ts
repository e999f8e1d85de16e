import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet time after the last DOM change before looking again. */
const SETTLE_MS = 400;
/** Looking happens at least this often while the page keeps changing. */
const MAX_WAIT_MS = 2_000;
/** How long after a load or a navigation a late article is still waited for. */
const LATE_ARTICLE_MS = 20_000;
/** Delay after a history-API navigation, for the page to render its new content. */
const NAVIGATION_SETTLE_MS = 300;

export interface WatchDeps {
  /** Whether the painted claims no longer match the page. */
  isStale(): boolean;
  /** Run the pipeline again: a late article may be there, or the painted claims went stale. */
  rerun(reason: 'article' | 'stale'): void;
}

/**
 * Watches the page's DOM with one debounced MutationObserver: before an article is found, for a late
 * one (for a while after a load or a navigation); once claims are painted, for the page replacing
 * the painted text (re-rendering, hydration). Changes the content script makes itself are ignored.
 */
export function watchPage(ctx: ContentScriptContext, doc: Document, deps: WatchDeps) {
  let mode: 'off' | 'article' | 'changes' = 'off';
  let articleDeadline: number | null = null;
  let timer = 0;
  let navigationTimer = 0;
  let firstChange = 0;

  const observer = new MutationObserver(() => {
    if (mode === 'off') return;
    const now = performance.now();
    if (!timer) firstChange = now;
    clearTimeout(timer);
    const wait = now - firstChange >= MAX_WAIT_MS ? 0 : SETTLE_MS;
    timer = ctx.setTimeout(settled, wait);
  });

  function settled() {
    timer = 0;
    if (mode === 'article') {
      if (articleDeadline !== null && performance.now() > articleDeadline) return stop();
      deps.rerun('article');
    } else if (mode === 'changes' && deps.isStale()) {
      deps.rerun('stale');
    }
  }

  function observe(next: 'article' | 'changes') {
    mode = next;
    observer.disconnect();
    const root = doc.body ?? doc.documentElement;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  function stop() {
    mode = 'off';
    clearTimeout(timer);
    timer = 0;
    observer.disconnect();
  }

  ctx.onInvalidated(stop);

  return {
    /** No article yet: look again when the page changes, until a while after the load or navigation. */
    watchForArticle(): void {
      articleDeadline ??= performance.now() + LATE_ARTICLE_MS;
      if (performance.now() > articleDeadline) return stop();
      observe('article');
    },
    /** Claims are painted: look again if the page replaces them. */
    watchForChanges(): void {
      observe('changes');
    },
    /** The URL changed without a reload: wait for the new content, then `run`. */
    afterNavigation(run: () => void): void {
      stop();
      articleDeadline = null;
      clearTimeout(navigationTimer);
      navigationTimer = ctx.setTimeout(run, NAVIGATION_SETTLE_MS);
    },
    /** Runs `change` (our own DOM changes, e.g. fallback marks) without it counting as a page change. */
    quietly<T>(change: () => T): T {
      const result = change();
      observer.takeRecords();
      return result;
    },
    stop,
  };
}
