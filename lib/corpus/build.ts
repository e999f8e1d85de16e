import * as v from 'valibot';
import { serializeTerms } from '@/lib/matcher/term-index';
import { segmentSentences } from '@/lib/text/segment';
import { parseCapturedPage, type ParsedArticle } from './parse-capture';
import type { Corpus, CorpusArticle, SourceFile } from './types';

/** An article supplied as JSON (the eval format and a plain form): {id?, outlet, title, source?, text}. */
const JsonArticle = v.object({
  id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  outlet: v.optional(v.pipe(v.string(), v.maxLength(200))),
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(2_000)),
  source: v.optional(v.pipe(v.string(), v.maxLength(200))),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(2_000_000)),
});
const JsonArticles = v.union([JsonArticle, v.array(JsonArticle)]);

export class CorpusFileError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'CorpusFileError';
  }
}

function baseName(name: string): string {
  return name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

function makeArticle(id: string, outlet: string, title: string, source: string, paragraphs: string[]): CorpusArticle {
  const text = paragraphs.join('\n\n');
  return { id, outlet, title, source, text, sentences: segmentSentences(text).map((s) => s.text) };
}

function fromJson(file: SourceFile): CorpusArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(file.content);
  } catch {
    throw new CorpusFileError(file.name, 'not valid JSON');
  }
  const parsed = v.safeParse(JsonArticles, data);
  if (!parsed.success) throw new CorpusFileError(file.name, `not an article: ${parsed.issues[0]?.message ?? 'invalid'}`);
  const list = Array.isArray(parsed.output) ? parsed.output : [parsed.output];
  const base = baseName(file.name);
  return list.map((a, i) => {
    const outlet = a.outlet?.trim() || 'Unknown';
    const paragraphs = a.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    return makeArticle(a.id ?? (list.length === 1 ? base : `${base}-${i + 1}`), outlet, a.title.trim(), a.source?.trim() || outlet, paragraphs);
  });
}

/** A plain .txt with no recognisable page structure: first line is the title, the rest is the body. */
function fromPlainText(file: SourceFile): ParsedArticle[] {
  const lines = file.content.split(/\r?\n/).map((l) => l.trim());
  const first = lines.findIndex(Boolean);
  if (first < 0) return [];
  const body = lines.slice(first + 1).join('\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return body.length ? [{ title: lines[first]!, outlet: null, source: null, paragraphs: body }] : [];
}

function fromText(file: SourceFile): CorpusArticle[] {
  const base = baseName(file.name);
  let parsed = parseCapturedPage(file.content);
  if (parsed.length === 0) parsed = fromPlainText(file);
  if (parsed.length === 0) throw new CorpusFileError(file.name, 'no article found');
  return parsed.map((a, i) => {
    const outlet = a.outlet ?? 'Unknown';
    return makeArticle(`${base}-${i + 1}`, outlet, a.title, a.source ?? outlet, a.paragraphs);
  });
}

/**
 * Builds the corpus from seed and extra files. Deterministic: files are taken in name order and
 * nothing depends on time or environment, so the same files always give the same JSON.
 */
export function buildCorpus(files: readonly SourceFile[]): Corpus {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const articles: CorpusArticle[] = [];
  const seen = new Set<string>();
  for (const file of sorted) {
    const lower = file.name.toLowerCase();
    const found = lower.endsWith('.json') ? fromJson(file) : lower.endsWith('.txt') ? fromText(file) : [];
    for (const article of found) {
      if (seen.has(article.id)) throw new CorpusFileError(file.name, `duplicate article id ${article.id}`);
      seen.add(article.id);
      articles.push(article);
    }
  }
  return { version: 1, articles };
}

/**
 * The corpus as written to disk: stable key order, one article per line block, followed by the
 * matcher's terms for every sentence so that the index is not read from the text again on load.
 */
export function serializeCorpus(corpus: Corpus): string {
  const { version, articles } = corpus;
  return `${JSON.stringify({ version, articles, index: serializeTerms(corpus) }, null, 1)}\n`;
}
