import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defineMessage } from '@/lib/messaging/define';
import { classifySender, createRouter, type SenderInfo } from '@/lib/messaging/router';
import { MessageError } from '@/lib/messaging/result';

const protocol = {
  'echo/upper': defineMessage<string>()({ request: v.object({ text: v.pipe(v.string(), v.maxLength(10)) }), from: ['content', 'extension'] }),
  'admin/wipe': defineMessage<number>()({ request: v.object({}), from: ['extension'] }),
  'fail/missing': defineMessage<never>()({ request: v.object({}), from: ['extension'] }),
};

const route = createRouter(protocol, {
  'echo/upper': ({ text }) => text.toUpperCase(),
  'admin/wipe': async () => 3,
  'fail/missing': () => {
    throw new MessageError('not-found', 'No such note');
  },
});

const content: SenderInfo = { origin: 'content', tabId: 4 };
const popup: SenderInfo = { origin: 'extension' };

describe('createRouter', () => {
  it('answers a valid message with its handler value', async () => {
    expect(await route({ type: 'echo/upper', payload: { text: 'abc' } }, content)).toEqual({ ok: true, value: 'ABC' });
  });

  it('rejects payloads that do not match the schema, naming the field', async () => {
    const reply = await route({ type: 'echo/upper', payload: { text: 'x'.repeat(11) } }, content);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid-message');
      expect(reply.error.message).toContain('text');
    }
  });

  it('answers unknown and malformed messages with an error, never a throw', async () => {
    for (const message of [null, 42, 'x', { type: 'nope', payload: {} }, { type: 'toString', payload: {} }, { payload: {} }]) {
      const reply = await route(message, popup);
      expect(reply.ok).toBe(false);
    }
    const unknown = await route({ type: 'nope', payload: {} }, popup);
    expect(!unknown.ok && unknown.error.code).toBe('unknown-message');
  });

  it('refuses messages from contexts that may not send them', async () => {
    const reply = await route({ type: 'admin/wipe', payload: {} }, content);
    expect(!reply.ok && reply.error.code).toBe('forbidden');
    expect(await route({ type: 'admin/wipe', payload: {} }, popup)).toEqual({ ok: true, value: 3 });
    const stranger = await route({ type: 'echo/upper', payload: { text: 'a' } }, null);
    expect(!stranger.ok && stranger.error.code).toBe('forbidden');
  });

  it('turns thrown errors into error objects with their code', async () => {
    expect(await route({ type: 'fail/missing', payload: {} }, popup)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such note' },
    });
  });
});

describe('classifySender', () => {
  const base = 'chrome-extension://abc/';
  it('tells the popup, a content script and the background apart, and refuses other extensions', () => {
    expect(classifySender({ id: 'abc', url: `${base}popup.html` }, 'abc', base)?.origin).toBe('extension');
    expect(classifySender({ id: 'abc', url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 }, 'abc', base)).toEqual({
      origin: 'content',
      tabId: 7,
      frameId: 0,
      url: 'https://news.example/a',
    });
    expect(classifySender({ id: 'abc' }, 'abc', base)?.origin).toBe('background');
    expect(classifySender({ id: 'other', url: `${base}popup.html` }, 'abc', base)).toBeNull();
  });
});
