import { highlightApiOf } from '@/lib/highlight/highlight-api';
import { installStyles } from '@/lib/highlight/stylesheet';
import { NOTE_COLOURS, type NoteColour } from '@/lib/notes/model';
import { PALETTE } from '@/components/page/notes/palette';

/** CSS Custom Highlight names of note highlights: one per colour, and one for a note being pointed at. */
export const noteHighlightName = (colour: NoteColour) => `crosscheck-note-${colour}`;
export const FOCUS_HIGHLIGHT = 'crosscheck-note-focus';

/** Notes paint above claim highlights where both cover the same text. */
const PRIORITY = 10;
const FLASH_MS = 1_600;

const css = () =>
  [
    ...NOTE_COLOURS.map((c) => `::highlight(${noteHighlightName(c)}) { background-color: ${PALETTE[c].highlight}; }`),
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 140, 0, 0.55); text-decoration: underline 2px rgb(255, 120, 0); }`,
  ].join('\n');

export interface PaintedNote {
  range: Range;
  colour: NoteColour;
}

/**
 * Paints note ranges with the CSS Custom Highlight API, one named highlight per colour: the page's
 * DOM is never changed. Where the browser lacks the API, notes are kept but not painted.
 */
export function createNotePainter(doc: Document = document) {
  const api = highlightApiOf(doc);
  let styled = false;
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
      if (!styled) {
        installStyles(doc, css());
        styled = true;
      }
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
