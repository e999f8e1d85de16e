// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { el, show } from '@/components/page/dom';

describe('el', () => {
  it('sets attributes with their values, empty for true, none for false, null and undefined', () => {
    const input = el('input', { type: 'radio', name: 'c', maxlength: '5', checked: true, disabled: false, title: null, placeholder: undefined });
    expect(input.getAttribute('type')).toBe('radio');
    expect(input.getAttribute('maxlength')).toBe('5');
    expect(input.getAttribute('checked')).toBe('');
    expect(input.checked).toBe(true);
    expect(['disabled', 'title', 'placeholder'].map((name) => input.hasAttribute(name))).toEqual([false, false, false]);
  });

  it('adds a function under on… as an event listener, not as an attribute', () => {
    const onclick = vi.fn();
    const button = el('button', { onclick });
    expect(button.hasAttribute('onclick')).toBe(false);
    button.click();
    expect(onclick).toHaveBeenCalledOnce();
  });

  it('appends text as Text nodes, never as markup; flattens arrays and skips empty children', () => {
    const p = el('p', null, 'a <b>bold</b> ', [el('em', null, 'x'), [false, null, undefined, ' & <i>']]);
    expect(p.querySelector('b, i')).toBeNull();
    expect([...p.childNodes].map((node) => node.nodeName)).toEqual(['#text', 'EM', '#text']);
    expect(p.textContent).toBe('a <b>bold</b> x & <i>');
  });
});

describe('show', () => {
  it('replaces what the parent showed, and focuses the view’s autofocus control', () => {
    const parent = el('div', null, el('span', null, 'old'));
    document.body.append(parent);
    const field = el('textarea', { autofocus: true });
    show(parent, el('form', null, el('input'), field));
    expect(parent.textContent).toBe('');
    expect(parent.querySelector('span')).toBeNull();
    expect(document.activeElement).toBe(field);
    show(parent, null);
    expect(parent.childNodes).toHaveLength(0);
    parent.remove();
  });
});
