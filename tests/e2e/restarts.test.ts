import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNativeFile } from '../../lib/notes/export';
import type { Note } from '../../lib/notes/model';
import { CHROME_BUILD } from '../../scripts/lib/build';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { askBackground, eventually, openExtensionPage, startHarness, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

/**
 * Readies a way to stop the extension's service worker at once (the DevTools protocol session is set up
 * beforehand, so that the stop lands while an operation is under way). `stop` resolves once it stopped.
 */
async function workerStopper(): Promise<{ stop(): Promise<void>; close(): Promise<void> }> {
  const page = await openExtensionPage(h, 'popup.html?view=all');
  const cdp = await h.ext.context.newCDPSession(page);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const versions = new Map<string, Version>();
  /** Versions seen stopped (a stopped worker may be started again at once by the next message). */
  const stopped = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated' as never, (event: { versions: Version[] }) => {
    for (const v of event.versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${h.ext.extensionId}/`)) continue;
      versions.set(v.versionId, v);
      if (v.runningStatus === 'stopped') stopped.add(v.versionId);
    }
  });
  await cdp.send('ServiceWorker.enable' as never);
  return {
    async stop() {
      const running = await eventually(async () => [...versions.values()].find((v) => v.runningStatus === 'running'), { what: 'a running worker' });
      stopped.delete(running.versionId);
      await cdp.send('ServiceWorker.stopWorker' as never, { versionId: running.versionId } as never);
      await eventually(async () => (stopped.has(running.versionId) ? true : undefined), { what: 'the worker to stop' });
    },
    async close() {
      await cdp.detach();
      await page.close();
    },
  };
}

const COUNT = 20_000;

function manyNotes(): Note[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const exact = `sentence number ${i} of a long list of notes`;
    return {
      id: `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`,
      url: `${h.server.url(`/story-${i % 50}.html`)}`,
      title: `Story ${i % 50}`,
      selectors: [
        { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
        { type: 'TextPositionSelector', start: i, end: i + exact.length },
      ],
      quote: exact,
      comment: `comment ${i}`,
      tags: [`tag-${i % 20}`],
      colour: 'yellow',
      created: 1_700_000_000_000 + i,
      updated: 1_700_000_000_000 + i,
    };
  });
}

async function total(page: Page): Promise<number> {
  const reply = (await askBackground(page, 'notes/list', { limit: 1 })) as { ok: true; value: { total: number } };
  return reply.value.total;
}

describe('the service worker stopped during an operation from the popup', () => {
  it('an import either completes (the popup retries) or says it failed: never a part of the file', async () => {
    const file = join(tmpdir(), `crosscheck-restart-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(toNativeFile(manyNotes(), Date.UTC(2026, 0, 1))));
    const stopper = await workerStopper();
    const popup = await openExtensionPage(h, 'popup.html?view=all');
    try {
      expect(await total(popup)).toBe(0);
      await popup.getByLabel(/Notes file/).setInputFiles(file);
      await popup.getByText('Importing…').waitFor();
      await stopper.stop();

      const outcome = await popup
        .getByText(/Imported [\d,]+ notes|was not imported|could not be read/)
        .first()
        .textContent({ timeout: 45_000 });
      const stored = await total(popup);
      expect([0, COUNT]).toContain(stored);
      if (stored === 0) expect(outcome).toMatch(/was not imported|could not be read/);
      else expect(outcome).toMatch(/Imported [\d,]+ notes/);
      // Whatever happened, the file can be imported (again) and ends whole, once.
      await popup.getByLabel(/Notes file/).setInputFiles(file);
      await popup.getByText(stored === 0 ? `Imported ${COUNT.toLocaleString('en')} notes` : /already present, skipped/).waitFor({ timeout: 45_000 });
      expect(await total(popup)).toBe(COUNT);
    } finally {
      await stopper.close();
      await popup.close();
      rmSync(file, { force: true });
    }
  });

  it('an export either downloads the whole file or says it failed', async () => {
    const stopper = await workerStopper();
    const popup = await openExtensionPage(h, 'popup.html?view=all');
    try {
      expect(await total(popup)).toBe(COUNT);
      const group = popup.getByTestId('all-notes').getByRole('group', { name: 'Export all notes' });
      const download = popup.waitForEvent('download', { timeout: 45_000 });
      download.catch(() => undefined);
      await group.getByRole('button', { name: 'JSON' }).click();
      await stopper.stop();
      const message = await group.getByText(/Exported [\d,]+ notes|Export failed/).textContent({ timeout: 45_000 });
      if (/Export failed/.test(message ?? '')) {
        expect(message).toMatch(/Export failed: .{10,}/);
      } else {
        const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
        expect(exported.notes).toHaveLength(COUNT);
        expect(message).toContain(`Exported ${COUNT.toLocaleString('en')} notes`);
      }
    } finally {
      await stopper.close();
      await popup.close();
    }
  });
});

describe('the browser closed with an unsaved edit in the popup', () => {
  it('keeps the edit: the popup opens again on it, after a restart of the browser', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'crosscheck-profile-kept-'));
    const note = {
      id: '11111111-2222-4333-8444-000000000001',
      url: h.server.url('/council-budget.html'),
      title: 'Budget',
      selectors: [{ type: 'TextQuoteSelector', exact: 'Council tax will rise' }],
      comment: 'first thoughts',
      tags: [],
      colour: 'yellow',
    };
    try {
      let ext = await launchWithExtension(CHROME_BUILD, { userDataDir: profile });
      let popup = await openExtensionPage({ ext, server: h.server, close: async () => undefined }, 'popup.html?view=all');
      expect(await askBackground(popup, 'notes/save', note)).toMatchObject({ ok: true });
      await popup.reload();
      const card = popup.getByTestId('all-notes').locator(`li[data-note-id="${note.id}"]`);
      await card.getByRole('button', { name: /^Edit note/ }).click();
      await card.getByLabel('Comment').fill('first thoughts, and a second paragraph typed before the browser closed');
      await ext.close();

      ext = await launchWithExtension(CHROME_BUILD, { userDataDir: profile });
      try {
        popup = await openExtensionPage({ ext, server: h.server, close: async () => undefined }, 'popup.html?view=all');
        const again = popup.getByTestId('all-notes').locator(`li[data-note-id="${note.id}"]`);
        expect(await again.getByLabel('Comment').inputValue()).toBe('first thoughts, and a second paragraph typed before the browser closed');
        await again.getByText(/unsaved changes were kept/).waitFor();
        await again.getByRole('button', { name: 'Save' }).click();
        await again.getByText('first thoughts, and a second paragraph typed before the browser closed').waitFor();
        const stored = (await askBackground(popup, 'notes/list', { text: 'second paragraph' })) as { ok: true; value: { total: number } };
        expect(stored.value.total).toBe(1);
      } finally {
        await ext.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
