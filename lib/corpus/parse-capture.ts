import { collapseWhitespace } from '@/lib/text/normalize';
import { isFurnitureLine, outletFromCopyright, outletFromMeta } from './furniture';

/** An article found in a captured page, before ids and sentences are added. */
export interface ParsedArticle {
  title: string;
  outlet: string | null;
  source: string | null;
  paragraphs: string[];
}

interface Line {
  text: string;
  prose: boolean;
}

const MIN_TITLE_WORDS = 4;
const MAX_TITLE_WORDS = 30;
/** How far after a headline its repetition (headline + link text) may appear. */
const REPEAT_WINDOW = 6;
/** " - Xinhua", " -- NEW YORK TIMES via The Straits Times/ANN": the source line closing a reprint. */
const SOURCE_MARK_RE = /\s[-\u2013\u2014]{1,2}\s*([A-Z][A-Za-z.&'’ ]{1,40}(?:\s+via\s+[^.!?]{1,60})?)$/;

/** Prose: a paragraph that ends like a sentence and is long enough to be one. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 6 || !/[.!?"'’”)]$/.test(text)) return false;
  // Headings in title case ("China is an Adversary Threatening Security") are not prose.
  const capitalised = words.filter((w) => /^["'‘“(]?[A-Z]/.test(w)).length;
  return capitalised / words.length < 0.6;
}

function isHeadline(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS && !/[.!?:,;]$/.test(text) && /^[A-Z0-9"'‘“]/.test(text);
}

function cleanSource(raw: string): string {
  const name = raw.split(/\s+via\s+/i)[0]!.trim();
  if (name === name.toUpperCase()) {
    return name.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
  }
  return name;
}

/**
 * Splits a captured news page (one paragraph or heading per line, with the site's furniture
 * around it) into its complete articles. A headline opens an article when it is the page's first
 * headline or is repeated close below it (headline plus link text, as listings print them); the
 * article's body is the prose that follows, up to the next headline that opens an article or a
 * source line (" - Xinhua"). Captions that repeat the headline, subheadings and furniture are left out.
 */
export function parseCapturedPage(content: string): ParsedArticle[] {
  const lines: Line[] = content
    .split(/\r?\n/)
    .map((l) => collapseWhitespace(l))
    .filter(Boolean)
    .map((text) => ({ text, prose: isProse(text.replace(SOURCE_MARK_RE, '')) }));

  const copyright = lines.map((l) => outletFromCopyright(l.text)).find((o): o is string => o !== null) ?? null;
  const starts = findArticleStarts(lines);
  const articles: ParsedArticle[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1] ?? lines.length;
    const article = readArticle(lines, from, to);
    if (article.paragraphs.length) articles.push(article);
  }
  // A page holding a single article takes its publication from the copyright line.
  if (copyright) for (const a of articles) a.outlet ??= copyright;
  return articles;
}

function findArticleStarts(lines: Line[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!isHeadline(text) || isFurnitureLine(text)) continue;
    const repeated = lines.slice(i + 1, i + 1 + REPEAT_WINDOW).some((l) => l.text === text);
    const first = starts.length === 0 && lines.slice(i + 1).some((l) => l.prose && !isFurnitureLine(l.text));
    // Skip the repetition itself when the previous start is the same headline.
    const prev = starts[starts.length - 1];
    if (prev !== undefined && lines[prev]!.text === text) continue;
    if (first || repeated) starts.push(i);
  }
  return starts;
}

function readArticle(lines: Line[], from: number, to: number): ParsedArticle {
  const title = lines[from]!.text;
  let outlet: string | null = null;
  let source: string | null = null;
  const paragraphs: string[] = [];
  for (let i = from + 1; i < to; i++) {
    const { text, prose } = lines[i]!;
    if (text === title) continue;
    if (!prose) {
      // Listing metadata between the headline and the body names the publication.
      if (paragraphs.length === 0) outlet ??= outletFromMeta(text);
      continue;
    }
    if (isFurnitureLine(text) || text.startsWith(title)) continue;
    const mark = SOURCE_MARK_RE.exec(text);
    if (mark) {
      source = cleanSource(mark[1]!);
      paragraphs.push(text.slice(0, mark.index).trim());
      break;
    }
    paragraphs.push(text);
  }
  return { title, outlet, source, paragraphs };
}
