import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { stepClaim } from '@/lib/claims/navigation';
import { SHORTCUTS, VERDICT_LABEL } from '@/lib/claims/labels';
import type { Rect } from '@/lib/claims/placement';
import type { LocatedClaim } from '@/lib/page/article-claims';
import { rangeAtPoint } from '@/lib/page/hit-test';
import type { ClaimsUi } from './claims-ui';

const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 350;

export interface InteractionDeps {
  claims(): readonly LocatedClaim[];
  /** Ranges of the painted claims, in the same order. */
  ranges(): readonly Range[];
  focusHighlight(index: number | null): void;
  ui: ClaimsUi;
}

/**
 * Pointing at a painted claim opens its card; Alt+Shift+N / Alt+Shift+P move to the next / previous
 * claim (scrolled into view, focused, card open); Alt+Shift+O opens or closes the focused claim's card;
 * Escape closes it. Listeners are added with the first painted claims and go with the context.
 */
export function createClaimsInteraction(ctx: ContentScriptContext, deps: InteractionDeps) {
  const { ui } = deps;
  let focused: number | null = null;
  let open: { index: number; via: 'pointer' | 'keyboard' } | null = null;
  let pending: { x: number; y: number } | null = null;
  let frame = 0;
  let showTimer = 0;
  let hideTimer = 0;
  let overCard = false;

  const cancel = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  };

  function anchorOf(range: Range): Rect | null {
    const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return first && (first.width > 0 || first.height > 0) ? first : null;
  }

  function show(index: number, anchor: Rect, via: 'pointer' | 'keyboard') {
    const claim = deps.claims()[index];
    if (!claim) return;
    cancel();
    open = { index, via };
    ui.show(claim, deps.claims().length, anchor, {
      onPointerEnter: () => {
        overCard = true;
        clearTimeout(hideTimer);
      },
      onPointerLeave: () => {
        overCard = false;
        if (open?.via === 'pointer') scheduleHide();
      },
      onClose: close,
    });
  }

  function close() {
    cancel();
    open = null;
    overCard = false;
    ui.hide();
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = ctx.setTimeout(() => {
      if (!overCard) close();
    }, HIDE_DELAY_MS);
  }

  function onPointer(x: number, y: number) {
    const hit = rangeAtPoint(document, deps.ranges(), x, y);
    if (hit) {
      clearTimeout(hideTimer);
      if (open?.index === hit.index) return;
      clearTimeout(showTimer);
      const { index, rect } = hit;
      showTimer = ctx.setTimeout(() => show(index, rect, 'pointer'), open ? 0 : SHOW_DELAY_MS);
    } else {
      clearTimeout(showTimer);
      if (open?.via === 'pointer' && !overCard) scheduleHide();
    }
  }

  /** Focuses a claim: focus highlight, scrolled to the upper third of the view, card open. */
  function focus(index: number, options: { scroll?: boolean; open?: boolean } = {}): boolean {
    const range = deps.ranges()[index];
    const claim = deps.claims()[index];
    if (!range || !claim) return false;
    focused = index;
    deps.focusHighlight(index);
    if (options.scroll !== false) {
      const rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight) scrollBy({ top: rect.top - innerHeight / 3, behavior: 'instant' });
    }
    const verdict = VERDICT_LABEL[claim.verdict].label.toLowerCase();
    ui.announce(`Claim ${index + 1} of ${deps.claims().length}, ${verdict}: ${claim.text}`);
    const anchor = anchorOf(range);
    if (options.open !== false && anchor) show(index, anchor, 'keyboard');
    return true;
  }

  /** The first claim that starts below the top of the view, for "next" with nothing focused. */
  function firstInView(): number | undefined {
    const ranges = deps.ranges();
    const index = ranges.findIndex((r) => r.getBoundingClientRect().bottom >= 0);
    return index >= 0 ? index : undefined;
  }

  function onKey(event: KeyboardEvent) {
    // Only the reader's own keys and pointer count, not events a page script dispatches.
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && open) {
      close();
      deps.focusHighlight(null);
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const count = deps.claims().length;
    if (count === 0) return;
    let target: number | null = null;
    if (event.code === SHORTCUTS.next.code) target = stepClaim(focused, count, 1, firstInView());
    else if (event.code === SHORTCUTS.previous.code) target = stepClaim(focused, count, -1, firstInView());
    else if (event.code === SHORTCUTS.open.code) {
      event.preventDefault();
      event.stopPropagation();
      if (open) close();
      else focus(focused ?? stepClaim(null, count, 1, firstInView()) ?? 0, { scroll: true, open: true });
      return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
    if (target !== null) focus(target);
  }

  let listening = false;
  /** Listens to the pointer, keys and scrolling: only once claims are painted, never on other pages. */
  function listen() {
    if (listening) return;
    listening = true;
    ctx.addEventListener(
      document,
      'pointermove',
      (event: PointerEvent) => {
        if (!event.isTrusted || ui.isInside(event) || deps.ranges().length === 0) return;
        pending = { x: event.clientX, y: event.clientY };
        if (!frame) {
          frame = ctx.requestAnimationFrame(() => {
            frame = 0;
            if (pending) onPointer(pending.x, pending.y);
          });
        }
      },
      { passive: true },
    );
    ctx.addEventListener(window, 'keydown', onKey, { capture: true });
    ctx.addEventListener(
      window,
      'scroll',
      () => {
        if (!open) return;
        if (open.via === 'pointer') close();
        else {
          const range = deps.ranges()[open.index];
          const anchor = range && anchorOf(range);
          if (anchor) show(open.index, anchor, 'keyboard');
        }
      },
      { passive: true },
    );
  }

  return {
    listen,
    focus,
    get focused() {
      return focused;
    },
    /** Forgets focus and closes the card (the claims were painted again or cleared). */
    reset(): void {
      close();
      focused = null;
      pending = null;
    },
  };
}

export type ClaimsInteraction = ReturnType<typeof createClaimsInteraction>;
