import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '@/entrypoints/background/main';
import { createDatabase } from '@/lib/db/database';
import { contentSender, deliver, popupSender, stubMissingEvents } from './fake-background';

const send = deliver;

beforeEach(() => {
  fakeBrowser.reset();
  stubMissingEvents();
  main({ db: createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }) });
});

describe('background main()', () => {
  it('records a content script report and answers the popup with it', async () => {
    const report = { url: 'https://n.example/story#x', title: 'Story', isArticle: true, words: 812 };
    expect(await send({ type: 'page/report', payload: report }, contentSender('https://n.example/story#x', 7))).toEqual({
      ok: true,
      value: { recorded: true },
    });
    const state = await send({ type: 'page/state', payload: { tabId: 7 } }, popupSender());
    expect(state).toMatchObject({ ok: true, value: { tabId: 7, url: 'https://n.example/story', words: 812, isArticle: true } });
  });

  it('keeps tab state in session storage, so a restarted worker still knows it', async () => {
    await send({ type: 'page/report', payload: { url: 'https://n.example/a', title: 'A', isArticle: true, words: 5 } }, contentSender('https://n.example/a', 2));
    const stored = await fakeBrowser.storage.session.get('tab:2');
    expect(stored['tab:2']).toMatchObject({ url: 'https://n.example/a' });
  });

  it('forgets a tab when it closes', async () => {
    await send({ type: 'page/report', payload: { url: 'https://n.example/a', title: 'A', isArticle: true, words: 5 } }, contentSender('https://n.example/a', 3));
    await fakeBrowser.tabs.onRemoved.trigger(3, { windowId: 1, isWindowClosing: false });
    expect(await send({ type: 'page/state', payload: { tabId: 3 } }, popupSender())).toEqual({ ok: true, value: null });
  });

  it('refuses popup-only messages from a content script, and reports from subframes', async () => {
    const fromPage = await send({ type: 'site/set', payload: { host: 'n.example', enabled: false } }, contentSender('https://n.example/'));
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const subframe = await send(
      { type: 'page/report', payload: { url: 'https://ads.example/', title: '', isArticle: false, words: 0 } },
      { ...contentSender('https://ads.example/'), frameId: 5 },
    );
    expect(subframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers malformed and unknown messages with an error, and ignores other extensions', async () => {
    expect(await send({ type: 'page/report', payload: { url: 42 } }, contentSender('https://n.example/'))).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await send({ type: 'wipe/everything', payload: {} }, popupSender())).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await send({ type: 'page/state', payload: { tabId: 1 } }, { id: 'another-extension', url: 'chrome-extension://x/' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('switches a site off from the popup and tells the content script', async () => {
    await send({ type: 'site/set', payload: { host: 'n.example', enabled: false } }, popupSender());
    expect(await send({ type: 'site/get', payload: { host: 'n.example' } }, contentSender('https://n.example/'))).toEqual({
      ok: true,
      value: { host: 'n.example', enabled: false },
    });
  });
});
