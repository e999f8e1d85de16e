import { resolve } from 'node:path';

export interface DemoArgs {
  headless: boolean;
  page: string;
  screenshot?: string;
  report?: string;
}

export const DEFAULT_PAGE = resolve(import.meta.dirname, 'article.html');

const USAGE = 'usage: npm run demo -- [--headless] [--page FILE.html] [--screenshot OUT.png] [--report OUT.json]';

/** Parses the demo's command line; throws an Error with a one-line message on anything it does not know. */
export function parseDemoArgs(argv: string[], env: NodeJS.ProcessEnv = process.env, platform = process.platform): DemoArgs {
  const args: Partial<DemoArgs> = {};
  let headless = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (!next || next.startsWith('--')) throw new Error(`${arg} needs a value. ${USAGE}`);
      return resolve(next);
    };
    if (arg === '--headless') headless = true;
    else if (arg === '--page') args.page = value();
    else if (arg === '--screenshot') args.screenshot = value();
    else if (arg === '--report') args.report = value();
    else if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else throw new Error(`Unknown option ${arg}. ${USAGE}`);
  }
  // Without a display there is no window to show: run headless.
  const hasDisplay = platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return { headless: headless || !hasDisplay, page: args.page ?? DEFAULT_PAGE, screenshot: args.screenshot, report: args.report };
}
