// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteEditor, type NoteEditorProps } from '@/components/page/notes/note-editor';
import { button, byLabel, click, key, settle, type, until } from '../../dom-helpers';
import { mount } from '../mount';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

function show(props: Partial<NoteEditorProps> = {}) {
  const all: NoteEditorProps = {
    mode: 'new',
    quote: 'The council approved a budget of £212 million.',
    initial: { comment: '', tags: [], colour: 'yellow' },
    onSave: vi.fn(async () => {}),
    onCancel: vi.fn(),
    ...props,
  };
  view = mount(noteEditor(all));
  return { root: view.root, props: all };
}

describe('noteEditor', () => {
  it('saves the comment, the comma-separated tags (cleaned) and the chosen colour', async () => {
    const { root, props } = show();
    type(byLabel(root, 'Comment'), 'Check this figure');
    type(byLabel(root, 'Tags (comma separated)'), ' budget,  council , , Budget');
    click(byLabel(root, 'Blue'));
    click(button(root, 'Save'));
    await settle();
    expect(props.onSave).toHaveBeenCalledWith({ comment: 'Check this figure', tags: ['budget', 'council'], colour: 'blue' });
  });

  it('keeps the editor and the text when saving fails, and says why in an alert', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('The note was not saved: the background is not reachable.');
    });
    const { root } = show({ onSave });
    expect(root.querySelector('[role="alert"]')).toBeNull();
    type(byLabel(root, 'Comment'), 'Do not lose me');
    click(button(root, 'Save'));
    const alert = await until(() => root.querySelector('[role="alert"]'), 'an alert');
    expect(alert.textContent).toContain('not reachable');
    expect((byLabel(root, 'Comment') as HTMLTextAreaElement).value).toBe('Do not lose me');
    expect(button(root, 'Save').disabled).toBe(false);
    click(button(root, 'Save'));
    await settle();
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });

  it('is busy while saving: controls disabled, Save says so, a second save is not sent', async () => {
    let finish = () => {};
    const onSave = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { root } = show({ onSave });
    click(button(root, 'Save'));
    expect(root.querySelector('form')!.getAttribute('aria-busy')).toBe('true');
    expect(button(root, 'Saving…').disabled).toBe(true);
    expect((byLabel(root, 'Comment') as HTMLTextAreaElement).disabled).toBe(true);
    expect(root.querySelector('fieldset')!.disabled).toBe(true);
    key(byLabel(root, 'Comment'), 'Enter', { ctrlKey: true });
    expect(onSave).toHaveBeenCalledTimes(1);
    finish();
    await settle();
  });

  it('refuses a tag that is too long before saving, and clears the alert once the tags are fixed', async () => {
    const { root, props } = show();
    type(byLabel(root, 'Tags (comma separated)'), 'x'.repeat(101));
    click(button(root, 'Save'));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/at most 100 characters/);
    expect(props.onSave).not.toHaveBeenCalled();
    type(byLabel(root, 'Tags (comma separated)'), 'short');
    click(button(root, 'Save'));
    await settle();
    expect(props.onSave).toHaveBeenCalledWith({ comment: '', tags: ['short'], colour: 'yellow' });
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('Escape cancels; Ctrl+Enter saves', async () => {
    const { root, props } = show();
    key(byLabel(root, 'Comment'), 'Enter', { ctrlKey: true });
    await settle();
    expect(props.onSave).toHaveBeenCalledTimes(1);
    key(byLabel(root, 'Comment'), 'Escape');
    expect(props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows the quote as text, never as markup, shortened when long', () => {
    const { root } = show({ quote: '<img src=x onerror="alert(1)"> quoted' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('blockquote')?.textContent).toBe('<img src=x onerror="alert(1)"> quoted');
    view?.unmount();
    const long = show({ quote: 'word '.repeat(100) });
    const shown = long.root.querySelector('blockquote')!.textContent!;
    expect(shown).toHaveLength(240);
    expect(shown.endsWith('…')).toBe(true);
  });

  it('edits an existing note: fields filled in, and Delete offered', async () => {
    const onDelete = vi.fn(async () => {});
    const { root } = show({
      mode: 'edit',
      initial: { comment: 'old', tags: ['a', 'b'], colour: 'pink' },
      onDelete,
      claim: { sentence: 'A claim.', verdict: 'divergent' },
    });
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Edit note');
    expect((byLabel(root, 'Comment') as HTMLTextAreaElement).value).toBe('old');
    expect((byLabel(root, 'Tags (comma separated)') as HTMLInputElement).value).toBe('a, b');
    expect((byLabel(root, 'Pink') as HTMLInputElement).checked).toBe(true);
    expect((byLabel(root, 'Yellow') as HTMLInputElement).checked).toBe(false);
    expect(root.textContent).toContain('On a divergent claim');
    click(button(root, 'Delete'));
    await settle();
    expect(onDelete).toHaveBeenCalled();
  });

  it('a new note has no Delete button and the comment field has the focus; Cancel cancels', () => {
    const { root, props } = show();
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('New note');
    expect(() => button(root, 'Delete')).toThrow();
    expect(root.textContent).not.toContain('On a');
    expect(document.activeElement).toBe(byLabel(root, 'Comment'));
    click(button(root, 'Cancel'));
    expect(props.onCancel).toHaveBeenCalledOnce();
    expect(props.onSave).not.toHaveBeenCalled();
  });
});
