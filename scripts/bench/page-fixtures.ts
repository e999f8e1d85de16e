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

/** What surrounds the article: a bare page, or the furniture of a typical news site (see furnishedPage). */
export type Furniture = 'bare' | 'full';

function article(title: string, paragraphs: string[], furniture: Furniture = 'bare'): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const story = `<article><h1>${escape(title)}</h1><p class="byline">By Bench Writer · 1 June 2025</p>\n${body}</article>`;
  return furniture === 'full' ? furnishedPage(title, story) : page(title, story);
}

const SECTIONS = ['World', 'Business', 'Politics', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Travel', 'Money', 'Climate'];
const icon = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 2h12v12H2z"/></svg>';

/** A teaser card as news sites nest them: wrappers, a picture, a headline, a summary, a time. */
function card(i: number, kind: string): string {
  return `<div class="card card--${kind}"><div class="card__media"><a href="/${kind}/${i}"><picture><source srcset="/img/${i}.webp"><img alt="" width="160" height="90"></picture></a></div>` +
    `<div class="card__body"><h3 class="card__title"><a href="/${kind}/${i}">A ${kind} story, number ${i + 1}, from the archive</a></h3>` +
    `<div class="card__meta"><span class="card__section">${SECTIONS[i % SECTIONS.length]}</span> <time>${(i % 23) + 1}h ago</time></div></div></div>`;
}

/**
 * The article in the furniture of a typical news site, about 1,500 elements: a mega-menu, a ticker,
 * share buttons, a rail of most-read stories and ad slots, tags, a grid of related stories, twenty
 * comments and a large footer.
 */
function furnishedPage(title: string, story: string): string {
  const menu = SECTIONS.map(
    (s, i) => `<li class="menu__item"><a href="/${s.toLowerCase()}">${s}</a><div class="menu__panel"><ul>${Array.from({ length: 15 }, (_, j) => `<li><a href="/${s.toLowerCase()}/${j}">${s} topic ${i * 15 + j + 1}</a></li>`).join('')}</ul></div></li>`,
  ).join('');
  const ticker = Array.from({ length: 10 }, (_, i) => `<li><a href="/live/${i}"><span class="badge">Live</span> Update ${i + 1} on a developing story</a></li>`).join('');
  const share = ['Facebook', 'X', 'LinkedIn', 'WhatsApp', 'Email', 'Copy link'].map((n) => `<button type="button" class="share__button" aria-label="Share on ${n}">${icon}</button>`).join('');
  const mostRead = Array.from({ length: 10 }, (_, i) => `<li class="most-read__item"><span class="rank">${i + 1}</span>${card(i, 'most-read')}</li>`).join('');
  const ads = (n: number) => `<div class="ad-slot" id="ad-${n}"><div class="ad-slot__label">Advertisement</div><div class="ad-slot__frame"><div></div></div></div>`;
  const tags = SECTIONS.slice(0, 10).map((s) => `<li><a href="/tag/${s.toLowerCase()}">${s}</a></li>`).join('');
  const related = Array.from({ length: 24 }, (_, i) => card(i, 'related')).join('');
  const comments = Array.from(
    { length: 20 },
    (_, i) => `<div class="comment"><div class="comment__head"><img alt="" width="24" height="24"><b>reader${i + 1}</b> <time>${i + 1} min ago</time></div>` +
      `<div class="comment__body"><p>Comment ${i + 1}: ${i % 2 ? 'I disagree with most of this.' : 'Interesting.'}</p></div>` +
      `<div class="comment__actions"><button type="button">Reply</button><button type="button">${icon} ${i * 3}</button><button type="button">Report</button></div></div>`,
  ).join('');
  const footer = Array.from({ length: 6 }, (_, c) => `<div class="footer__col"><h4>Column ${c + 1}</h4><ul>${Array.from({ length: 14 }, (_, j) => `<li><a href="/f/${c}/${j}">Footer link ${c * 14 + j + 1}</a></li>`).join('')}</ul></div>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | The Bench Gazette</title>
<style>body{margin:0;font:17px/1.6 Georgia,serif;color:#222}.layout{display:grid;grid-template-columns:minmax(0,680px) 300px;gap:32px;max-width:1040px;margin:20px auto;padding:0 20px}.menu__panel,.ad-slot__frame{display:none}.card{display:flex;gap:8px}.related{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}</style>
</head><body><a class="skip" href="#main">Skip to content</a><header class="masthead"><div class="masthead__top"><a class="logo" href="/"><strong>The Bench Gazette</strong></a>
<form class="search" role="search"><input type="search" aria-label="Search"><button type="submit">${icon}</button></form><a class="subscribe" href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<nav class="menu" aria-label="Sections"><ul>${menu}</ul></nav><div class="ticker"><ul>${ticker}</ul></div></header>${ads(1)}
<div class="layout"><main id="main"><div class="share">${share}</div>${story}<div class="share">${share}</div>
<section class="tags"><h2>Topics</h2><ul>${tags}</ul></section><section class="related-stories"><h2>Related stories</h2><div class="related">${related}</div></section>
<section class="comments"><h2>Comments (20)</h2>${comments}</section></main>
<aside class="rail">${ads(2)}<section class="most-read"><h2>Most read</h2><ol>${mostRead}</ol></section>${ads(3)}
<form class="newsletter"><h2>The morning briefing</h2><input type="email" aria-label="Email"><button type="submit">Sign up</button></form></aside></div>
<footer class="site-footer"><div class="footer__cols">${footer}</div><p class="legal">© The Bench Gazette. All rights reserved.</p></footer></body></html>`;
}

/** Sentences of the corpus worth restating: long enough to be claims. */
function claimSentences(corpus: Corpus): string[] {
  return corpus.articles.flatMap((a) => a.sentences).filter((s) => s.split(/\s+/).length >= 8 && s.length <= 400);
}

/**
 * An article of about `words` words: one sentence in four restates a corpus sentence, the rest is
 * local news the corpus knows nothing about; a few words are wrapped in links and emphasis. Each seed
 * gives another article of the same length, on a bare page or in full furniture.
 */
export function newsArticle(corpus: Corpus, words = 2_000, seed = 11, furniture: Furniture = 'bare'): { html: string; words: number } {
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
  return { html: article('A long read on the week in the region and beyond', paragraphs, furniture), words: count };
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
