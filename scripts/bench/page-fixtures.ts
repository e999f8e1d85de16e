/**
 * Pages generated for the page benchmark (never committed): a 2,000-word news article in realistic
 * page furniture, a large page that is not an article, and an article long enough for 1,000 claims.
 * Claims restate sentences of the bundled corpus, so that the matcher has something to find.
 */
import type { Corpus } from '../../lib/corpus/types';
import { random } from './random';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SUBJECTS = ['The regional council', 'A spokesperson for the ministry', 'Local traders', 'The port authority', 'Several residents', 'An independent auditor', 'The transport union', 'Hospital managers'];
const VERBS = ['said on Tuesday that', 'warned last week that', 'confirmed in a statement that', 'told reporters that', 'argued in a letter that'];
const OBJECTS = [
  'the new timetable would start after the summer holidays',
  'the budget for road repairs had been spent earlier than planned',
  'a review of the harbour dredging contract was overdue',
  'waiting lists had grown for a third month in a row',
  'the library would keep its longer opening hours',
  'rents in the old town had risen faster than wages',
  'the bridge would reopen once the inspection was complete',
  'a pilot scheme for night buses had drawn more riders than expected',
];
const TAILS = ['', ' after a long consultation', ', according to figures seen by this newspaper', ' despite objections from the opposition', ' in a vote that surprised few observers'];

function filler(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}${pick(TAILS)}.`;
}

function page(title: string, body: string): string {
  const nav = ['World', 'Business', 'Politics', 'Tech', 'Science', 'Sport', 'Culture', 'Opinion'].map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(' ');
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/related/${i}">Related story number ${i + 1} from the archive</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | The Bench Gazette</title>
<style>body{margin:0;font:17px/1.6 Georgia,serif;color:#222}.wrap{display:grid;grid-template-columns:minmax(0,680px) 260px;gap:32px;max-width:1000px;margin:20px auto;padding:0 20px}.ad{background:#eee;height:200px}</style>
</head><body><header><strong>The Bench Gazette</strong><nav>${nav}</nav></header><div class="ad">Advertisement</div>
<div class="wrap"><main>${body}<section class="comments"><h2>Comments</h2><p><b>reader1</b>: Interesting.</p><p><b>reader2</b>: I disagree with most of this.</p></section></main>
<aside><div class="ad">Advertisement</div><h2>Related</h2><ul>${related}</ul></aside></div><footer>© The Bench Gazette</footer></body></html>`;
}

function article(title: string, paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return page(title, `<article><h1>${escape(title)}</h1><p class="byline">By Bench Writer · 1 June 2025</p>\n${body}</article>`);
}

/** Sentences of the corpus worth restating: long enough to be claims. */
function claimSentences(corpus: Corpus): string[] {
  return corpus.articles.flatMap((a) => a.sentences).filter((s) => s.split(/\s+/).length >= 8 && s.length <= 400);
}

/**
 * An article of about `words` words: one sentence in four restates a corpus sentence, the rest is
 * local news the corpus knows nothing about; a few words are wrapped in links and emphasis. Each seed
 * gives another article of the same length.
 */
export function newsArticle(corpus: Corpus, words = 2_000, seed = 11): { html: string; words: number } {
  const next = random(seed);
  const claims = claimSentences(corpus);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let i = 0; i < 4; i++) {
      const text = next() < 0.25 ? claims[Math.floor(next() * claims.length)]! : filler(next);
      count += text.split(/\s+/).length;
      const html = escape(text).replace(/^(\S+ \S+)/, (m) => (next() < 0.3 ? `<a href="/topic">${m}</a>` : m));
      sentences.push(html);
    }
    paragraphs.push(sentences.join(' '));
  }
  return { html: article('A long read on the week in the region and beyond', paragraphs), words: count };
}

/**
 * An article in which at least `claims` sentences restate the corpus, one per paragraph; each seed
 * starts at another sentence of the corpus.
 */
export function claimHeavyArticle(corpus: Corpus, claims = 1_200, seed = 0): string {
  const pool = claimSentences(corpus);
  const first = Math.floor(random(seed)() * pool.length);
  const paragraphs = Array.from({ length: claims }, (_, i) => escape(pool[(first + i) % pool.length]!));
  return article('Everything the corpus says, again', paragraphs);
}

/** A front page: many teasers and links, no article; each seed gives other teasers. */
export function frontPage(teasers = 400, seed = 0): string {
  const items = Array.from(
    { length: teasers },
    (_, i) => `<li class="teaser"><a href="/story/${i}"><img alt="" width="80" height="60"><span>Headline ${i}: ${filler(random(seed * teasers + i))}</span></a> <time>${i % 24}h ago</time></li>`,
  ).join('');
  return page('Front page', `<h1>Today</h1><ul class="teasers">${items}</ul>`);
}
