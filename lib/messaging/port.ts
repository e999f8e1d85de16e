import * as v from 'valibot';
import type { Transport } from './client';
import type { SenderInfo } from './router';
import type { Result } from './result';

/**
 * Requests over one long-lived port (runtime.connect) instead of a runtime.sendMessage each. A
 * one-off message opens and closes a channel through the browser every time, which costs a few ms
 * per round trip on a busy machine; a message on an open port costs a fraction of that. The messages
 * and their replies are the same {type, payload} / Result, checked by the same router.
 */

/** The name of the port content scripts open to the background for requests. */
export const REQUEST_PORT = 'crosscheck/requests';

/** What a port needs to offer here (runtime.Port, in both browsers). */
export interface PortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** A request on the port: the message, and the number its reply carries back. */
const requestSchema = v.object({ id: v.pipe(v.number(), v.safeInteger(), v.minValue(0)), message: v.unknown() });
const replySchema = v.object({ id: v.pipe(v.number(), v.safeInteger(), v.minValue(0)), reply: v.unknown() });

export interface PortTransport extends Transport {
  /**
   * Connects now (the connection is otherwise made by the first request), so that the first request
   * does not wait for it. Never throws.
   */
  open(): void;
  /** Disconnects; requests still waiting fail, and the next request connects again. */
  close(): void;
}

/**
 * A Transport over a port from `connect`. The port is opened on demand and kept; when it goes away
 * (the service worker stopped, the receiver was not there), every request waiting on it fails with a
 * "disconnected" error, which the client treats as transient (it asks again, over a new port).
 */
export function createPortTransport(connect: () => PortLike): PortTransport {
  let port: PortLike | null = null;
  let nextId = 0;
  const waiting = new Map<number, { resolve(reply: unknown): void; reject(error: Error): void }>();

  function drop(from: PortLike, error: Error): void {
    if (port !== from) return;
    port = null;
    const pending = [...waiting.values()];
    waiting.clear();
    for (const request of pending) request.reject(error);
  }

  function open(): PortLike {
    if (port) return port;
    const opened = connect();
    port = opened;
    opened.onMessage.addListener((raw) => {
      const parsed = v.safeParse(replySchema, raw);
      if (!parsed.success) return;
      const request = waiting.get(parsed.output.id);
      if (!request) return;
      waiting.delete(parsed.output.id);
      request.resolve(parsed.output.reply);
    });
    opened.onDisconnect.addListener(() => drop(opened, new Error('The request port disconnected before a response was received')));
    return opened;
  }

  const transport = (message: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const target = open();
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      try {
        target.postMessage({ id, message });
      } catch (error) {
        waiting.delete(id);
        // A port that went away before its disconnection was reported: dropped, so that a retry connects again.
        if (error instanceof Error && /disconnected/i.test(error.message)) drop(target, error);
        reject(error);
      }
    });

  return Object.assign(transport, {
    open: () => {
      try {
        open();
      } catch {
        // Connecting ahead is only a head start: the request that needs the port reports why it cannot connect.
      }
    },
    close: () => {
      const current = port;
      if (!current) return;
      drop(current, new Error('The request port disconnected: closed'));
      try {
        current.disconnect();
      } catch {
        // Already gone.
      }
    },
  });
}

/**
 * Answers the requests that arrive on a port (the background's side): each goes through `route`, as a
 * one-off message would (same validation, same sender checks, from the port's sender), and its Result
 * goes back with the request's number. A request without a usable number cannot be answered and
 * closes the port: only a broken or foreign sender sends one.
 */
export function answerOnPort(
  port: PortLike,
  sender: SenderInfo | null,
  route: (message: unknown, sender: SenderInfo | null) => Promise<Result<unknown>>,
): void {
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((raw) => {
    const parsed = v.safeParse(requestSchema, raw);
    if (!parsed.success) {
      open = false;
      port.disconnect();
      return;
    }
    const { id, message } = parsed.output;
    void route(message, sender).then((reply) => {
      if (!open) return;
      try {
        port.postMessage({ id, reply });
      } catch {
        // The requester went away (a navigation, a closed tab): nobody to answer.
      }
    });
  });
}
