// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AllNotes, PAGE_SIZE } from '@/components/popup/AllNotes';
import { toAnnotationCollection } from '@/lib/notes/export';
import { button, byLabel, choose, click, mount, type, until } from '../dom-helpers';
import { storedNote, uuid } from '../../lib/notes/helpers';
import { fakeServices } from './fake-services';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const cards = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('li.note')];
const statusText = (root: HTMLElement) => root.querySelector('p[role="status"]')?.textContent ?? '';

async function showAll(count: number) {
  const world = fakeServices();
  await world.db.notes.bulkAdd(Array.from({ length: count }, (_, i) => storedNote(i + 1)));
  view = mount(<AllNotes services={world.services} />);
  if (count > 0) await until(() => cards(view!.root).length > 0, 'the first notes');
  else await until(() => statusText(view!.root).includes('No notes yet'), 'the empty list');
  return { ...world, root: view.root };
}

describe('AllNotes', () => {
  it(`loads ${PAGE_SIZE} notes at a time, newest change first, never the whole store`, async () => {
    const { root, sent } = await showAll(120);
    expect(cards(root)).toHaveLength(PAGE_SIZE);
    expect(cards(root)[0]!.dataset.noteId).toBe(uuid(120));
    expect(statusText(root)).toBe('120 notes.');
    expect(sent.filter((m) => m.type === 'notes/list').every((m) => (m.payload as { limit: number }).limit === PAGE_SIZE)).toBe(true);
    click(button(root, /^Show more/));
    await until(() => cards(root).length === 2 * PAGE_SIZE, 'the second page');
    expect(button(root, /^Show more/).textContent).toContain('20 left');
    click(button(root, /^Show more/));
    await until(() => cards(root).length === 120, 'the last page');
    expect(() => button(root, /^Show more/)).toThrow();
    expect(new Set(cards(root).map((c) => c.dataset.noteId)).size).toBe(120);
  });

  it('searches comment, quote, tags and title, and filters by tag', async () => {
    const { root } = await showAll(6);
    type(byLabel(root, 'Search'), 'COMMENT 5');
    await until(() => cards(root).length === 1, 'one match');
    expect(cards(root)[0]!.dataset.noteId).toBe(uuid(5));
    expect(statusText(root)).toBe('1 note match.');
    type(byLabel(root, 'Search'), '');
    await until(() => cards(root).length === 6, 'all notes again');
    const tagSelect = byLabel(root, 'Tag') as HTMLSelectElement;
    await until(() => tagSelect.options.length > 1, 'the tags');
    expect([...tagSelect.options].map((o) => o.textContent)).toEqual(['All tags', 'all (6)', 'even (3)', 'odd (3)']);
    choose(tagSelect, 'even');
    await until(() => cards(root).length === 3, 'the even notes');
    type(byLabel(root, 'Search'), 'nothing like this');
    await until(() => statusText(root) === 'No note matches.', 'no match');
  });

  it('opens the page of a note in a new tab', async () => {
    const { root, services } = await showAll(1);
    click(button(cards(root)[0]!, 'Open page'));
    expect(services.openTab).toHaveBeenCalledWith(storedNote(1).url);
  });

  it('edits inline and deletes with Undo', async () => {
    const { root, notes } = await showAll(3);
    const card = () => root.querySelector<HTMLElement>(`li[data-note-id="${uuid(2)}"]`);
    click(button(card()!, /^Edit note/));
    type(byLabel(card()!, 'Comment'), 'edited');
    click(button(card()!, 'Save'));
    await until(() => card()?.querySelector('.comment')?.textContent === 'edited', 'the edit');
    expect((await notes.get(uuid(2)))?.comment).toBe('edited');

    click(button(card()!, /^Delete note/));
    await until(() => card() === null, 'the deletion');
    expect(statusText(root)).toBe('2 notes.');
    click(button(root, 'Undo'));
    await until(() => card(), 'the restored note');
    expect((await notes.get(uuid(2)))?.comment).toBe('edited');
  });

  it('exports all notes', async () => {
    const { root, downloads } = await showAll(3);
    click(button(root.querySelector('[aria-label="Export all notes"]')!, 'JSON'));
    await until(() => downloads.length === 1, 'a download');
    expect(downloads[0]!.filename).toMatch(/^crosscheck-notes-all-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(downloads[0]!.json).notes).toHaveLength(3);
  });

  it('imports a file and says what was imported, skipped and refused', async () => {
    const { root, notes } = await showAll(1);
    const file = toAnnotationCollection([storedNote(1), storedNote(2, { url: 'https://news.example/other' }), storedNote(3)], Date.UTC(2026, 0, 1), uuid(999));
    // A page note (no text selector) cannot be a Crosscheck note: refused, the rest imported.
    (file.first.items as unknown[]).push({ id: `urn:uuid:${uuid(500)}`, type: 'Annotation', target: 'https://news.example/page' });
    const input = byLabel(root, /^Notes file/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(file)], 'notes.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const status = await until(() => root.querySelector('.import [role="status"] p:not(.muted)'), 'the import report');
    expect(status.textContent).toBe('Imported 2 notes from a W3C Web Annotations file. 1 note already present, skipped. 1 entry refused:');
    expect(root.querySelector('.refusals')?.textContent).toMatch(/^Entry 4: /);
    expect(await notes.count()).toBe(3);
    await until(() => cards(root).length === 3, 'the list reloaded');
  });

  it('refuses a malformed file with an alert and changes nothing', async () => {
    const { root, notes } = await showAll(1);
    const input = byLabel(root, /^Notes file/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"format": "crosscheck-notes", '], 'broken.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const alert = await until(() => root.querySelector('.import [role="alert"]'), 'an alert');
    expect(alert.textContent).toMatch(/^broken\.json was not imported: /);
    expect(await notes.count()).toBe(1);
  });

  it('offers to open the view in a tab for importing when shown as a popup', async () => {
    const world = fakeServices();
    view = mount(<AllNotes services={{ ...world.services, tabViewUrl: 'chrome-extension://x/popup.html?view=all' }} />);
    const link = await until(() => view!.root.querySelector<HTMLAnchorElement>('.import a'), 'the link');
    expect(link.textContent).toBe('open in a tab');
    click(link);
    expect(world.services.openTab).toHaveBeenCalledWith('chrome-extension://x/popup.html?view=all');
  });

  it('shows an empty store plainly', async () => {
    const { root } = await showAll(0);
    expect(statusText(root)).toBe('No notes yet.');
    expect(cards(root)).toHaveLength(0);
  });
});
