// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageNotes } from '@/components/popup/PageNotes';
import { button, byLabel, click, mount, settle, type, until } from '../dom-helpers';
import { noteInput, uuid } from '../../lib/notes/helpers';
import { fakeServices, PAGE_URL } from './fake-services';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const cards = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('li.note')];
const card = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`li[data-note-id="${id}"]`)!;

async function showPage(options: Parameters<typeof fakeServices>[0] = {}, url: string | undefined = PAGE_URL) {
  const world = fakeServices(options);
  // Two notes on this page (story-1), one on another page (story-2).
  await world.notes.save(noteInput(1, { url: PAGE_URL, comment: 'first note' }));
  await world.notes.save(noteInput(4, { url: PAGE_URL, comment: 'second note' }));
  await world.notes.save(noteInput(2, { comment: 'elsewhere' }));
  view = mount(<PageNotes services={world.services} content={world.services.contentOf(7)} url={url} />);
  await until(() => !view!.root.textContent?.includes('Loading notes'), 'the notes');
  return { ...world, root: view.root };
}

describe('PageNotes ("This page")', () => {
  it("lists this page's notes only, marks orphans, and scrolls to a note when its quote is pressed", async () => {
    const { root, content } = await showPage({ orphans: [uuid(4)] });
    expect(cards(root).map((c) => c.dataset.noteId)).toEqual([uuid(1), uuid(4)]);
    expect(root.querySelector('h2')?.textContent).toContain('(2)');
    expect(card(root, uuid(4)).hasAttribute('data-orphan')).toBe(true);
    expect(card(root, uuid(4)).textContent).toContain('Not found on the page');
    expect(root.textContent).toContain('1 note was not found on the page as it is now');
    // An orphan has nothing to scroll to.
    expect(() => button(card(root, uuid(4)), /^Show on the page/)).toThrow();

    click(button(card(root, uuid(1)), /^Show on the page/));
    await settle();
    expect(content.scrolled).toEqual([uuid(1)]);
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('uses the URL the content script reports (after history navigation) over the one it was given', async () => {
    const { root } = await showPage({ contentUrl: 'https://news.example/story-2' }, PAGE_URL);
    expect(cards(root).map((c) => c.dataset.noteId)).toEqual([uuid(2)]);
  });

  it('still lists the notes when the page has no content script (no orphan information)', async () => {
    const { root } = await showPage({ contentUrl: null });
    expect(cards(root)).toHaveLength(2);
    expect(root.querySelector('[data-orphan]')).toBeNull();
  });

  it('edits a note inline; the change is stored and the page asked to repaint', async () => {
    const { root, notes, content } = await showPage();
    click(button(card(root, uuid(1)), /^Edit note/));
    type(byLabel(card(root, uuid(1)), 'Comment'), 'changed comment');
    type(byLabel(card(root, uuid(1)), 'Tags (comma separated)'), 'x, y');
    click(byLabel(card(root, uuid(1)), 'Purple'));
    click(button(card(root, uuid(1)), 'Save'));
    await until(() => card(root, uuid(1)).querySelector('.comment')?.textContent === 'changed comment', 'the edited note');
    expect(await notes.get(uuid(1))).toMatchObject({ comment: 'changed comment', tags: ['x', 'y'], colour: 'purple' });
    expect(content.refreshes).toBe(1);
  });

  it('Escape leaves the inline editor without saving', async () => {
    const { root, notes } = await showPage();
    click(button(card(root, uuid(1)), /^Edit note/));
    type(byLabel(card(root, uuid(1)), 'Comment'), 'not kept');
    const form = card(root, uuid(1)).querySelector('form')!;
    form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => card(root, uuid(1)).querySelector('form') === null, 'the editor closed');
    expect((await notes.get(uuid(1)))?.comment).toBe('first note');
  });

  it('deletes a note and puts it back with Undo, exactly as it was', async () => {
    const { root, notes } = await showPage();
    const before = await notes.get(uuid(1));
    click(button(card(root, uuid(1)), /^Delete note/));
    await until(() => card(root, uuid(1)) === null, 'the note removed');
    expect(await notes.get(uuid(1))).toBeUndefined();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Note deleted.');
    click(button(root, 'Undo'));
    await until(() => card(root, uuid(1)), 'the note back');
    expect(await notes.get(uuid(1))).toEqual(before);
    expect(root.textContent).not.toContain('Note deleted.');
  });

  it("exports this page's notes as native JSON and as W3C annotations", async () => {
    const { root, downloads } = await showPage();
    const group = root.querySelector<HTMLElement>('[role="group"][aria-label="Export this page\'s notes"]')!;
    click(button(group, 'JSON'));
    await until(() => downloads.length === 1, 'a download');
    const native = JSON.parse(downloads[0]!.json);
    expect(native.format).toBe('crosscheck-notes');
    expect(native.notes.map((n: { id: string }) => n.id)).toEqual([uuid(1), uuid(4)]);
    click(button(group, 'W3C annotations'));
    await until(() => downloads.length === 2, 'a second download');
    const w3c = JSON.parse(downloads[1]!.json);
    expect(w3c.type).toBe('AnnotationCollection');
    expect(w3c.total).toBe(2);
    expect(downloads[1]!.filename).toMatch(/\.w3c\.json$/);
    expect(group.querySelector('[role="status"]')?.textContent).toContain('Exported 2 notes');
  });

  it('says that notes need a web page when the tab shows something else', async () => {
    const { root } = await showPage({ contentUrl: null }, 'chrome://newtab/');
    expect(root.textContent).toContain('Notes can be made on web pages');
  });
});
