import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where builds go: `.output`, or CROSSCHECK_OUT_DIR (so that two builds at once need not share a folder). */
export const OUTPUT_DIR = resolve(ROOT, process.env.CROSSCHECK_OUT_DIR || '.output');
export const CHROME_BUILD = resolve(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD = resolve(OUTPUT_DIR, 'firefox-mv2');

/** Builds the extension for a browser with WXT; throws with WXT's output when the build fails. */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome', { quiet = true } = {}): string {
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const result = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  if (result.status !== 0) throw new Error(`Building the ${browser} extension failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  const dir = browser === 'firefox' ? FIREFOX_BUILD : CHROME_BUILD;
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`The ${browser} build has no manifest at ${dir}`);
  return dir;
}
