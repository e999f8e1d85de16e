// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimCard } from '@/components/page/claims/ClaimCard';
import type { Claim } from '@/lib/claims/types';

const divergent: Claim = {
  index: 1,
  text: 'The FSB approved the programme three days after the invasion.',
  verdict: 'divergent',
  score: 0.88,
  evidence: {
    articleId: 'star-0',
    outlet: 'The Star',
    title: 'Russia sees China as the enemy, leaked memo says',
    sentence: 'The FSB approved the programme three days before the invasion.',
  },
  differences: [
    { kind: 'date', page: ' after', corpus: 'before ' },
    { kind: 'count', page: 'twelve', corpus: 'eight' },
  ],
};

const corroborated: Claim = { ...divergent, index: 0, verdict: 'corroborated', differences: [] };

let root: HTMLElement;
function show(claim: Claim, onClose = () => {}) {
  root = document.createElement('div');
  document.body.append(root);
  render(<ClaimCard claim={claim} total={4} placement={{ left: 10, top: 20, maxHeight: 300 }} onClose={onClose} />, root);
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ClaimCard', () => {
  it('shows the verdict in words, the corpus sentence, its outlet and its title', () => {
    const card = show(corroborated);
    expect(card.querySelector('[data-testid="verdict"]')!.textContent).toContain('Corroborated');
    expect(card.querySelector('[data-testid="corpus-sentence"]')!.textContent).toBe(corroborated.evidence.sentence);
    expect(card.querySelector('[data-testid="outlet"]')!.textContent).toBe('The Star');
    expect(card.querySelector('[data-testid="title"]')!.textContent).toBe(corroborated.evidence.title);
    expect(card.textContent).toContain('Claim 1 of 4');
    expect(card.querySelector('[data-testid="differences"]')).toBeNull();
  });

  it('sets each differing fact of a divergent claim side by side: page value, corpus value', () => {
    const card = show(divergent);
    expect(card.querySelector('[data-testid="verdict"]')!.textContent).toContain('Divergent');
    const rows = [...card.querySelectorAll('[data-testid="differences"] tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Date', 'after', 'before'],
      ['Count', 'twelve', 'eight'],
    ]);
    const head = [...card.querySelectorAll('[data-testid="differences"] thead th')].map((th) => th.textContent);
    expect(head).toEqual(['What differs', 'This page', 'The Star']);
  });

  it('puts page and corpus text in as text, never as markup', () => {
    const hostile: Claim = {
      ...divergent,
      evidence: { ...divergent.evidence, outlet: '<img src=x onerror=alert(1)>', sentence: '<b>bold</b> & <script>x()</script>' },
      differences: [{ kind: 'name', page: '<i>Putin</i>', corpus: 'Xi' }],
    };
    const card = show(hostile);
    expect(card.querySelector('img, b, script, i')).toBeNull();
    expect(card.querySelector('[data-testid="corpus-sentence"]')!.textContent).toBe('<b>bold</b> & <script>x()</script>');
    expect(card.querySelector('.page-value')!.textContent).toBe('<i>Putin</i>');
  });

  it('closes from its close button', () => {
    const onClose = vi.fn();
    const card = show(corroborated, onClose);
    (card.querySelector('button.close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
