// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { moveLayer, notesOverlay } from '@/components/page/notes/notes-overlay';
import { click, key } from '../../dom-helpers';
import { mount } from '../mount';

const editor = { mode: 'new' as const, quote: 'Q', initial: { comment: '', tags: [], colour: 'green' as const }, onSave: async () => {}, onCancel: () => {} };

describe('notesOverlay', () => {
  it('shows nothing when hidden', () => {
    expect(notesOverlay({ kind: 'hidden' })).toBeNull();
  });

  it('places the "Add note" button at fixed coordinates; it adds, Escape dismisses, and a mouse down keeps the selection', () => {
    const onAdd = vi.fn();
    const onDismiss = vi.fn();
    const view = mount(notesOverlay({ kind: 'button', at: { left: 12, top: 34 }, onAdd, onDismiss })!);
    const layer = view.root.firstElementChild as HTMLElement;
    expect(layer.className).toBe('cc-layer cc-layer-button');
    expect([layer.style.left, layer.style.top]).toEqual(['12px', '34px']);
    const button = layer.querySelector('button')!;
    expect(button.textContent).toBe('Add note');
    expect(button.type).toBe('button');
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    button.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    click(button);
    expect(onAdd).toHaveBeenCalledOnce();
    key(button, 'Enter');
    expect(onDismiss).not.toHaveBeenCalled();
    key(button, 'Escape');
    expect(onDismiss).toHaveBeenCalledOnce();
    view.unmount();
  });

  it('shows the editor in its layer, with the focus in the comment; the layer moves', () => {
    const view = mount(notesOverlay({ kind: 'editor', at: { left: 5, top: 6 }, key: 'n1', editor })!);
    const layer = view.root.firstElementChild as HTMLElement;
    expect(layer.className).toBe('cc-layer cc-layer-editor');
    expect(layer.querySelector('form[role="dialog"]')?.getAttribute('aria-label')).toBe('New note');
    expect(document.activeElement).toBe(layer.querySelector('textarea'));
    expect(layer.querySelector<HTMLInputElement>('input[value="green"]')!.checked).toBe(true);
    moveLayer(layer, { left: 50, top: 60 });
    expect([layer.style.left, layer.style.top]).toEqual(['50px', '60px']);
    view.unmount();
  });
});
