import type { MessageSpec, RequestOf, ResponseOf } from './define';
import { fail, isResult, MessageError, type Result } from './result';

export type Transport = (message: unknown) => Promise<unknown>;

export interface ClientOptions {
  /** Further attempts after the first when the receiver is not there (e.g. a stopped service worker). */
  retries?: number;
  /** Delay before the first retry in ms; doubles after each. */
  retryDelay?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Errors of a receiver that is not there, or that went away before answering (a service worker stopped
 * in the middle of a request: every background operation is safe to repeat, being keyed by id or
 * read-only, so it is asked again of the new worker).
 */
const NOT_THERE = /receiving end does not exist|could not establish connection|message port closed|message channel closed|extension context invalidated|no response|disconnected/i;

/** True for the errors runtime messaging raises while the receiver is (re)starting. */
export function isTransientError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return NOT_THERE.test(message) && !/extension context invalidated/i.test(message);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A typed client over a transport (runtime.sendMessage, tabs.sendMessage …).
 * `request` resolves to a Result and never throws; `call` unwraps it and throws a MessageError.
 */
export function createClient<P extends Record<string, MessageSpec>>(transport: Transport, options: ClientOptions = {}) {
  const { retries = 4, retryDelay = 100, sleep = defaultSleep } = options;

  async function request<K extends keyof P & string>(type: K, payload: RequestOf<P[K]>): Promise<Result<ResponseOf<P[K]>>> {
    let delay = retryDelay;
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await transport({ type, payload });
        if (isResult(reply)) return reply as Result<ResponseOf<P[K]>>;
        if (reply === undefined && attempt < retries) {
          // No listener answered (the worker was starting up): try again.
        } else {
          return fail('internal', `Malformed reply to "${type}"`);
        }
      } catch (error) {
        if (!isTransientError(error) || attempt >= retries) {
          const message = error instanceof Error ? error.message : String(error);
          return fail('unavailable', `Crosscheck's background is not reachable (${message})`);
        }
      }
      await sleep(delay);
      delay *= 2;
    }
  }

  async function call<K extends keyof P & string>(type: K, payload: RequestOf<P[K]>): Promise<ResponseOf<P[K]>> {
    const result = await request(type, payload);
    if (!result.ok) throw new MessageError(result.error.code, result.error.message);
    return result.value;
  }

  return { request, call };
}
