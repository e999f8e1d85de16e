import { highlightApiOf } from '@/lib/highlight/highlight-api';
import { NOTE_COLOURS, type NoteColour } from '@/lib/notes/model';
import { FOCUS_HIGHLIGHT, noteHighlightName } from '@/components/page/notes/highlight-css';

/** Notes paint above claim highlights where both cover the same text. */
const PRIORITY = 10;
const FLASH_MS = 1_600;

export interface PaintedNote {
  range: Range;
  colour: NoteColour;
}

/**
 * Paints note ranges with the CSS Custom Highlight API, one named highlight per colour: the page's
 * DOM is never changed (the rules come with the content script's sheet, components/page/page-css.ts).
 * Where the browser lacks the API, notes are kept but not painted.
 */
export function createNotePainter(doc: Document = document) {
  const api = highlightApiOf(doc);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  function register(name: string, priority: number, ranges: Range[]) {
    if (!api) return;
    const highlight = new api.Highlight(...ranges);
    highlight.priority = priority;
    api.registry.set(name, highlight);
  }

  return {
    supported: api !== null,
    /** Replaces every painted note with `notes`. */
    paint(notes: Iterable<PaintedNote>): void {
      if (!api) return;
      const byColour = new Map<NoteColour, Range[]>();
      for (const { range, colour } of notes) {
        const list = byColour.get(colour);
        if (list) list.push(range);
        else byColour.set(colour, [range]);
      }
      for (const colour of NOTE_COLOURS) {
        const ranges = byColour.get(colour);
        if (ranges) register(noteHighlightName(colour), PRIORITY, ranges);
        else api.registry.delete(noteHighlightName(colour));
      }
    },
    /** Marks one range for a moment (after scrolling to a note). */
    flash(range: Range): void {
      if (!api) return;
      register(FOCUS_HIGHLIGHT, PRIORITY + 1, [range]);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => api.registry.delete(FOCUS_HIGHLIGHT), FLASH_MS);
    },
  };
}

export type NotePainter = ReturnType<typeof createNotePainter>;
