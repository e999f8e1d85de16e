// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SentenceVerdict } from '@/lib/matcher/types';
import { articleSentences, findArticleClaims, type ArticleText, type ClaimPipeline, type MatchBatch } from '@/lib/page/article-claims';
import { MATCH_BATCH, MAX_MATCH_SENTENCES } from '@/lib/claims/limits';

const PAGE = `
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <aside class="teaser">Most read: The mayor resigned on Friday.</aside>
  <article>
    <h1>Mayor quits after audit</h1>
    <p>The mayor <a href="/people/mayor">resigned</a> on Friday. The audit found
       <em>12</em> missing payments.</p>
    <p>Residents were not surprised. The council meets on Monday.</p>
  </article>
  <footer>© News</footer>`;

const ARTICLE: ArticleText = {
  title: 'Mayor quits after audit',
  paragraphs: ['The mayor resigned on Friday. The audit found 12 missing payments.', 'Residents were not surprised. The council meets on Monday.'],
};

const evidence = { articleId: 'x-1', outlet: 'Other Outlet', title: 'Audit', sentence: 'The mayor resigned on Friday.' };

/** A matcher stand-in: verdicts chosen per sentence by the test; null (as the background sends) for the rest. */
function matcherOf(verdicts: Record<string, Pick<SentenceVerdict, 'verdict' | 'differences'>>, matchMs = 2) {
  return vi.fn(async (sentences: string[], _published?: string, _only?: number[]): Promise<MatchBatch> => ({
    verdicts: sentences.map((text) => {
      const v = verdicts[text];
      return v ? { text, score: 0.9, evidence, ...v } : null;
    }),
    matchMs,
  }));
}

function pipeline(overrides: Partial<ClaimPipeline> = {}): ClaimPipeline {
  let t = 0;
  return {
    isArticle: () => true,
    extract: () => ARTICLE,
    match: matcherOf({}),
    now: () => (t += 1),
    ...overrides,
  };
}

beforeEach(() => {
  document.body.innerHTML = PAGE;
});

