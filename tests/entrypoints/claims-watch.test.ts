// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchPage } from '@/entrypoints/crosscheck.content/claims-watch';

let ctx: ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main id="app"><p>Loading…</p></main>';
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

/** Lets the MutationObserver deliver, then runs timers for `ms`. */
async function after(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watchPage', () => {
  it('looks for a late article once the page has stopped changing', async () => {
    const rerun = vi.fn();
    const watcher = watchPage(ctx, document, { isStale: () => false, rerun });
    watcher.watchForArticle();
    document.getElementById('app')!.append(document.createElement('article'));
    await after(100);
    document.getElementById('app')!.append(document.createElement('p'));
    await after(100);
    expect(rerun).not.toHaveBeenCalled();
    await after(500);
    expect(rerun).toHaveBeenCalledExactlyOnceWith('article');
  });

  it('stops looking for a late article after a while', async () => {
    const rerun = vi.fn();
    const watcher = watchPage(ctx, document, { isStale: () => false, rerun });
    watcher.watchForArticle();
    await after(25_000);
    document.body.append(document.createElement('p'));
    await after(1_000);
    expect(rerun).not.toHaveBeenCalled();
  });

  it('runs again when painted claims went stale, and not for its own changes', async () => {
    const rerun = vi.fn();
    let stale = false;
    const watcher = watchPage(ctx, document, { isStale: () => stale, rerun });
    watcher.watchForChanges();
    watcher.quietly(() => document.body.append(document.createElement('crosscheck-mark')));
    await after(3_000);
    expect(rerun).not.toHaveBeenCalled();
    document.body.append(document.createElement('div'));
    await after(3_000);
    expect(rerun).not.toHaveBeenCalled();
    stale = true;
    document.body.append(document.createElement('div'));
    await after(3_000);
    expect(rerun).toHaveBeenCalledExactlyOnceWith('stale');
  });

  it('waits for the new page after a navigation, and stops with the extension context', async () => {
    const rerun = vi.fn();
    const run = vi.fn();
    const watcher = watchPage(ctx, document, { isStale: () => true, rerun });
    watcher.afterNavigation(run);
    watcher.afterNavigation(run);
    await after(1_000);
    expect(run).toHaveBeenCalledOnce();
    watcher.watchForChanges();
    ctx.abort();
    document.body.append(document.createElement('div'));
    await after(3_000);
    expect(rerun).not.toHaveBeenCalled();
  });
});
