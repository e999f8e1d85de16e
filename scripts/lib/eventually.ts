/** Polls `probe` until it returns something other than undefined, or fails after `timeout` ms. */
export async function eventually<T>(probe: () => Promise<T | undefined>, { timeout = 10_000, interval = 100, what = 'condition' } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
