/**
 * npm run bench: the budgets of DESIGN.md, measured (never asserted in tests). Each part lives in
 * scripts/bench/ and prints its figures against its budget. The page budgets run in one headless
 * Chromium with the built extension; the corpus and notes budgets in Node.
 */
import { benchCorpus } from './bench/corpus';
import { benchNotes } from './bench/notes';
import { benchHugePages } from './bench/huge';
import { benchPage } from './bench/page';

await benchPage();
console.log('');
// The extension was just built by benchPage.
await benchHugePages({ build: false });
console.log('');
benchCorpus();
console.log('');
await benchNotes();
