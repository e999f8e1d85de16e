import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Staleness } from './notes-layer';

/** Quiet time after the last change before looking at the notes again. */
const SETTLE_MS = 400;
/** Tries to find orphans in content that keeps changing, before giving up until the next load. */
const ORPHAN_TRIES = 20;

/**
 * Watches the page for late content (articles that render after load, lazy paragraphs, edits) and
 * re-anchors the notes when a painted one lost its text or orphans may have appeared. Observes only
 * once there are notes, so a page without notes pays nothing.
 */
export function watchForChanges(ctx: ContentScriptContext, root: Node, check: () => Staleness, reanchor: () => void) {
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  let orphanTries = 0;

  function settle(): void {
    timer = undefined;
    const stale = check();
    if (stale === null) return;
    if (stale === 'orphans' && orphanTries++ >= ORPHAN_TRIES) return;
    reanchor();
  }

  return {
    start(): void {
      orphanTries = 0;
      if (observer || ctx.isInvalid) return;
      observer = new MutationObserver(() => {
        if (timer !== undefined) clearTimeout(timer);
        timer = ctx.setTimeout(settle, SETTLE_MS);
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      ctx.onInvalidated(() => observer?.disconnect());
    },
  };
}
