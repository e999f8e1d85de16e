import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { IGNORE_ATTRIBUTE } from '@/lib/anchoring';
import { NotesOverlay, type OverlayView } from '@/components/page/notes/NotesOverlay';
import { NOTES_UI_CSS } from '@/components/page/notes/styles';

/** Tag of the element that hosts the notes UI's shadow root. */
export const NOTES_UI_TAG = 'crosscheck-notes-ui';

/**
 * The on-page notes UI (the "Add note" button and the editor) in a shadow root of its own, created
 * the first time something is shown. The host sits outside <body> and is marked to be left out of the
 * page's text, so it never shifts the offsets notes are anchored by.
 */
export function createNotesUi(ctx: ContentScriptContext, doc: Document = document) {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let current: OverlayView['kind'] = 'hidden';

  function ensureHost(): HTMLElement {
    if (mount) return mount;
    host = doc.createElement(NOTES_UI_TAG);
    host.setAttribute(IGNORE_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = NOTES_UI_CSS;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.documentElement.append(host);
    ctx.onInvalidated(() => {
      if (mount) render(null, mount);
      host?.remove();
    });
    return mount;
  }

  return {
    get kind() {
      return current;
    },
    show(view: OverlayView): void {
      current = view.kind;
      if (view.kind === 'hidden' && !mount) return;
      render(<NotesOverlay view={view} />, ensureHost());
    },
    hide(): void {
      if (current !== 'hidden') this.show({ kind: 'hidden' });
    },
    /** Whether an event happened inside the notes UI. */
    isInside(event: Event): boolean {
      return host !== null && event.composedPath().includes(host);
    },
    get host(): HTMLElement | null {
      return host;
    },
  };
}

export type NotesUi = ReturnType<typeof createNotesUi>;
