import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, ROOT } from '../../scripts/lib/build';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { closedRoot, registerClosedShadowEngine, revealClosedRoot } from './closed-shadow';
import { eventually, FIXTURES, selectText, tabIdOf, type Harness } from './harness';

// The extension API inside extension pages evaluated by Playwright.
declare const chrome: any;

/** The fixture server, recording every request that reaches it. */
interface LoggingServer {
  origin: string;
  log: { path: string; mode: string; dest: string }[];
  url(path: string): string;
  close(): Promise<void>;
}

async function loggingServer(): Promise<LoggingServer> {
  const log: LoggingServer['log'] = [];
  const header = (req: IncomingMessage, name: string) => String(req.headers[name] ?? '');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    log.push({ path, mode: header(req, 'sec-fetch-mode'), dest: header(req, 'sec-fetch-dest') });
    const file = resolve(FIXTURES, `.${path}`);
    if (!file.startsWith(FIXTURES) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, log, url: (path) => new URL(path, origin).toString(), close: () => new Promise((done) => server.close(() => done())) };
}

let ext: ExtensionBrowser;
let server: LoggingServer;
/** Every request the browser context reports: pages, extension pages and the service worker. */
const requests: { url: string; type: string; from: string }[] = [];

beforeAll(async () => {
  await registerClosedShadowEngine();
  server = await loggingServer();
  ext = await launchWithExtension(CHROME_BUILD);
  const record = (request: Request) => {
    const worker = request.serviceWorker();
    const frame = worker ? null : request.frame();
    requests.push({ url: request.url(), type: request.resourceType(), from: worker ? `worker ${worker.url()}` : (frame?.url() ?? '') });
  };
  ext.context.on('request', record);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const ARTICLE = '/okinawa-missiles.html';

async function paintedClaims(probe: Page, tabId: number) {
  return eventually(
    async () => {
      const reply = await probe.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'claims/list', payload: {} }), tabId);
      return reply?.ok && reply.value.state === 'painted' ? reply.value : undefined;
    },
    { what: 'claims painted', timeout: 20_000 },
  );
}

