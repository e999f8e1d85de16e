/**
 * `npm run bench`: the budgets of DESIGN.md, measured (never asserted by tests). The page budgets run in
 * one headless Chromium with the built extension; the corpus and notes budgets in Node, when present.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchPage } from './bench/page';

async function optional(name: string, run: (module: Record<string, unknown>) => unknown): Promise<void> {
  const file = resolve(import.meta.dirname, `bench/${name}.ts`);
  if (!existsSync(file)) return;
  console.log('');
  await run(await import(file));
}

async function main() {
  await benchPage();
  await optional('corpus', (m) => (m.benchCorpus as () => unknown)());
  await optional('notes', (m) => (m.benchNotes as () => Promise<unknown>)());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
