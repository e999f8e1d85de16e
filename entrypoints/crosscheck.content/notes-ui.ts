import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { show } from '@/components/page/dom';
import { moveLayer, notesOverlay, type OverlayView } from '@/components/page/notes/notes-overlay';
import { NOTES_UI_CSS } from '@/components/page/notes/styles';
import { attachShadowHost, type ShadowHost } from '@/components/page/shadow-host';

/** Tag of the element that hosts the notes UI's (closed) shadow root. */
export const NOTES_UI_TAG = 'crosscheck-notes-ui';

/**
 * The on-page notes UI (the "Add note" button and the editor) in a closed shadow root of its own,
 * created the first time something is shown, under <html> and left out of the page's text.
 */
export function createNotesUi(ctx: ContentScriptContext, doc: Document = document) {
  let ui: (ShadowHost & { mount: HTMLElement }) | null = null;
  let current: OverlayView['kind'] = 'hidden';
  let editing: string | null = null;

  function ensure() {
    if (ui) return ui;
    const { host, root } = attachShadowHost(doc, NOTES_UI_TAG, NOTES_UI_CSS);
    const mount = doc.createElement('div');
    root.append(mount);
    ctx.onInvalidated(() => host.remove());
    return (ui = { host, root, mount });
  }

  return {
    get kind() {
      return current;
    },
    show(view: OverlayView): void {
      const layer = ui?.mount.firstElementChild as HTMLElement | null | undefined;
      // The same note's editor again: it moves, keeping what the reader typed.
      if (view.kind === 'editor' && view.key === editing && layer) moveLayer(layer, view.at);
      else if (view.kind !== 'hidden' || ui) show(ensure().mount, notesOverlay(view));
      current = view.kind;
      editing = view.kind === 'editor' ? view.key : null;
    },
    hide(): void {
      if (current !== 'hidden') this.show({ kind: 'hidden' });
    },
    /** Whether an event happened inside the notes UI. */
    isInside(event: Event): boolean {
      return ui !== null && event.composedPath().includes(ui.host);
    },
    get host(): HTMLElement | null {
      return ui?.host ?? null;
    },
  };
}

export type NotesUi = ReturnType<typeof createNotesUi>;
