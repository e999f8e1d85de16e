import { NOTE_COLOURS, type NoteColour } from '@/lib/notes/model';
import { el } from '../dom';
import { PALETTE } from './palette';

export interface ColourPickerProps {
  /** Unique among the pickers on screen: names the radio group. */
  name: string;
  value: NoteColour;
  onChange(colour: NoteColour): void;
}

/**
 * The fixed palette as a radio group: arrow keys move between colours, each has a label. Setting the
 * fieldset's `disabled` disables every colour.
 */
export function colourPicker({ name, value, onChange }: ColourPickerProps): HTMLFieldSetElement {
  return el(
    'fieldset',
    { class: 'cc-colours' },
    el('legend', null, 'Colour'),
    NOTE_COLOURS.map((colour) => {
      const { label, swatch } = PALETTE[colour];
      const dot = el('span', { class: 'cc-swatch', 'aria-hidden': 'true' });
      dot.style.background = swatch;
      return el(
        'label',
        { class: 'cc-colour', title: label },
        el('input', { type: 'radio', name, value: colour, checked: value === colour, onchange: () => onChange(colour) }),
        dot,
        el('span', { class: 'cc-visually-hidden' }, label),
      );
    }),
  );
}
