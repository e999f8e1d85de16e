/**
 * npm run -s crosscheck -- FILE [--published YYYY-MM-DD]
 * Prints, as one JSON object, the verdict on every sentence of an article (.txt plain text, or .html
 * page whose article is extracted as in the browser) against the bundled corpus. The day the article
 * was published (read from an .html page's markup, or given) counts its "yesterday" and "on Thursday".
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { createMatcher } from '@/lib/matcher/index';
import { articleFromPlainText, crosscheckArticle, type ArticleInput } from '@/lib/matcher/report';
import { extractArticle } from '@/lib/page/extract';
import { isoDay } from '@/lib/page/published';

function fromHtml(html: string): ArticleInput {
  const window = new Window({
    url: 'http://localhost/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const article = extractArticle(doc);
    if (!article) throw new Error('no article found in the page');
    return { title: article.title, text: article.text, published: article.published };
  } finally {
    void window.happyDOM.close();
  }
}

function main(argv: string[]): void {
  const args = [...argv];
  const flag = args.indexOf('--published');
  const given = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
  const file = args[0];
  if (!file || args.length > 1 || (flag >= 0 && given === undefined)) throw new Error('usage: npm run -s crosscheck -- FILE (.txt or .html) [--published YYYY-MM-DD]');
  const published = given === undefined ? undefined : isoDay(given);
  if (published === null) throw new Error(`--published ${given}: expected a date as YYYY-MM-DD`);
  const ext = extname(file).toLowerCase();
  if (ext !== '.txt' && ext !== '.html' && ext !== '.htm') throw new Error(`${file}: expected a .txt or .html file`);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (content.includes('\u0000')) throw new Error(`${file}: not a text file`);
  const read = ext === '.txt' ? articleFromPlainText(content) : fromHtml(content);
  const article = published ? { ...read, published } : read;
  if (!article.text.trim()) throw new Error(`${file}: no article text`);
  const report = crosscheckArticle(createMatcher(loadBundledCorpus()), article);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  console.error(`crosscheck: ${(err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ')}`);
  process.exit(1);
}
