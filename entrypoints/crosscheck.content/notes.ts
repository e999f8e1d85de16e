import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnchorer } from '@/lib/anchoring';
import { LIMITS } from '@/lib/messaging/limits';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import { DEFAULT_COLOUR, type Note, type NoteColour } from '@/lib/notes/model';
import type { NoteEditorProps, NoteValues } from '@/components/page/notes/note-editor';
import { placeNear, type Box } from '@/components/page/notes/position';
import { BUTTON_SIZE, EDITOR_SIZE } from '@/components/page/notes/styles';
import { createNoteLayer } from './notes-layer';
import type { ContentMessages } from './messages';
import { createNotePainter } from './notes-paint';
import { claimAt, selectedRange, type PaintedClaim } from './notes-selection';
import { createNotesUi } from './notes-ui';
import { watchForChanges } from './notes-watch';

const SELECTION_SETTLE_MS = 200;

const viewport = () => ({ width: innerWidth, height: innerHeight });

function boxOf(range: Range): Box {
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return { left: last.left, top: last.top, width: last.width, height: last.height };
}

/** Personal notes on any page: selection → note, stored notes anchored and painted again. */
export interface NotesDeps {
  background: BackgroundClient;
  messages: ContentMessages;
  /** The claims painted on the page now, so that a note made on one records it. */
  paintedClaims: () => readonly PaintedClaim[];
}

export function startNotes(ctx: ContentScriptContext, { background, messages, paintedClaims }: NotesDeps): void {
  const painter = createNotePainter();
  const layer = createNoteLayer(painter);
  const ui = createNotesUi(ctx);
  let loadedUrl = location.href;
  let lastColour: NoteColour = DEFAULT_COLOUR;
  let loading: Promise<void> = Promise.resolve();

  const watcher = watchForChanges(ctx, document.body, () => (layer.size > 0 ? layer.staleness() : null), () => layer.reanchor());

  let wantedUrl = location.href;

  /** Loads and paints the notes of `url`; a reply for a page navigated away from meanwhile is dropped. */
  function load(url = location.href): Promise<void> {
    wantedUrl = url;
    loading = background.request('notes/forUrl', { url }).then((reply) => {
      if (!reply.ok || url !== wantedUrl) return;
      loadedUrl = url;
      layer.set(reply.value);
      if (layer.size > 0) watcher.start();
    });
    return loading;
  }

  /** Where the keyboard focus was before the editor took it, to give it back. */
  let returnFocus: HTMLElement | null = null;

  function closeEditor(): void {
    ui.hide();
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  function showEditor(near: Box, key: string, editor: Omit<NoteEditorProps, 'onCancel'>): void {
    if (ui.kind !== 'editor') returnFocus = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    ui.show({ kind: 'editor', at: placeNear(near, EDITOR_SIZE, viewport()), key, editor: { ...editor, onCancel: closeEditor } });
  }

  function failure(action: string, message: string): Error {
    const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
    return new Error(`The note was not ${action}: ${sentence} Your text is still here; try again.`);
  }

  /** Opens the editor for a new note on `range`. The note's id is made now, so a retried save is the same note. */
  function startNew(range: Range): boolean {
    const anchorer = createAnchorer(document.body);
    const selectors = anchorer.describeTrimmed(range);
    if (!selectors) return false;
    const quote = selectors[0].type === 'TextQuoteSelector' ? selectors[0].exact : '';
    const claim = claimAt(range, paintedClaims());
    const id = crypto.randomUUID();
    const near = boxOf(range);
    showEditor(near, id, {
      mode: 'new',
      quote,
      claim,
      initial: { comment: '', tags: [], colour: lastColour },
      async onSave(values: NoteValues) {
        if (quote.length > LIMITS.text) throw new Error(`The selection is too long for a note (at most ${LIMITS.text.toLocaleString('en')} characters).`);
        const reply = await background.request('notes/save', {
          id,
          url: location.href,
          title: document.title.slice(0, LIMITS.title),
          selectors,
          ...values,
          ...(claim ? { claim } : {}),
        });
        if (!reply.ok) throw failure('saved', reply.error.message);
        lastColour = values.colour;
        layer.put(reply.value, anchorer.anchor(selectors));
        watcher.start();
        document.getSelection()?.removeAllRanges();
        closeEditor();
      },
    });
    return true;
  }

  function startEdit(note: Note, near: Box): void {
    showEditor(near, note.id, {
      mode: 'edit',
      quote: note.quote,
      claim: note.claim,
      initial: { comment: note.comment, tags: note.tags, colour: note.colour },
      async onSave(changes) {
        const reply = await background.request('notes/update', { id: note.id, changes });
        if (!reply.ok) throw failure('saved', reply.error.message);
        layer.put(reply.value);
        closeEditor();
      },
      async onDelete() {
        const reply = await background.request('notes/delete', { id: note.id });
        if (!reply.ok) throw failure('deleted', reply.error.message);
        layer.remove(note.id);
        closeEditor();
      },
    });
  }

  function onSelectionSettled(): void {
    if (ui.kind === 'editor') return;
    const range = selectedRange(document, ui.host);
    if (!range) return ui.hide();
    const saved = range.cloneRange();
    ui.show({
      kind: 'button',
      at: placeNear(boxOf(range), BUTTON_SIZE, viewport()),
      onAdd: () => void startNew(saved),
      onDismiss: () => ui.hide(),
    });
  }

  let settle: number | undefined;
  ctx.addEventListener(document, 'selectionchange', () => {
    clearTimeout(settle);
    settle = ctx.setTimeout(onSelectionSettled, SELECTION_SETTLE_MS);
  });
  ctx.addEventListener(window, 'scroll', () => ui.kind === 'button' && ui.hide(), { passive: true });

  // A click on a painted note opens it for editing (the reader's clicks only, not ones page scripts dispatch).
  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (!event.isTrusted || ui.kind === 'editor' || ui.isInside(event) || layer.size === 0) return;
    if (!document.getSelection()?.isCollapsed) return;
    const note = layer.noteAt(event.clientX, event.clientY);
    if (note) startEdit(note, { left: event.clientX, top: event.clientY, width: 0, height: 16 });
  });

  // History navigation: the new URL's notes, anchored once its content is there (the watcher re-anchors orphans).
  // A page can dispatch an event of this name too, but the URL set on it is not seen from here: such an event has no URL.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    const next = (event as Partial<typeof event>).newUrl?.href;
    if (!next || next === wantedUrl) return;
    ui.hide();
    layer.set([]);
    void load(next);
  });

  messages.provide({
    'notes/scrollTo': async ({ id }) => {
      await loading;
      const range = layer.rangeOf(id);
      if (!range) return { found: false };
      const element = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      painter.flash(range);
      return { found: true };
    },
    'notes/startNote': () => {
      const range = selectedRange(document, ui.host);
      return { started: range ? startNew(range.cloneRange()) : false };
    },
    'notes/refresh': async () => {
      await load();
      return layer.status(loadedUrl);
    },
    'notes/status': async () => {
      await loading;
      return layer.status(loadedUrl);
    },
  });

  void load();
}
