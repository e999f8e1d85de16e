/**
 * npm run -s crosscheck -- FILE
 * Prints, as one JSON object, the verdict on every sentence of an article (.txt plain text, or .html
 * page whose article is extracted as in the browser) against the bundled corpus.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { createMatcher } from '@/lib/matcher/index';
import { articleFromPlainText, crosscheckArticle, type ArticleInput } from '@/lib/matcher/report';
import { extractArticle } from '@/lib/page/extract';

function fromHtml(html: string): ArticleInput {
  const window = new Window({
    url: 'http://localhost/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const article = extractArticle(doc);
    if (!article) throw new Error('no article found in the page');
    return { title: article.title, text: article.text };
  } finally {
    void window.happyDOM.close();
  }
}

function main(argv: string[]): void {
  const file = argv[0];
  if (!file || argv.length > 1) throw new Error('usage: npm run -s crosscheck -- FILE (.txt or .html)');
  const ext = extname(file).toLowerCase();
  if (ext !== '.txt' && ext !== '.html' && ext !== '.htm') throw new Error(`${file}: expected a .txt or .html file`);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (content.includes('\u0000')) throw new Error(`${file}: not a text file`);
  const article = ext === '.txt' ? articleFromPlainText(content) : fromHtml(content);
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
