import { NOTE_COLOURS, type NoteColour } from '../../../lib/notes/model';
import { PALETTE } from './palette';

/** CSS Custom Highlight names of note highlights: one per colour, and one for a note being pointed at. */
export const noteHighlightName = (colour: NoteColour) => `crosscheck-note-${colour}`;
export const FOCUS_HIGHLIGHT = 'crosscheck-note-focus';

/** ::highlight() rules for notes on the page. */
export function noteHighlightCss(): string {
  return [
    ...NOTE_COLOURS.map((c) => `::highlight(${noteHighlightName(c)}) { background-color: ${PALETTE[c].highlight}; }`),
    `::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 140, 0, 0.55); text-decoration: underline 2px rgb(255, 120, 0); }`,
  ].join('\n');
}
