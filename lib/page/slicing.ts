/**
 * Cooperative time slicing: long work on a page is done in slices, and between slices the page gets
 * the main thread back (input, rendering, its own scripts), so that the tab never freezes.
 */

/** Called between units of work; resolves at once, or after giving the page a turn when the slice is used up. */
export type Pause = () => Promise<void> | void;

/** Milliseconds of work in one slice before the page gets a turn. */
export const SLICE_MS = 25;

/**
 * Lets the page run: a new task, queued behind the page's own timers, input and rendering
 * (scheduler.yield() would resume ahead of the page's timers, which is not what a guest should do).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A Pause that yields once `budget` ms of work have passed since the last yield. Cheap to call often:
 * between slices it costs one clock read.
 */
export function timeSlicer(
  budget: number = SLICE_MS,
  now: () => number = () => performance.now(),
  yieldNow: () => Promise<void> = yieldToPage,
): Pause {
  let sliceStart = now();
  return () => {
    if (now() - sliceStart < budget) return;
    return yieldNow().then(() => {
      sliceStart = now();
    });
  };
}

/** A Pause that never yields (Node, tests, the CLI). */
export const noPause: Pause = () => undefined;