describe('privacy', () => {
  it('makes no network request in a whole session: reading, hovering, a note, the popup, export and import', async () => {
    const h = { ext } as Harness;
    const extensionOrigin = `chrome-extension://${ext.extensionId}`;

    // The instruments see each context: a request made on purpose from the service worker and from an
    // extension page is reported (and is then left out of what is judged).
    const canary = server.url('/canary-from-extension');
    const worker = await ext.worker();
    await worker.evaluate((url) => fetch(url).catch(() => undefined), `${canary}?worker`);
    const probe = await ext.context.newPage();
    await probe.goto(`${extensionOrigin}/popup.html`);
    await probe.evaluate((url) => fetch(url).catch(() => undefined), `${canary}?page`);
    await eventually(async () => (requests.filter((r) => r.url.startsWith(canary)).length === 2 ? true : undefined), {
      what: 'the canary requests to be reported',
    });
    expect(requests.find((r) => r.url === `${canary}?worker`)?.from).toMatch(/^worker chrome-extension:/);
    expect(server.log.filter((r) => r.path === '/canary-from-extension')).toHaveLength(2);

    // Read an article: claims painted, a card opened by pointing at a claim.
    const page = await ext.context.newPage();
    await page.goto(server.url(ARTICLE));
    const tabId = await tabIdOf(h, page);
    const list = await paintedClaims(probe, tabId);
    const target = list.claims[0]!.text.slice(0, 30);
    const point = await page.evaluate((start) => {
      for (const [, highlight] of CSS.highlights) {
        for (const range of highlight as unknown as Iterable<Range>) {
          if (!range.toString().startsWith(start)) continue;
          (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0]!;
          return { x: r.left + Math.min(30, r.width / 2), y: r.top + r.height / 2 };
        }
      }
      return null;
    }, target);
    await page.mouse.move(point!.x, point!.y);
    await eventually(async () => (await revealClosedRoot(page, 'crosscheck-claims-ui')) || undefined, { what: 'the card' });

    // Save a note from a selection.
    const quote = 'Fishermen in the harbour below the base';
    await selectText(page, quote);
    await eventually(async () => (await revealClosedRoot(page, 'crosscheck-notes-ui')) || undefined, { what: 'the notes UI' });
    const notesUi = closedRoot(page, 'crosscheck-notes-ui');
    await notesUi.getByRole('button', { name: 'Add note' }).click();
    const editor = notesUi.getByRole('dialog', { name: 'New note' });
    await editor.getByLabel('Comment').fill('Private thought');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });

    // The popup, both views; export both formats; import the file back.
    const popup = await ext.context.newPage();
    await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
    await popup.getByTestId('page-notes').getByText('Private thought').waitFor();
    await popup.getByRole('tab', { name: 'All notes' }).click();
    const all = popup.getByTestId('all-notes');
    const [download] = await Promise.all([popup.waitForEvent('download'), all.getByRole('group', { name: 'Export all notes' }).getByRole('button', { name: 'JSON' }).click()]);
    const exported = join(tmpdir(), `crosscheck-privacy-${Date.now()}.json`);
    writeFileSync(exported, readFileSync(await download.path()));
    await Promise.all([popup.waitForEvent('download'), all.getByRole('group', { name: 'Export all notes' }).getByRole('button', { name: 'W3C annotations' }).click()]);
    await popup.getByLabel(/Notes file/).setInputFiles(exported);
    await popup.getByText(/already present, skipped/).waitFor();

    // And the page again, with the note painted from storage.
    await page.reload();
    await paintedClaims(probe, tabId);

    const judged = requests.filter((r) => !r.url.startsWith(canary));
    // Extension contexts load only the extension's own files (and blob: URLs for downloads).
    const local = new RegExp(`^(${extensionOrigin}/|blob:${extensionOrigin}/|data:)`);
    const fromExtension = judged.filter((r) => r.from.startsWith('worker ') || r.from.startsWith(extensionOrigin));
    expect(fromExtension.length).toBeGreaterThan(0);
    for (const r of fromExtension) expect(r.url, `${r.type} request from ${r.from}`).toMatch(local);
    // Everything else is the article page loading itself: two navigations, nothing else.
    const fromPages = judged.filter((r) => !fromExtension.includes(r) && !local.test(r.url));
    expect(fromPages.map((r) => [r.type, r.url])).toEqual([
      ['document', server.url(ARTICLE)],
      ['document', server.url(ARTICLE)],
    ]);
    // The server agrees: besides the canaries, only those navigations (and the browser's own favicon lookups).
    const reached = server.log.filter((r) => r.path !== '/canary-from-extension' && r.path !== '/favicon.ico');
    expect(reached).toEqual([
      { path: ARTICLE, mode: 'navigate', dest: 'document' },
      { path: ARTICLE, mode: 'navigate', dest: 'document' },
    ]);
    await popup.close();
    await page.close();
    await probe.close();
  });
});

describe('permissions', () => {
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for no more than the features need: no host permissions, nothing optional, no page-reachable files', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(['contextMenus', 'storage']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'web_accessible_resources', 'externally_connectable']) {
      expect(manifest, key).not.toHaveProperty(key);
    }
    const scripts = manifest.content_scripts as { matches: string[]; all_frames?: boolean }[];
    expect(scripts.flatMap((s) => s.matches).sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(scripts.some((s) => s.all_frames)).toBe(false);
  });

  it('justifies each permission in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Permissions'));
    const rows = [...table.matchAll(/^\| `([^`]+)`[^|]*\| (.+) \|$/gm)].map(([, name, why]) => ({ name: name!, why: why! }));
    for (const permission of manifest.permissions as string[]) {
      const row = rows.find((r) => r.name === permission);
      expect(row, `README row for ${permission}`).toBeDefined();
      expect(row!.why.length).toBeGreaterThan(30);
    }
    expect(rows.map((r) => r.name).filter((name) => !/^(http|content)/.test(name)).sort()).toEqual([...(manifest.permissions as string[])].sort());
  });
});
