/**
 * Huge and oddly built pages, generated (never committed) for the end-to-end tests and `npm run bench`:
 * a 50,000-word article, an article among 100,000 elements, an article nested 2,000 levels deep
 * (built by a script: HTML parsers cap the nesting they build), an article in a shadow root and
 * articles in iframes.
 */
import type { Corpus } from '../../lib/corpus/types';
import { newsArticle } from './page-fixtures';

export interface HugePage {
  name: string;
  /** What it is, for reports. */
  title: string;
  html: string;
  /** Whether Crosscheck should find an article (and paint claims) on it. */
  article: boolean;
}

/** The <article> element of a generated page. */
const articleOf = (html: string) => /<article>[\s\S]*<\/article>/.exec(html)![0];

function shell(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

/** `count` elements in sections of 1,000 (laid out only when scrolled to, as long pages do). */
function manyElements(count: number): string {
  const sections: string[] = [];
  for (let k = 0; k < count / 1_000; k++) {
    const spans: string[] = [];
    for (let i = 0; i < 999; i++) spans.push(`<span>${(k * 7 + i) % 10}</span>`);
    sections.push(`<section class="cells">${spans.join('')}</section>`);
  }
  return `<div class="grid">${sections.join('')}</div>`;
}

export function hugePages(corpus: Corpus): HugePage[] {
  const long = newsArticle(corpus, 50_000, 23);
  const story = articleOf(newsArticle(corpus, 1_500, 29).html);
  const cellsCss = '<style>.cells{content-visibility:auto;contain-intrinsic-size:auto 300px}</style>';
  const deep = `<template id="story">${story}</template><div id="root"></div><script>
{ let parent = document.getElementById('root');
  for (let i = 0; i < 2000; i++) { const div = document.createElement('div'); parent.append(div); parent = div; }
  parent.append(document.getElementById('story').content.cloneNode(true)); }
</script>`;
  const shadow = `<article><h1>Front page</h1><p>The main story is shown in a widget below.</p></article><news-widget id="w"></news-widget>
<template id="story">${story}</template><script>
document.getElementById('w').attachShadow({ mode: 'open' }).append(document.getElementById('story').content.cloneNode(true));
</script>`;
  const frameDoc = (n: number) => shell(`Frame ${n}`, '', story).replace(/"/g, '&quot;');
  const frames = Array.from({ length: 12 }, (_, i) => `<iframe title="Story ${i + 1}" width="300" height="150" srcdoc="${frameDoc(i)}"></iframe>`).join('\n');
  return [
    { name: 'long-article', title: `${long.words.toLocaleString('en')}-word article`, html: long.html, article: true },
    {
      name: 'many-elements',
      title: 'article among 100,000 elements',
      html: shell('Markets live', cellsCss, `${story}${manyElements(100_000)}`),
      article: true,
    },
    { name: 'deep-nesting', title: 'article nested 2,000 levels deep', html: shell('Deep', '', deep), article: true },
    { name: 'shadow-dom', title: 'article inside a shadow root', html: shell('Widget news', '', shadow), article: false },
    { name: 'iframes', title: 'article and 12 iframes holding articles', html: shell('Frames', '', `${story}\n${frames}`), article: true },
  ];
}
