import { MessageError } from '../messaging/result';

/** What the reader is told when the browser refuses to store more. */
export const STORAGE_FULL_MESSAGE =
  'The browser has no storage space left for Crosscheck, so nothing was saved. Free some disk space (or delete notes you no longer need) and try again.';

const QUOTA = /quota/i;

/**
 * Whether an error (as IndexedDB or Dexie raise it) says the storage quota is used up: a
 * QuotaExceededError itself, a transaction aborted because of one, or a bulk write with one among
 * its failures.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown; failuresByPos?: unknown };
  if (e.name === 'QuotaExceededError' || (typeof e.message === 'string' && QUOTA.test(e.message) && /exceed/i.test(e.message))) return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failuresByPos && typeof e.failuresByPos === 'object' ? Object.values(e.failuresByPos) : [];
  return failures.some((failure) => isQuotaError(failure, depth + 1));
}

/** Runs a write; a quota error becomes a MessageError with a message for the reader. */
export async function withStorageErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new MessageError('unavailable', STORAGE_FULL_MESSAGE);
    throw error;
  }
}