describe('findArticleClaims', () => {
  it('asks for verdicts with the day the article was published, when extraction found it', async () => {
    const match = matcherOf({});
    await findArticleClaims(document, pipeline({ extract: () => ({ ...ARTICLE, published: '2025-06-08' }), match }));
    expect(match.mock.calls.length).toBeGreaterThan(0);
    for (const call of match.mock.calls) expect(call[1]).toBe('2025-06-08');
    const without = matcherOf({});
    await findArticleClaims(document, pipeline({ match: without }));
    for (const call of without.mock.calls) expect(call[1]).toBeUndefined();
  });

  it('does nothing after the gate on a page that is not an article', async () => {
    const extract = vi.fn(() => ARTICLE);
    const match = matcherOf({});
    const result = await findArticleClaims(document, pipeline({ isArticle: () => false, extract, match }));
    expect(result.article).toBe(false);
    expect(result.timings.gate).toBeGreaterThan(0);
    expect(extract).not.toHaveBeenCalled();
    expect(match).not.toHaveBeenCalled();
  });

  it('matches the headline and every sentence, and locates the claims in the live page in reading order', async () => {
    const match = matcherOf({
      'The council meets on Monday.': { verdict: 'corroborated', differences: [] },
      'The audit found 12 missing payments.': { verdict: 'divergent', differences: [{ kind: 'number', page: '12', corpus: '14' }] },
      'The mayor resigned on Friday.': { verdict: 'corroborated', differences: [] },
    });
    const result = await findArticleClaims(document, pipeline({ match }));
    expect(match.mock.calls[0]![0]).toEqual([
      'Mayor quits after audit',
      'The mayor resigned on Friday.',
      'The audit found 12 missing payments.',
      'Residents were not surprised.',
      'The council meets on Monday.',
    ]);
    if (!result.article) throw new Error('expected an article');
    expect(result.sentences).toBe(5);
    expect(result.words).toBe(20);
    expect(result.claims.map((c) => [c.index, c.verdict, c.range.toString().replace(/\s+/g, ' ')])).toEqual([
      [0, 'corroborated', 'The mayor resigned on Friday.'],
      [1, 'divergent', 'The audit found 12 missing payments.'],
      [2, 'corroborated', 'The council meets on Monday.'],
    ]);
    // The lede repeated in the "Most read" teaser is not the one painted.
    const first = result.claims[0]!.range;
    expect(document.querySelector('article')!.contains(first.startContainer)).toBe(true);
    expect(result.claims[1]!.differences).toEqual([{ kind: 'number', page: '12', corpus: '14' }]);
    expect(Object.keys(result.timings).sort()).toEqual(['extract', 'gate', 'locate', 'match', 'matcher', 'paused', 'segment']);
    expect(result.timings.matcher).toBe(2);
  });

  it('finds the sentences while the background matches; the ranges survive the page changing meanwhile', async () => {
    const reply = matcherOf({ 'The council meets on Monday.': { verdict: 'corroborated', differences: [] } });
    const match = vi.fn(async (sentences: string[]) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      // The page adds a notice and a lead-in while the verdicts are on their way.
      const notice = document.createElement('p');
      notice.textContent = 'Update: the council meets on Monday.';
      document.querySelector('article')!.prepend(notice);
      const last = document.querySelector('article p:last-of-type')!;
      last.insertBefore(document.createTextNode('New lead. '), last.firstChild);
      return reply(sentences);
    });
    const result = await findArticleClaims(document, pipeline({ match }));
    if (!result.article) throw new Error('expected an article');
    expect(result.claims.map((c) => c.range.toString())).toEqual(['The council meets on Monday.']);
    expect(result.claims[0]!.range.startContainer.parentElement!.textContent).toContain('Residents were not surprised.');
  });

  it('leaves out claims it cannot find on the live page', async () => {
    const match = matcherOf({ 'Residents were not surprised.': { verdict: 'corroborated', differences: [] } });
    document.querySelector('article p:last-of-type')!.textContent = 'Changed since extraction.';
    const result = await findArticleClaims(document, pipeline({ match }));
    expect(result.article && result.claims).toEqual([]);
  });

  it('gives up quietly when extraction finds nothing', async () => {
    const match = matcherOf({});
    const result = await findArticleClaims(document, pipeline({ extract: () => null, match }));
    expect(result.article).toBe(false);
    expect(match).not.toHaveBeenCalled();
  });
});

