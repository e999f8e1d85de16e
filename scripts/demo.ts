import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { buildExtension, ROOT } from './lib/build';
import { findChromium, INSTALL_HINT, launchWithExtension } from './lib/chromium';
import { serveFolder } from './lib/serve';
import { parseDemoArgs } from './demo/args';
import { readReport, summarise } from './demo/report';

async function main() {
  const args = parseDemoArgs(process.argv.slice(2));
  if (!existsSync(args.page)) throw new Error(`No such page: ${args.page}`);
  if (!findChromium()) throw new Error(INSTALL_HINT);

  console.log('Building the extension…');
  const extensionDir = buildExtension('chrome');
  const server = await serveFolder(dirname(args.page));
  const ext = await launchWithExtension(extensionDir, { headless: args.headless, viewport: { width: 1280, height: 1000 } });
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url(`/${encodeURIComponent(basename(args.page))}`));
    const report = await readReport(ext, page);

    const screenshot = args.screenshot ?? (args.headless ? resolve(ROOT, '.output/demo.png') : undefined);
    if (screenshot) {
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
      console.log(`Screenshot: ${screenshot}`);
    }
    if (args.report) {
      mkdirSync(dirname(args.report), { recursive: true });
      const { highlights, counts } = report;
      writeFileSync(args.report, `${JSON.stringify({ highlights, counts }, null, 2)}\n`);
      console.log(`Report: ${args.report}`);
    }
    console.log(summarise(report));

    if (!args.headless) {
      console.log('Chromium is open with Crosscheck loaded. Close the window to finish.');
      await new Promise<void>((done) => ext.context.on('close', () => done()));
    }
  } finally {
    await ext.close().catch(() => {});
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
