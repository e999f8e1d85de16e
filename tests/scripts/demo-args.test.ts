import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, parseDemoArgs } from '../../scripts/demo/args';

describe('parseDemoArgs', () => {
  it('opens the bundled article in a window when there is a display', () => {
    expect(parseDemoArgs([], { DISPLAY: ':0' }, 'linux')).toEqual({ headless: false, page: DEFAULT_PAGE, screenshot: undefined, report: undefined });
  });

  it('runs headless without a display, or when asked', () => {
    expect(parseDemoArgs([], {}, 'linux').headless).toBe(true);
    expect(parseDemoArgs(['--headless'], { DISPLAY: ':0' }, 'linux').headless).toBe(true);
  });

  it('reads the page, screenshot and report paths', () => {
    const args = parseDemoArgs(['--headless', '--page', 'a.html', '--screenshot', 'out.png', '--report', 'r.json'], {}, 'linux');
    expect(args).toEqual({ headless: true, page: resolve('a.html'), screenshot: resolve('out.png'), report: resolve('r.json') });
  });

  it('refuses unknown options and missing values with a usage line', () => {
    expect(() => parseDemoArgs(['--fast'], {}, 'linux')).toThrow(/Unknown option --fast.*usage/);
    expect(() => parseDemoArgs(['--page'], {}, 'linux')).toThrow(/--page needs a value/);
  });
});
