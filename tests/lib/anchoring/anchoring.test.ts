// @vitest-environment happy-dom
import { describe as suite, expect, it } from 'vitest';
import { anchor, createAnchorer, describe, IGNORE_ATTRIBUTE, type Selector } from '@/lib/anchoring';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html; // test fixtures only
  return root;
}

/** A range over the text offsets [start, end) of the root's text, built by walking text nodes. */
function rangeAt(root: Node, start: number, end: number): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let startSet = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const len = n.data.length;
    if (!startSet && start <= seen + len) {
      range.setStart(n, start - seen);
      startSet = true;
    }
    if (startSet && end <= seen + len) {
      range.setEnd(n, end - seen);
      return range;
    }
    seen += len;
  }
  throw new Error('offsets outside the text');
}

function rangeOfText(root: Node, needle: string, occurrence = 0): Range {
  const text = root.textContent ?? '';
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in page`);
  return rangeAt(root, at, at + needle.length);
}

const ARTICLE = `<h1>Rocket test</h1><p>The missile flew <b>6,500 km</b> before it fell into the sea, officials said on
  <i>June 7</i>.</p><p>Analysts said the <a href="#">launch</a> was the longest yet.</p>`;

suite('describe → anchor', () => {
  it('round-trips a range across several text nodes and inline markup', () => {
    const root = page(ARTICLE);
    const range = rangeOfText(root, 'flew 6,500 km before it fell');
    const selectors = describe(root, range);
    expect(selectors).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'flew 6,500 km before it fell' }),
      expect.objectContaining({ type: 'TextPositionSelector' }),
    ]);
    const quote = selectors[0] as { prefix: string; suffix: string };
    expect(quote.prefix.endsWith('The missile ')).toBe(true);
    expect(quote.suffix.startsWith(' into the sea')).toBe(true);
    const found = anchor(root, selectors);
    expect(found?.toString()).toBe('flew 6,500 km before it fell');
    expect(found?.startContainer.nodeType).toBe(Node.TEXT_NODE);
  });

  it('describes a selection without the whitespace at its ends, and nothing for whitespace alone', () => {
    const root = page('<p>  Alpha beta gamma.  </p><p>Delta.  a    b</p>');
    const anchorer = createAnchorer(root);
    const [quote, position] = anchorer.describeTrimmed(rangeAt(root, 0, 21))!;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: 'Alpha beta gamma.', prefix: '  ', suffix: '  Delta.  a    b' });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 2, end: 19 });
    expect(anchorer.anchor([quote, position])?.toString()).toBe('Alpha beta gamma.');
    expect(anchorer.describeTrimmed(rangeAt(root, 30, 33))).toBeNull();
  });

  it('describes ranges whose boundaries are between elements', () => {
    const root = page(ARTICLE);
    const b = root.querySelector('b')!;
    const range = document.createRange();
    range.setStart(b.parentNode!, Array.from(b.parentNode!.childNodes).indexOf(b));
    range.setEnd(b.parentNode!, Array.from(b.parentNode!.childNodes).indexOf(b) + 1);
    const [quote] = describe(root, range);
    expect(quote).toMatchObject({ exact: '6,500 km' });
    expect(anchor(root, describe(root, range))?.toString()).toBe('6,500 km');
  });

  it('leaves script, style and ignored elements out of the text', () => {
    const root = page(`<p>Before</p><script>var x = "secret";</script><style>p{}</style><div ${IGNORE_ATTRIBUTE}>UI</div><p>After</p>`);
    const anchorer = createAnchorer(root);
    expect(anchorer.text).toBe('BeforeAfter');
    expect(anchorer.anchor([{ type: 'TextQuoteSelector', exact: 'secret' }])).toBeNull();
  });

  it('leaves out whole subtrees: nested ignored elements, and a noscript or template built with elements inside', () => {
    const root = page(`<p>One</p><div ${IGNORE_ATTRIBUTE}><p>UI <b>deep</b></p></div><p>Two</p>`);
    const noscript = root.appendChild(document.createElement('noscript'));
    noscript.appendChild(document.createElement('p')).textContent = 'no script';
    root.appendChild(document.createElement('p')).textContent = 'Three';
    expect(createAnchorer(root).text).toBe('OneTwoThree');
    // A root that is itself left out has no text.
    const ignored = page('<p>x</p>');
    ignored.setAttribute(IGNORE_ATTRIBUTE, '');
    expect(createAnchorer(ignored).text).toBe('');
  });
});

suite('anchor on a changed page', () => {
  it('finds the exact quote when positions shifted', () => {
    const original = page(ARTICLE);
    const selectors = describe(original, rangeOfText(original, 'the longest yet'));
    const changed = page(`<div>Breaking: updated 3 minutes ago.</div>${ARTICLE}`);
    const found = anchor(changed, selectors);
    expect(found?.toString()).toBe('the longest yet');
  });

  it('finds a quote whose text changed a little (a word edited, whitespace changed)', () => {
    const original = page(ARTICLE);
    const selectors = describe(original, rangeOfText(original, 'before it fell into the sea, officials said'));
    const edited = page(ARTICLE.replace('fell into the sea', 'crashed into the sea').replace('officials said', 'officials\n      said'));
    const found = anchor(edited, selectors);
    expect(found?.toString().replace(/\s+/g, ' ')).toBe('before it crashed into the sea, officials said');
  });

  it('finds a quote whose whitespace was reflowed', () => {
    const original = page('<p>Markets fell sharply on Monday after the announcement.</p>');
    const selectors = describe(original, rangeOfText(original, 'fell sharply on Monday after'));
    const reflowed = page('<p>Markets\n   fell   sharply on\n Monday\tafter the announcement.</p>');
    expect(anchor(reflowed, selectors)?.toString()).toBe('fell   sharply on\n Monday\tafter');
  });

  it('uses prefix and suffix to pick among repeats of the quote', () => {
    const html = '<p>The minister said no.</p><p>Reporters asked again. The minister said no.</p><p>Later the minister said yes.</p>';
    const root = page(html);
    const range = rangeOfText(root, 'The minister said', 1);
    const [quote] = describe(root, range);
    // Positions are stale (the page gained text), so only the quote and its context can tell them apart.
    const changed = page(`<p>Live updates</p>${html}`);
    const found = anchor(changed, [quote!]);
    const text = changed.textContent!;
    const expected = text.indexOf('The minister said', text.indexOf('Reporters'));
    expect(createAnchorer(changed).locate([quote!])).toEqual({ start: expected, end: expected + 'The minister said'.length });
    expect(found?.toString()).toBe('The minister said');
  });

  it('returns null, not a wrong range, when the text is gone', () => {
    const original = page(ARTICLE);
    const selectors = describe(original, rangeOfText(original, 'Analysts said the launch was the longest yet'));
    const gone = page('<h1>Rocket test</h1><p>The missile flew 6,500 km before it fell into the sea.</p><p>Weather: sunny.</p>');
    expect(anchor(gone, selectors)).toBeNull();
    // A short quote that still occurs elsewhere, but out of its context, is not anchored either.
    const short: Selector[] = [{ type: 'TextQuoteSelector', exact: 'sea', prefix: 'unrelated words before ', suffix: ' and after them' }];
    expect(anchor(gone, short)).toBeNull();
  });

  it('does not trust a position whose text no longer equals the quote', () => {
    const root = page('<p>Alpha beta gamma delta.</p>');
    const found = anchor(root, [
      { type: 'TextPositionSelector', start: 0, end: 5 },
      { type: 'TextQuoteSelector', exact: 'gamma', prefix: 'beta ', suffix: ' delta' },
    ]);
    expect(found?.toString()).toBe('gamma');
  });

  it('accepts selectors in the shape other annotators export (Hypothesis), ignoring unknown types', () => {
    const root = page(ARTICLE);
    const text = root.textContent!;
    const start = text.indexOf('officials said');
    const hypothesis = [
      { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 10 },
      { type: 'TextPositionSelector', start: start + 3, end: start + 17 },
      { type: 'TextQuoteSelector', exact: 'officials said', prefix: 'the sea, ', suffix: ' on\n  June 7' },
    ];
    expect(anchor(root, hypothesis)?.toString()).toBe('officials said');
    expect(anchor(root, [{ type: 'TextPositionSelector', start, end: start + 9 }])?.toString()).toBe('officials');
    expect(anchor(root, [null, 'x', { type: 'FragmentSelector', value: 'p=1' }])).toBeNull();
  });
});