describe('findArticleClaims with a draft of the article', () => {
  const DRAFT: ArticleText = { title: '', paragraphs: ['Mayor quits after audit', ...ARTICLE.paragraphs] };
  const VERDICTS = {
    'The council meets on Monday.': { verdict: 'corroborated' as const, differences: [] },
    'The mayor resigned on Friday.': { verdict: 'divergent' as const, differences: [{ kind: 'date' as const, page: 'Friday', corpus: 'Thursday' }] },
  };

  it('sends the draft for matching before extracting, and takes the verdicts of the sentences it holds from there', async () => {
    const order: string[] = [];
    const reply = matcherOf(VERDICTS);
    const match = vi.fn(async (sentences: string[], published?: string, only?: number[]) => {
      order.push(`match ${sentences.length}${only ? ` only ${only.join(',')}` : ''}`);
      return reply(sentences, published);
    });
    const result = await findArticleClaims(document, pipeline({ draft: () => DRAFT, match, extract: () => (order.push('extract'), ARTICLE) }));
    // Everything extraction found was in the draft: one request, sent first.
    expect(order).toEqual(['match 5', 'extract']);
    expect(match.mock.calls[0]![0]).toEqual(['Mayor quits after audit', ...articleSentences(ARTICLE).slice(1)]);
    if (!result.article) throw new Error('expected an article');
    expect(result.claims.map((c) => [c.verdict, c.text])).toEqual([
      ['divergent', 'The mayor resigned on Friday.'],
      ['corroborated', 'The council meets on Monday.'],
    ]);
    expect(result.timings.draft).toBeGreaterThan(0);
    expect(result.timings.matcher).toBe(2);
  });

  it('judges what extraction found beyond the draft in the context of the article, and only that', async () => {
    const match = matcherOf(VERDICTS);
    // The draft lacks the last paragraph and writes the headline otherwise.
    const draft = { title: '', paragraphs: ['MAYOR QUITS', ARTICLE.paragraphs[0]!] };
    const result = await findArticleClaims(document, pipeline({ draft: () => draft, match }));
    const sentences = articleSentences(ARTICLE);
    expect(match.mock.calls.map((call) => [call[0], call[2]])).toEqual([
      [['MAYOR QUITS', 'The mayor resigned on Friday.', 'The audit found 12 missing payments.'], undefined],
      [sentences, [0, 3, 4]],
    ]);
    if (!result.article) throw new Error('expected an article');
    expect(result.claims.map((c) => c.text)).toEqual(['The mayor resigned on Friday.', 'The council meets on Monday.']);
    expect(result.timings.matcher).toBe(4);
  });

  it('does not take verdicts from a draft that dates the page otherwise, and reads no draft on a page that is not an article', async () => {
    const match = matcherOf(VERDICTS);
    await findArticleClaims(document, pipeline({ draft: () => ({ ...DRAFT, published: '2025-06-07' }), extract: () => ({ ...ARTICLE, published: '2025-06-08' }), match }));
    expect(match.mock.calls.map((call) => [call[1], call[2]])).toEqual([
      ['2025-06-07', undefined],
      ['2025-06-08', undefined],
    ]);
    const draft = vi.fn(() => DRAFT);
    await findArticleClaims(document, pipeline({ isArticle: () => false, draft }));
    expect(draft).not.toHaveBeenCalled();
  });

  it('fails when the draft’s verdicts fail, and gets the matcher ready only when there is no draft', async () => {
    const ready = vi.fn();
    const match = vi.fn(async () => {
      throw new Error('The request port disconnected before a response was received');
    });
    await expect(findArticleClaims(document, pipeline({ draft: () => DRAFT, match, ready }))).rejects.toThrow(/disconnected/);
    expect(ready).not.toHaveBeenCalled();
    await findArticleClaims(document, pipeline({ draft: () => null, ready }));
    expect(ready).toHaveBeenCalledOnce();
  });
});

describe('findArticleClaims without a yield', () => {
  it('sends the match request before it first gives control back, when no pause yields', () => {
    const match = matcherOf({});
    const ready = vi.fn();
    const running = findArticleClaims(document, pipeline({ match, ready, pause: () => undefined }));
    // Nothing queued elsewhere on the page runs between the gate and the request.
    expect(ready).toHaveBeenCalledTimes(1);
    expect(match).toHaveBeenCalledTimes(1);
    return running;
  });

  it('waits for a pause that yields before extracting, and gets matching ready first', async () => {
    const order: string[] = [];
    let release = () => {};
    const turn = new Promise<void>((resolve) => (release = resolve));
    let pauses = 0;
    const running = findArticleClaims(
      document,
      pipeline({
        ready: () => void order.push('ready'),
        pause: () => (pauses++ === 0 ? turn.then(() => void order.push('page ran')) : undefined),
        extract: () => (order.push('extract'), ARTICLE),
      }),
    );
    await Promise.resolve();
    expect(order).toEqual(['ready']);
    release();
    await running;
    expect(order).toEqual(['ready', 'page ran', 'extract']);
  });

  it('counts the time the page had in between, and none when no pause yields', async () => {
    let clock = 0;
    let turns = 0;
    const page = () => {
      turns++;
      // The page runs for 10 ms.
      return Promise.resolve().then(() => void (clock += 10));
    };
    const result = await findArticleClaims(document, pipeline({ now: () => clock, pause: page }));
    expect(turns).toBeGreaterThan(2);
    expect(result.timings.paused).toBe(10 * turns);
    const straight = await findArticleClaims(document, pipeline({ pause: () => undefined }));
    expect(straight.timings.paused).toBe(0);
  });

  it('gets nothing ready on a page that is not an article', async () => {
    const ready = vi.fn();
    await findArticleClaims(document, pipeline({ isArticle: () => false, ready }));
    expect(ready).not.toHaveBeenCalled();
  });
});

