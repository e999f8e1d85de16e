import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh element of the document; `unmount` removes it again. */
export function mount(vnode: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return {
    root,
    unmount() {
      act(() => render(null, root));
      root.remove();
    },
  };
}

/** Lets pending promises and effects run. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Waits until `probe` returns a value (not null/undefined/false), or fails after a generous deadline. */
export async function until<T>(probe: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  const deadline = Date.now() + 3_000;
  for (;;) {
    const value = probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await settle();
  }
}

/** Types into an input or textarea as a reader would (value, then an input event). */
export function type(field: Element | null, value: string): void {
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) throw new Error('Not a text field');
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(select: Element | null, value: string): void {
  if (!(select instanceof HTMLSelectElement)) throw new Error('Not a select');
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(element: Element | null | undefined): void {
  if (!(element instanceof HTMLElement)) throw new Error('Nothing to click');
  act(() => element.click());
}

export function key(element: Element | null, name: string, init: KeyboardEventInit = {}): void {
  if (!element) throw new Error('No element for a key press');
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true, ...init }));
  });
}

/** The control whose label text (or aria-label) matches. */
export function byLabel(root: ParentNode, label: string | RegExp): HTMLElement {
  const test = (text: string | null | undefined) => (typeof label === 'string' ? text?.trim() === label : label.test(text ?? ''));
  for (const element of root.querySelectorAll<HTMLElement>('[aria-label]')) if (test(element.getAttribute('aria-label'))) return element;
  for (const element of root.querySelectorAll('label')) {
    const spans = [...element.querySelectorAll('span')].map((span) => span.textContent?.trim()).filter(Boolean);
    const text = spans[0] ?? element.textContent;
    if (test(text)) {
      const control = element.querySelector<HTMLElement>('input, textarea, select');
      if (control) return control;
    }
  }
  throw new Error(`No control labelled ${String(label)}`);
}

/** The button whose text (or aria-label) matches. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = buttons(root, name)[0];
  if (!found) throw new Error(`No button ${String(name)}`);
  return found;
}

export function buttons(root: ParentNode, name: string | RegExp): HTMLButtonElement[] {
  const test = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  return [...root.querySelectorAll('button')].filter((b) => test(b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '') || test(b.textContent?.trim() ?? ''));
}
