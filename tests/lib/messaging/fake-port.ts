import type { PortLike } from '@/lib/messaging/port';

/** One end of a fake port: what it posts reaches the other end's listeners on a later task, as in a browser. */
export interface FakePort extends PortLike {
  name: string;
  sender?: object;
  /** Messages this end posted. */
  posted: unknown[];
  readonly connected: boolean;
}

interface End {
  port: FakePort;
  onMessage: ((message: unknown) => void)[];
  onDisconnect: (() => void)[];
}

/**
 * Two connected ends (the side that connected, and the side that was connected to). Either end's
 * disconnect() fires the other end's onDisconnect (not its own), as runtime.Port does; posting on a
 * disconnected port throws, as browsers do.
 */
export function portPair(name = 'port', sender?: object): { near: FakePort; far: FakePort } {
  let connected = true;
  const ends: End[] = [];
  const make = (index: number): End => {
    const end: End = {
      onMessage: [],
      onDisconnect: [],
      port: {
        name,
        sender,
        posted: [],
        get connected() {
          return connected;
        },
        postMessage(message) {
          if (!connected) throw new Error('Attempting to use a disconnected port object');
          end.port.posted.push(message);
          const copy = structuredClone(message);
          const other = ends[1 - index]!;
          setTimeout(() => {
            if (connected) for (const listener of [...other.onMessage]) listener(copy);
          }, 0);
        },
        disconnect() {
          if (!connected) return;
          connected = false;
          const other = ends[1 - index]!;
          setTimeout(() => {
            for (const listener of [...other.onDisconnect]) listener();
          }, 0);
        },
        onMessage: { addListener: (listener) => void end.onMessage.push(listener) },
        onDisconnect: { addListener: (listener) => void end.onDisconnect.push(listener) },
      },
    };
    return end;
  };
  ends.push(make(0), make(1));
  return { near: ends[0]!.port, far: ends[1]!.port };
}
