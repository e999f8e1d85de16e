import { describe, expect, it } from 'vitest';
import { createClient } from '@/lib/messaging/client';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import { MessageError } from '@/lib/messaging/result';

const noSleep = async () => {};

describe('createClient', () => {
  it('retries while the receiving end is not there, then delivers', async () => {
    let calls = 0;
    const client = createClient<BackgroundProtocol>(
      async () => {
        calls++;
        if (calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, value: { recorded: true } };
      },
      { sleep: noSleep },
    );
    const reply = await client.request('page/report', { url: 'https://a.example/', title: 't', isArticle: true, words: 3 });
    expect(reply).toEqual({ ok: true, value: { recorded: true } });
    expect(calls).toBe(3);
  });

  it('asks again when the receiver went away before answering (a worker stopped mid-request)', async () => {
    const errors = [
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      'The message port closed before a response was received.',
    ];
    let calls = 0;
    const client = createClient<BackgroundProtocol>(
      async () => {
        const error = errors[calls++];
        if (error) throw new Error(error);
        return { ok: true, value: { recorded: true } };
      },
      { sleep: noSleep },
    );
    expect(await client.request('page/report', { url: 'https://a.example/', title: 't', isArticle: true, words: 3 })).toEqual({ ok: true, value: { recorded: true } });
    expect(calls).toBe(3);
  });

  it('gives up with an "unavailable" error after the retries', async () => {
    let calls = 0;
    const client = createClient<BackgroundProtocol>(
      async () => {
        calls++;
        throw new Error('Receiving end does not exist.');
      },
      { sleep: noSleep, retries: 2 },
    );
    const reply = await client.request('page/state', { tabId: 1 });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('unavailable');
    expect(calls).toBe(3);
  });

  it('does not retry other errors, and call() throws a MessageError with the code', async () => {
    let calls = 0;
    const client = createClient<BackgroundProtocol>(async () => {
      calls++;
      return { ok: false, error: { code: 'forbidden', message: 'no' } };
    });
    await expect(client.call('page/state', { tabId: 1 })).rejects.toEqual(new MessageError('forbidden', 'no'));
    expect(calls).toBe(1);
  });

  it('treats a malformed reply as an error', async () => {
    const client = createClient<BackgroundProtocol>(async () => ({ nonsense: true }), { sleep: noSleep });
    const reply = await client.request('page/state', { tabId: 1 });
    expect(!reply.ok && reply.error.code).toBe('internal');
  });
});
