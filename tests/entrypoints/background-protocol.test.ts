import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '@/entrypoints/background/main';
import { createDatabase, type CrosscheckDB } from '@/lib/db/database';
import { contentProtocol } from '@/lib/messaging/content-protocol';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { noteInput } from '../lib/notes/helpers';
import { REQUEST_PORT } from '@/lib/messaging/port';
import { contentSender, deliver, popupSender, portTo, stubMissingEvents } from './fake-background';

const PAGE = 'https://news.example/story-1';

/** What a content script needs, and nothing more: report its page, match, and the notes of its own site. */
const CONTENT_MAY_SEND = [
  'claims/match',
  'claims/prepare',
  'claims/report',
  'notes/delete',
  'notes/forUrl',
  'notes/restore',
  'notes/save',
  'notes/update',
  'page/report',
  'site/get',
];

let db: CrosscheckDB;

beforeEach(() => {
  fakeBrowser.reset();
  stubMissingEvents();
  db = createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  main({ db });
});

/** Everything the database holds, to check that a refused message changed nothing. */
async function snapshot() {
  return { notes: await db.notes.toArray(), sites: await db.sites.toArray(), pages: await db.pages.toArray() };
}

describe('the message protocol', () => {
  it('declares a request schema and the allowed senders for every message', () => {
    for (const [type, spec] of [...Object.entries(backgroundProtocol), ...Object.entries(contentProtocol)]) {
      expect(spec.request, type).toHaveProperty('kind', 'schema');
      expect(spec.from.length, type).toBeGreaterThan(0);
    }
  });

  it('lets content scripts send only what a page needs', () => {
    const allowed = Object.entries(backgroundProtocol)
      .filter(([, spec]) => (spec.from as readonly string[]).includes('content'))
      .map(([type]) => type)
      .sort();
    expect(allowed).toEqual(CONTENT_MAY_SEND);
    // Nothing a content script answers can be asked by another content script (or a page through one).
    for (const [type, spec] of Object.entries(contentProtocol)) expect(spec.from, type).not.toContain('content');
  });
});

describe('background: every message from a content script', () => {
  it('is refused, with nothing changed, for each popup-only message', async () => {
    await deliver({ type: 'notes/save', payload: noteInput(1, { url: PAGE }) }, popupSender());
    const before = await snapshot();
    const popupOnly = Object.keys(backgroundProtocol).filter((type) => !CONTENT_MAY_SEND.includes(type));
    expect(popupOnly).toEqual(expect.arrayContaining(['notes/export', 'notes/import', 'notes/list', 'notes/tags', 'site/set', 'page/state', 'page/recent', 'claims/summary']));
    const samples: Record<string, unknown> = {
      'notes/export': { scope: 'all', format: 'native' },
      'notes/import': { text: JSON.stringify({ format: 'crosscheck-notes', version: 1, notes: [] }) },
      'notes/list': {},
      'notes/tags': {},
      'site/set': { host: 'news.example', enabled: false },
      'page/state': { tabId: 1 },
      'page/recent': {},
      'claims/summary': { tabId: 1 },
    };
    for (const type of popupOnly) {
      const reply = await deliver({ type, payload: samples[type] ?? {} }, contentSender(PAGE));
      expect(reply, type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('background: malformed and unknown messages', () => {
  it('answers a payload of the wrong shape with invalid-message, for every message and every sender it allows', async () => {
    for (const [type, spec] of Object.entries(backgroundProtocol)) {
      const sender = (spec.from as readonly string[]).includes('extension') ? popupSender() : contentSender(PAGE);
      for (const payload of [null, 42, 'text', [], [{}], { __proto__: { polluted: true } }, undefined]) {
        const schemaAccepts = v.safeParse(spec.request, payload).success;
        const reply = await deliver({ type, payload }, sender);
        if (schemaAccepts) continue; // e.g. {} for a message without fields
        expect(reply, `${type} with ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers messages that are not envelopes, and unknown or inherited type names, with an error', async () => {
    for (const message of [null, undefined, 0, 'notes/export', [], [{ type: 'notes/list' }], { type: 5, payload: {} }, { payload: {} }, { type: 'x'.repeat(101), payload: {} }]) {
      const reply = await deliver(message, popupSender());
      expect(reply, JSON.stringify(message)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    }
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'NOTES/EXPORT', 'notes/export ', 'notes/', 'wipe/everything']) {
      const reply = await deliver({ type, payload: {} }, popupSender());
      expect(reply, type).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    }
  });

  it('refuses every message from another extension, or from a sender without an id', async () => {
    for (const type of Object.keys(backgroundProtocol)) {
      for (const sender of [{ id: 'another-extension', url: 'chrome-extension://another/popup.html' }, { url: PAGE, tab: { id: 1 } }]) {
        expect(await deliver({ type, payload: {} }, sender), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
  });
});

describe('background: requests over a port', () => {
  it('answers a content script as a one-off message does, with the same checks of request and sender', async () => {
    const port = portTo(REQUEST_PORT, contentSender(PAGE));
    expect(await port({ type: 'site/get', payload: { host: 'news.example' } })).toEqual(await deliver({ type: 'site/get', payload: { host: 'news.example' } }, contentSender(PAGE)));
    expect(await port({ type: 'notes/export', payload: { scope: 'all', format: 'native' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await port({ type: 'site/get', payload: { host: 42 } })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await port({ type: 'wipe/everything', payload: {} })).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
  });

  it('refuses everything on a port from another extension, and does not answer a port of another name', async () => {
    const foreign = portTo(REQUEST_PORT, { id: 'another-extension', url: PAGE, tab: { id: 1 } });
    expect(await foreign({ type: 'site/get', payload: { host: 'news.example' } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const other = portTo('something-else', contentSender(PAGE));
    const reply = other({ type: 'site/get', payload: { host: 'news.example' } });
    const timeout = new Promise((resolve) => setTimeout(() => resolve('no answer'), 30));
    expect(await Promise.race([reply, timeout])).toBe('no answer');
  });
});
