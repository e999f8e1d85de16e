// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/components/popup/App';
import { button, click, key, mount, until } from '../dom-helpers';
import { noteInput } from '../../lib/notes/helpers';
import { fakeServices, PAGE_URL } from './fake-services';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

const tabs = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selectedTab = (root: HTMLElement) => tabs(root).find((t) => t.getAttribute('aria-selected') === 'true')?.textContent;
const visiblePanel = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find((p) => !p.hidden);

describe('popup App', () => {
  it('shows two tabs; arrow keys, Home and End move between them and switch the panel', async () => {
    const { services } = fakeServices();
    view = mount(<App {...services} tab={Promise.resolve({ id: 7, url: PAGE_URL })} />);
    const { root } = view;
    await until(() => tabs(root).length === 2, 'the tabs');
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Crosscheck views');
    expect(selectedTab(root)).toBe('This page');
    expect(visiblePanel(root)?.getAttribute('aria-labelledby')).toBe('tab-page');

    key(tabs(root)[0]!, 'ArrowRight');
    expect(selectedTab(root)).toBe('All notes');
    expect(document.activeElement).toBe(tabs(root)[1]);
    expect(visiblePanel(root)?.id).toBe('panel-all');
    expect(tabs(root)[0]!.tabIndex).toBe(-1);
    key(tabs(root)[1]!, 'ArrowRight');
    expect(selectedTab(root)).toBe('This page');
    key(tabs(root)[0]!, 'End');
    expect(selectedTab(root)).toBe('All notes');
    key(tabs(root)[1]!, 'Home');
    expect(selectedTab(root)).toBe('This page');
  });

  it('opens on "All notes" when there is no tab, and on the view asked for', async () => {
    const { services } = fakeServices();
    view = mount(<App {...services} tab={Promise.resolve(null)} />);
    await until(() => selectedTab(view!.root) === 'All notes', 'All notes selected');
    view.unmount();
    view = mount(<App {...services} tab={Promise.resolve({ id: 7 })} initialView="all" />);
    await until(() => selectedTab(view!.root) === 'All notes', 'All notes selected');
  });

  it('a note edited in "All notes" is reloaded in "This page" and the page is asked to repaint', async () => {
    const { services, notes, content } = fakeServices();
    await notes.save(noteInput(1, { url: PAGE_URL, comment: 'before' }));
    view = mount(<App {...services} tab={Promise.resolve({ id: 7, url: PAGE_URL })} />);
    const { root } = view;
    await until(() => root.querySelector('[data-testid="page-notes"] .comment')?.textContent === 'before', 'the page note');
    click(tabs(root)[1]);
    const all = await until(() => root.querySelector<HTMLElement>('[data-testid="all-notes"] li.note'), 'the note in All notes');
    click(button(all, /^Delete note/));
    await until(() => root.querySelector('[data-testid="page-notes"] li.note') === null, 'the page list reloaded');
    expect(content.refreshes).toBeGreaterThan(0);
  });

  it('says when the background cannot tell the state of the tab', async () => {
    const { services } = fakeServices();
    const failing = { ...services, background: { ...services.background, request: async () => ({ ok: false, error: { code: 'unavailable', message: 'Not reachable' } }) } };
    view = mount(<App {...(failing as typeof services)} tab={Promise.resolve({ id: 7 })} />);
    const alert = await until(() => view!.root.querySelector('[role="alert"]'), 'an alert');
    expect(alert.textContent).toBe('Not reachable');
  });
});
