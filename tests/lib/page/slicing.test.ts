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
});
