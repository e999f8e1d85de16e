/**
 * npm run bench: the budgets of DESIGN.md, measured (never asserted in tests). Each part lives in
 * scripts/bench/ and prints its figures against its budget.
 */
import { benchCorpus } from './bench/corpus';
import { benchNotes } from './bench/notes';

benchCorpus();
await benchNotes();
