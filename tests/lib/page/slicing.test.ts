// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { readDomText, readDomTextSliced } from '@/lib/page/dom-text';
import { locateSentences, locateSentencesSliced } from '@/lib/page/sentence-ranges';
import { timeSlicer } from '@/lib/page/slicing';

describe('timeSlicer', () => {
  it('yields only once the slice is used up, then starts a new slice', async () => {
    let clock = 0;
    const yieldNow = vi.fn(async () => undefined);
    const pause = timeSlicer(25, () => clock, yieldNow);
    clock = 10;
    expect(pause()).toBeUndefined();
    clock = 30;
    await pause();
    expect(yieldNow).toHaveBeenCalledTimes(1);
    clock = 40;
    expect(pause()).toBeUndefined();
    clock = 56;
    await pause();
    expect(yieldNow).toHaveBeenCalledTimes(2);
  });
});

describe('reading and locating in slices', () => {
  function page(paragraphs: number): string[] {
    const sentences: string[] = [];
    const html: string[] = [];
    for (let i = 0; i < paragraphs; i++) {
      const s = `Paragraph ${i} says that ${i * 7} boats left the harbour on day ${i}.`;
      sentences.push(s);
      html.push(`<p>${s.replace('boats', '<em>boats</em>')}</p><script>var x${i} = "${s}";</script>`);
    }
    document.body.innerHTML = `<main>${html.join('')}</main><div data-crosscheck-ignore>${sentences[0]}</div><svg><text>${sentences[1]}</text></svg>`;
    return sentences;
  }

  it('reads the same text as in one go, pausing along the way, and skips scripts, svg and ignored parts', async () => {
    page(400);
    const pause = vi.fn();
    const sliced = await readDomTextSliced(document.body, pause);
    const whole = readDomText(document.body);
    expect(sliced.skeleton).toBe(whole.skeleton);
    expect(sliced.nodes).toEqual(whole.nodes);
    expect(sliced.starts).toEqual(whole.starts);
    expect(pause.mock.calls.length).toBeGreaterThan(0);
    expect(whole.skeleton).not.toContain('varx0');
    expect(whole.skeleton.split('Paragraph0says').length).toBe(2);
  });

  it('locates every sentence as locateSentences does', async () => {
    const sentences = page(300);
    const pause = vi.fn();
    const sliced = await locateSentencesSliced(document.body, sentences, pause);
    const whole = locateSentences(document.body, sentences);
    expect(sliced.map((s) => [s.index, s.span, s.range.toString()])).toEqual(whole.map((s) => [s.index, s.span, s.range.toString()]));
    expect(sliced).toHaveLength(300);
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(300);
  });

  it('looks under each root in turn for the sentences not found yet, and gives them in document order', async () => {
    document.body.innerHTML =
      '<header><h1>Harbour to be dredged</h1></header><article><p>Dredging starts in spring.</p><p>Fishermen asked for a pause.</p></article>' +
      '<aside><p>Dredging starts in spring.</p><p>An unrelated teaser.</p></aside>';
    const [header, article, aside] = [...document.body.children];
    const sentences = ['Harbour to be dredged', 'Dredging starts in spring.', 'Fishermen asked for a pause.', 'An unrelated teaser.'];
    const found = await locateSentencesSliced([article!, header!], sentences, vi.fn());
    expect(found.map((s) => [s.index, s.range.toString()])).toEqual([
      [0, 'Harbour to be dredged'],
      [1, 'Dredging starts in spring.'],
      [2, 'Fishermen asked for a pause.'],
    ]);
    // Found in the article, not in the teaser that repeats it; nothing looked for beyond the roots.
    expect(article!.contains(found[1]!.range.startContainer)).toBe(true);
    expect(found.some((s) => aside!.contains(s.range.startContainer))).toBe(false);
  });
});
