/**
 * Notes budgets (DESIGN.md, issue 5): with 10,000 stored notes in fake-indexeddb — notes for one URL,
 * popup ready (first page of the list, tag counts), export in both formats, import — and re-anchoring
 * 200 notes on a 10,000-word page under happy-dom. Figures are medians of several runs, in ms.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { createAnchorer } from '../../lib/anchoring';
import { createDatabase } from '../../lib/db/database';
import type { Note } from '../../lib/notes/model';
import { createNoteService } from '../../lib/services/notes';
import { random } from './random';

export interface NotesBenchResult {
  notes: number;
  listForUrlMs: number;
  popupReadyMs: number;
  searchMs: number;
  exportNativeMs: number;
  exportW3cMs: number;
  importMs: number;
  anchorWords: number;
  anchorNotes: number;
  anchorUnchangedMs: number;
  anchorChangedMs: number;
  anchoredOnChangedPage: number;
}

const BUDGET = { listForUrlMs: 5, popupReadyMs: 100, exportMs: 1000, importMs: 3000, anchorMs: 100 };

const WORDS = (
  'the minister said on tuesday that officials had confirmed missile launch range kilometres report agency ' +
  'government according sources percent million election court ruling economy markets rose fell sharply ' +
  'investigation police city council budget plan climate energy prices inflation bank rates statement'
).split(' ');

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

function generateNotes(count: number, next: () => number): Note[] {
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const exact = sentence(6 + (i % 10));
    const start = Math.floor(next() * 50_000);
    return {
      id: uuid(i + 1),
      url: `https://news${i % 40}.example/story/${i % 500}`,
      title: `Story ${i % 500}: ${sentence(5)}`,
      selectors: [
        { type: 'TextQuoteSelector', exact, prefix: sentence(5), suffix: sentence(5) },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
      quote: exact,
      comment: i % 3 ? sentence(12) : '',
      tags: [`tag${i % 25}`, ...(i % 2 ? ['follow-up'] : [])],
      colour: 'yellow',
      created: 1_700_000_000_000 + i * 60_000,
      updated: 1_700_000_000_000 + i * 60_000 + (i % 7) * 1000,
    };
  });
}

async function benchStorage(count: number) {
  const next = random(42);
  const notes = generateNotes(count, next);
  const db = createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'bench' });
  await db.notes.bulkAdd(notes);
  const service = createNoteService(db);

  let u = 0;
  const listForUrlMs = await median(21, () => service.listForUrl(`https://news${u % 40}.example/story/${u++ % 500}`));
  const popupReadyMs = await median(7, () => Promise.all([service.list({ limit: 50 }), service.tags(), service.count()]));
  const searchMs = await median(5, () => service.list({ text: 'minister kilometres', limit: 50 }));
  let nativeJson = '';
  const exportNativeMs = await median(3, async () => (nativeJson = (await service.export({ kind: 'all' }, 'native')).json));
  const exportW3cMs = await median(3, () => service.export({ kind: 'all' }, 'w3c'));
  const importMs = await median(3, async () => {
    const fresh = createNoteService(createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'bench-import' }));
    const report = await fresh.import(nativeJson);
    if (report.added !== count) throw new Error(`import added ${report.added} of ${count}`);
  });
  db.close();
  return { listForUrlMs, popupReadyMs, searchMs, exportNativeMs, exportW3cMs, importMs };
}

function buildPage(window: Window, paragraphs: string[]) {
  const doc = window.document;
  const body = doc.body;
  while (body.firstChild) body.removeChild(body.firstChild);
  const article = doc.createElement('article');
  for (const text of paragraphs) {
    const p = doc.createElement('p');
    // Some inline markup, as in a real article.
    const words = text.split(' ');
    p.appendChild(doc.createTextNode(words.slice(0, 10).join(' ') + ' '));
    const b = doc.createElement('b');
    b.textContent = words.slice(10, 14).join(' ');
    p.appendChild(b);
    p.appendChild(doc.createTextNode(' ' + words.slice(14).join(' ')));
    article.appendChild(p);
  }
  body.appendChild(article);
  return body as unknown as Node;
}

async function benchAnchoring(words: number, count: number) {
  const next = random(7);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const paragraphs = Array.from({ length: Math.ceil(words / 50) }, () => Array.from({ length: 50 }, pick).join(' '));
  const window = new Window();
  const root = buildPage(window, paragraphs);
  const anchorer = createAnchorer(root);
  const text = anchorer.text;
  // Selectors made by describing ranges, as the content script does when a note is created.
  const selectorSets = Array.from({ length: count }, () => {
    const start = Math.floor(next() * (text.length - 200));
    const end = start + 20 + Math.floor(next() * 150);
    return anchorer.describe(anchorer.anchor([{ type: 'TextPositionSelector', start, end }])!);
  });

  const anchorAll = () => {
    const fresh = createAnchorer(root);
    let found = 0;
    for (const selectors of selectorSets) if (fresh.anchor(selectors)) found++;
    return found;
  };
  const anchorUnchangedMs = await median(5, anchorAll);

  // The page changed a little: a paragraph added at the top (positions shift) and one word in every fifth paragraph edited.
  const changed = paragraphs.map((p, i) => (i % 5 === 0 ? p.replace(/\bthe\b/, 'a') : p));
  buildPage(window, ['Update: this article was revised after publication to correct an error.', ...changed]);
  let anchoredOnChangedPage = 0;
  const anchorChangedMs = await median(5, () => (anchoredOnChangedPage = anchorAll()));
  await window.happyDOM.close();
  return { anchorUnchangedMs, anchorChangedMs, anchoredOnChangedPage };
}

export async function benchNotes(options: { notes?: number; words?: number; anchors?: number } = {}): Promise<NotesBenchResult> {
  const { notes = 10_000, words = 10_000, anchors = 200 } = options;
  const storage = await benchStorage(notes);
  const anchoring = await benchAnchoring(words, anchors);
  const result: NotesBenchResult = { notes, ...storage, anchorWords: words, anchorNotes: anchors, ...anchoring };

  const row = (label: string, ms: number, budget?: number) =>
    console.log(`  ${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms${budget !== undefined ? `  (budget ${budget} ms${ms <= budget ? '' : ' — OVER'})` : ''}`);
  console.log(`Notes (${notes.toLocaleString('en')} stored, fake-indexeddb in Node):`);
  row('notes for one URL', result.listForUrlMs, BUDGET.listForUrlMs);
  row('popup ready (first 50, tag counts, count)', result.popupReadyMs, BUDGET.popupReadyMs);
  row('search all notes (two words)', result.searchMs);
  row('export, native', result.exportNativeMs, BUDGET.exportMs);
  row('export, W3C', result.exportW3cMs, BUDGET.exportMs);
  row(`import ${notes.toLocaleString('en')} notes (native)`, result.importMs, BUDGET.importMs);
  console.log(`Anchoring (${anchors} notes, ${words.toLocaleString('en')}-word page, happy-dom):`);
  row('re-anchor, page unchanged', result.anchorUnchangedMs, BUDGET.anchorMs);
  row(`re-anchor, page changed (${result.anchoredOnChangedPage}/${anchors} found)`, result.anchorChangedMs, BUDGET.anchorMs);
  return result;
}

// Run directly: `npx tsx scripts/bench/notes.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchNotes().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
