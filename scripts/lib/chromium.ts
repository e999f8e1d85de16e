import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { eventually } from './eventually';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.';

/** The Chromium or Chrome to drive: CHROME_PATH first, then the usual install paths. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Flags for a quiet, offline browser: nothing is fetched behind the page's back. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker as it is now (it may be replaced after a restart). */
  worker(): Promise<Worker>;
  /**
   * Stops the extension's service worker, as the browser does when it idles, and waits until the
   * browser reports it stopped. The next message to the background starts a new worker.
   */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile directory (kept after close); a fresh temporary one otherwise. */
  userDataDir?: string;
  viewport?: { width: number; height: number };
}

/** Starts Chromium with the unpacked extension at `extensionDir` loaded. */
export async function launchWithExtension(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const temporary = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir),
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const worker = async (): Promise<Worker> => {
    // After a restart the newest worker is last; a stopped one may linger in the list until the browser closes.
    const current = context.serviceWorkers().findLast((w) => w.url().startsWith('chrome-extension://'));
    return current ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  };
  const extensionId = new URL((await worker()).url()).host;
  async function stopWorker(): Promise<void> {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      const cdp = await context.newCDPSession(page);
      type Version = { versionId: string; scriptURL: string; runningStatus: string };
      const latest = new Map<string, Version>();
      cdp.on('ServiceWorker.workerVersionUpdated' as never, (event: { versions: Version[] }) => {
        for (const v of event.versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) latest.set(v.versionId, v);
      });
      await cdp.send('ServiceWorker.enable' as never);
      const running = await eventually(async () => [...latest.values()].find((v) => v.runningStatus === 'running'), { what: "the extension's running service worker" });
      await cdp.send('ServiceWorker.stopWorker' as never, { versionId: running.versionId } as never);
      await eventually(async () => (latest.get(running.versionId)?.runningStatus === 'stopped' ? true : undefined), { what: 'the service worker to stop' });
      await cdp.detach();
    } finally {
      await page.close();
    }
  }
  return {
    context,
    extensionId,
    worker,
    stopWorker,
    async close() {
      await context.close();
      if (temporary) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
