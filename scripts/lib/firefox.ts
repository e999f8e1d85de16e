import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_HINT = 'No Firefox found: install one (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.';

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'].find((p) => existsSync(p)) ?? null;
}

/** The add-on's internal UUID is fixed by a preference so that its pages (moz-extension://UUID/…) can be opened. */
export const FIREFOX_EXTENSION_UUID = '6d0c3b9e-6a57-4c36-9a43-1d7c0b1f2a11';
export const GECKO_ID = 'crosscheck@crosscheck.example';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionBase: string;
  close(): Promise<void>;
}

/** Starts headless Firefox with the built add-on installed temporarily. */
export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxWithExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_HINT);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Nothing reaches out to the network behind the tests' back.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  await browser.installExtension(resolve(extensionDir));
  return {
    browser,
    extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
    close: () => browser.close(),
  };
}
