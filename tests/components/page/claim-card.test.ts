// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimCard, moveCard } from '@/components/page/claims/claim-card';
import type { Claim } from '@/lib/claims/types';
import { mount } from './mount';

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

let view: ReturnType<typeof mount> | null = null;
function show(claim: Claim, handlers: { onClose?: () => void; onPointerEnter?: () => void; onPointerLeave?: () => void } = {}) {
  view = mount(claimCard({ claim, total: 4, placement: { left: 10, top: 20, maxHeight: 300 }, onClose: () => {}, ...handlers }));
  return view.root;
}

afterEach(() => {
  view?.unmount();
  view = null;
});

describe('claimCard', () => {
  it('shows the verdict in words, the corpus sentence, its outlet and its title', () => {
    const card = show(corroborated);
    expect(card.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Crosscheck: corroborated claim');
    expect(card.querySelector('[data-testid="verdict"]')!.textContent).toBe('✓ Corroborated');
    expect(card.querySelector('[data-testid="corpus-sentence"]')!.textContent).toBe(corroborated.evidence.sentence);
    expect(card.querySelector('[data-testid="outlet"]')!.textContent).toBe('The Star');
    expect(card.querySelector('[data-testid="title"]')!.textContent).toBe(corroborated.evidence.title);
    expect(card.querySelector('figcaption')!.textContent).toBe(`The Star, ${corroborated.evidence.title}`);
    expect(card.textContent).toContain('Claim 1 of 4');
    expect(card.textContent).toContain('Alt+Shift+N / Alt+Shift+P: next / previous claim · Esc: close');
    expect(card.querySelector('[data-testid="differences"]')).toBeNull();
    expect(card.querySelector('details')).toBeNull();
  });

  it('sets each differing fact of a divergent claim side by side: page value, corpus value', () => {
    const card = show(divergent);
    expect(card.querySelector('section')!.className).toBe('card divergent');
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

  it('leaves the title out when the corpus article has none, and lists the corpus’s own disagreements', () => {
    const card = show({
      ...corroborated,
      evidence: {
        ...corroborated.evidence,
        title: '',
        disagreements: [{ articleId: 'post-1', outlet: 'The Post', sentence: 'It was approved a week before.' }],
      },
    });
    expect(card.querySelector('[data-testid="title"]')).toBeNull();
    expect(card.querySelector('figcaption')!.textContent).toBe('The Star');
    expect(card.querySelector('summary')!.textContent).toBe('The corpus disagrees with itself (1)');
    expect(card.querySelector('details li')!.textContent).toBe('The Post: It was approved a week before.');
  });

  it('puts page and corpus text in as text, never as markup', () => {
    const hostile: Claim = {
      ...divergent,
      evidence: {
        ...divergent.evidence,
        outlet: '<img src=x onerror=alert(1)>',
        sentence: '<b>bold</b> & <script>x()</script>',
        disagreements: [{ articleId: 'x', outlet: '<i>Post</i>', sentence: '<img src=y>' }],
      },
      differences: [{ kind: 'name', page: '<i>Putin</i>', corpus: 'Xi' }],
    };
    const card = show(hostile);
    expect(card.querySelector('img, b, script, i')).toBeNull();
    expect(card.querySelector('[data-testid="corpus-sentence"]')!.textContent).toBe('<b>bold</b> & <script>x()</script>');
    expect(card.querySelector('.page-value')!.textContent).toBe('<i>Putin</i>');
    expect(card.querySelector('details li')!.textContent).toBe('<i>Post</i>: <img src=y>');
  });

  it('closes from its close button, and tells when the pointer enters and leaves it', () => {
    const onClose = vi.fn();
    const onPointerEnter = vi.fn();
    const onPointerLeave = vi.fn();
    const card = show(corroborated, { onClose, onPointerEnter, onPointerLeave });
    const close = card.querySelector<HTMLButtonElement>('button.close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    close.click();
    expect(onClose).toHaveBeenCalledOnce();
    const section = card.querySelector('section')!;
    section.dispatchEvent(new PointerEvent('pointerenter'));
    expect(onPointerEnter).toHaveBeenCalledOnce();
    section.dispatchEvent(new PointerEvent('pointerleave'));
    expect(onPointerLeave).toHaveBeenCalledOnce();
  });

  it('sits below its claim with `top`, or above it with `bottom`', () => {
    const section = show(corroborated).querySelector('section')!;
    expect([section.style.left, section.style.top, section.style.bottom, section.style.maxHeight]).toEqual(['10px', '20px', '', '300px']);
    moveCard(section, { left: 30, bottom: 40, maxHeight: 200 });
    expect([section.style.left, section.style.top, section.style.bottom, section.style.maxHeight]).toEqual(['30px', '', '40px', '200px']);
  });
});
