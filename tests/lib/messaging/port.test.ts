import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createClient } from '@/lib/messaging/client';
import { defineMessage } from '@/lib/messaging/define';
import { answerOnPort, createPortTransport } from '@/lib/messaging/port';
import { createRouter, type SenderInfo } from '@/lib/messaging/router';
import { portPair, type FakePort } from './fake-port';

const protocol = {
  'echo/upper': defineMessage<string>()({ request: v.object({ text: v.pipe(v.string(), v.maxLength(10)) }), from: ['content', 'extension'] }),
  'slow/echo': defineMessage<string>()({ request: v.object({ text: v.string(), ms: v.number() }), from: ['content'] }),
  'admin/wipe': defineMessage<number>()({ request: v.object({}), from: ['extension'] }),
};

const route = createRouter(protocol, {
  'echo/upper': ({ text }) => text.toUpperCase(),
  'slow/echo': ({ text, ms }) => new Promise((resolve) => setTimeout(() => resolve(text), ms)),
  'admin/wipe': () => 3,
});

const content: SenderInfo = { origin: 'content', tabId: 4, frameId: 0 };
const noSleep = async () => {};

/** A background that answers every port it is connected by; `connections` lists the ports opened, in order. */
function background(sender: SenderInfo | null = content) {
  const connections: { near: FakePort; far: FakePort }[] = [];
  const connect = () => {
    const pair = portPair('requests');
    answerOnPort(pair.far, sender, route);
    connections.push(pair);
    return pair.near;
  };
  return { connect, connections };
}

describe('requests over a port', () => {
  it('answers each request with its own reply, whatever order the replies come back in, over one port', async () => {
    const bg = background();
    const client = createClient<typeof protocol>(createPortTransport(bg.connect), { sleep: noSleep });
    const slow = client.request('slow/echo', { text: 'first', ms: 20 });
    const fast = client.request('echo/upper', { text: 'second' });
    expect(await Promise.all([slow, fast])).toEqual([
      { ok: true, value: 'first' },
      { ok: true, value: 'SECOND' },
    ]);
    expect(bg.connections).toHaveLength(1);
  });

  it('checks every request as a one-off message is checked: schema, sender, unknown types', async () => {
    const client = createClient<typeof protocol>(createPortTransport(background().connect), { sleep: noSleep });
    expect(await client.request('echo/upper', { text: 'x'.repeat(11) })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await client.request('admin/wipe', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const transport = createPortTransport(background().connect);
    expect(await transport({ type: 'no/such', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await transport('not an envelope')).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('refuses everything on a port whose sender is not this extension', async () => {
    const client = createClient<typeof protocol>(createPortTransport(background(null).connect), { sleep: noSleep });
    expect(await client.request('echo/upper', { text: 'abc' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('connects once, ahead of the first request when opened early', async () => {
    const bg = background();
    const transport = createPortTransport(bg.connect);
    transport.open();
    transport.open();
    expect(bg.connections).toHaveLength(1);
    expect(await transport({ type: 'echo/upper', payload: { text: 'a' } })).toEqual({ ok: true, value: 'A' });
    expect(bg.connections).toHaveLength(1);
  });

  it('asks again over a new port when the background goes away in the middle of a request', async () => {
    const bg = background();
    const client = createClient<typeof protocol>(createPortTransport(bg.connect), { sleep: noSleep });
    const reply = client.request('slow/echo', { text: 'again', ms: 30 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The service worker stops: its end of the port goes, and so does the reply it was working on.
    bg.connections[0]!.far.disconnect();
    expect(await reply).toEqual({ ok: true, value: 'again' });
    expect(bg.connections).toHaveLength(2);
  });

  it('asks again over a new port when the port was gone before the request was posted', async () => {
    const bg = background();
    const client = createClient<typeof protocol>(createPortTransport(bg.connect), { sleep: noSleep });
    expect(await client.request('echo/upper', { text: 'a' })).toEqual({ ok: true, value: 'A' });
    // Gone, and the disconnection not reported yet.
    const first = bg.connections[0]!;
    first.far.disconnect();
    expect(first.near.connected).toBe(false);
    expect(await client.request('echo/upper', { text: 'b' })).toEqual({ ok: true, value: 'B' });
    expect(bg.connections).toHaveLength(2);
  });

  it('gives up with a clear error when no background can be reached at all', async () => {
    const transport = createPortTransport(() => {
      const pair = portPair('requests');
      // Nothing listens: the browser disconnects the port at once.
      pair.far.disconnect();
      return pair.near;
    });
    const client = createClient<typeof protocol>(transport, { sleep: noSleep, retries: 2 });
    expect(await client.request('echo/upper', { text: 'a' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('connects ahead without throwing when the extension is gone; the request then says why', async () => {
    const transport = createPortTransport(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => transport.open()).not.toThrow();
    const client = createClient<typeof protocol>(transport, { sleep: noSleep });
    expect(await client.request('echo/upper', { text: 'a' })).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/invalidated/) } });
  });

  it('fails the requests still waiting when closed, and connects again for the next', async () => {
    const bg = background();
    const transport = createPortTransport(bg.connect);
    const waiting = transport({ type: 'slow/echo', payload: { text: 'late', ms: 20 } });
    transport.close();
    await expect(waiting).rejects.toThrow(/disconnected/);
    expect(bg.connections[0]!.near.connected).toBe(false);
    expect(await transport({ type: 'echo/upper', payload: { text: 'a' } })).toEqual({ ok: true, value: 'A' });
    expect(bg.connections).toHaveLength(2);
  });
});

describe('answerOnPort', () => {
  it('closes a port that sends something other than a numbered request, and answers nothing', async () => {
    for (const raw of [null, 'x', { message: { type: 'echo/upper', payload: { text: 'a' } } }, { id: -1, message: {} }, { id: 1.5, message: {} }]) {
      const pair = portPair('requests');
      answerOnPort(pair.far, content, route);
      pair.near.postMessage(raw);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(pair.far.posted).toEqual([]);
      expect(pair.far.connected).toBe(false);
    }
  });

  it('answers nobody once the requester has gone', async () => {
    const pair = portPair('requests');
    answerOnPort(pair.far, content, route);
    pair.near.postMessage({ id: 0, message: { type: 'slow/echo', payload: { text: 'x', ms: 10 } } });
    await new Promise((resolve) => setTimeout(resolve, 2));
    pair.near.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pair.far.posted).toEqual([]);
  });
});