describe('articleSentences', () => {
  it('does not repeat a headline that opens the first paragraph, and caps what is sent', () => {
    expect(articleSentences({ title: 'Storm hits', paragraphs: ['Storm hits coast. More later.'] })).toEqual(['Storm hits coast.', 'More later.']);
    const many = Array.from({ length: MAX_MATCH_SENTENCES + 50 }, (_, i) => `Sentence number ${i} is here.`);
    expect(articleSentences({ title: '', paragraphs: [many.join(' ')] })).toHaveLength(MAX_MATCH_SENTENCES);
  });
});

describe('findArticleClaims on a long article', () => {
  it('asks for verdicts in batches of at most MATCH_BATCH sentences, in order, and pauses while locating', async () => {
    const paragraphs = Array.from({ length: 450 }, (_, i) => `Sentence number ${i} of the long report.`);
    document.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const match = matcherOf({ [paragraphs[449]!]: { verdict: 'corroborated', differences: [] } });
    const pause = vi.fn();
    const result = await findArticleClaims(document, pipeline({ extract: () => ({ title: '', paragraphs }), match, pause }));
    expect(match.mock.calls.map(([batch]) => batch.length)).toEqual([MATCH_BATCH, MATCH_BATCH, 50]);
    expect(match.mock.calls.flatMap(([batch]) => batch)).toEqual(paragraphs);
    expect(result.article && result.claims.map((c) => c.text)).toEqual([paragraphs[449]]);
    expect(pause.mock.calls.length).toBeGreaterThan(450);
  });

  it('fails when the matcher answers a batch with the wrong number of verdicts, or no verdicts', async () => {
    const match = vi.fn(async (sentences: string[]) => ({
      verdicts: sentences.slice(1).map((text) => ({ text, verdict: 'none' as const, score: 0, evidence: null, differences: [] })),
    }));
    await expect(findArticleClaims(document, pipeline({ match }))).rejects.toThrow(/verdicts for/);
    const broken = vi.fn(async () => ({ verdicts: null }) as unknown as MatchBatch);
    await expect(findArticleClaims(document, pipeline({ match: broken }))).rejects.toThrow(/verdicts for/);
  });

  it('sends every batch before the first reply, and sums the matcher time the replies report', async () => {
    const paragraphs = Array.from({ length: 450 }, (_, i) => `Sentence number ${i} of the long report.`);
    document.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const reply = matcherOf({}, 1.5);
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const match = vi.fn(async (sentences: string[]) => {
      await gate;
      return reply(sentences);
    });
    const running = findArticleClaims(document, pipeline({ extract: () => ({ title: '', paragraphs }), match }));
    await vi.waitFor(() => expect(match).toHaveBeenCalledTimes(3));
    release();
    const result = await running;
    expect(result.timings.matcher).toBe(4.5);
  });

  it('leaves the matcher time out when a reply does not report it', async () => {
    const reply = matcherOf({});
    const match = vi.fn(async (sentences: string[]) => ({ verdicts: (await reply(sentences)).verdicts }));
    const result = await findArticleClaims(document, pipeline({ match }));
    expect(result.timings.matcher).toBeUndefined();
    expect(result.timings.match).toBeGreaterThan(0);
  });
});
