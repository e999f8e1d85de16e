// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteEditor, type NoteEditorProps } from '@/components/page/notes/NoteEditor';
import { button, byLabel, click, key, mount, settle, type, until } from '../../dom-helpers';

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
  view = mount(<NoteEditor {...all} />);
  return { root: view.root, props: all };
}

describe('NoteEditor', () => {
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
    type(byLabel(root, 'Comment'), 'Do not lose me');
    click(button(root, 'Save'));
    const alert = await until(() => root.querySelector('[role="alert"]'), 'an alert');
    expect(alert.textContent).toContain('not reachable');
    expect((byLabel(root, 'Comment') as HTMLTextAreaElement).value).toBe('Do not lose me');
    expect(button(root, 'Save').disabled).toBe(false);
    click(button(root, 'Save'));
    await settle();
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('refuses a tag that is too long before saving', async () => {
    const { root, props } = show();
    type(byLabel(root, 'Tags (comma separated)'), 'x'.repeat(101));
    click(button(root, 'Save'));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/at most 100 characters/);
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('Escape cancels; Ctrl+Enter saves', async () => {
    const { root, props } = show();
    key(byLabel(root, 'Comment'), 'Enter', { ctrlKey: true });
    await settle();
    expect(props.onSave).toHaveBeenCalledTimes(1);
    key(byLabel(root, 'Comment'), 'Escape');
    expect(props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('shows the quote as text, never as markup', () => {
    const { root } = show({ quote: '<img src=x onerror="alert(1)"> quoted' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('blockquote')?.textContent).toBe('<img src=x onerror="alert(1)"> quoted');
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
    expect(root.textContent).toContain('On a divergent claim');
    click(button(root, 'Delete'));
    await settle();
    expect(onDelete).toHaveBeenCalled();
  });

  it('a new note has no Delete button and the comment field has the focus', () => {
    const { root } = show();
    expect(() => button(root, 'Delete')).toThrow();
    expect(document.activeElement).toBe(byLabel(root, 'Comment'));
  });
});
