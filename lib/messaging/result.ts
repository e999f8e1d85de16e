/** Replies between extension contexts. Errors do not survive structured cloning, so they travel as plain objects. */
export type ErrorCode =
  | 'invalid-message'
  | 'unknown-message'
  | 'forbidden'
  | 'not-found'
  | 'unavailable'
  | 'invalid-input'
  | 'internal';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): { ok: false; error: ErrorInfo } => ({
  ok: false,
  error: { code, message },
});

/** An error thrown on purpose by a handler, carrying the code the reply should have. */
export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof MessageError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: message || 'Unknown error' };
}

export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const r = value as { ok: unknown; error?: unknown };
  if (r.ok === true) return 'value' in r;
  if (r.ok !== false) return false;
  const e = r.error as { code?: unknown; message?: unknown } | undefined;
  return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string';
}
