import { NOTE_COLOURS, type NoteColour } from '@/lib/notes/model';
import { PALETTE } from './palette';

export interface ColourPickerProps {
  /** Unique among the pickers on screen: names the radio group. */
  name: string;
  value: NoteColour;
  onChange(colour: NoteColour): void;
  disabled?: boolean;
}

/** The fixed palette as a radio group, for the popup (Preact): arrow keys move between colours, each has a label. The page's is colour-picker.ts. */
export function ColourPicker({ name, value, onChange, disabled }: ColourPickerProps) {
  return (
    <fieldset class="cc-colours" disabled={disabled}>
      <legend>Colour</legend>
      {NOTE_COLOURS.map((colour) => (
        <label key={colour} class="cc-colour" title={PALETTE[colour].label}>
          <input
            type="radio"
            name={name}
            value={colour}
            checked={value === colour}
            onChange={() => onChange(colour)}
          />
          <span class="cc-swatch" style={{ background: PALETTE[colour].swatch }} aria-hidden="true" />
          <span class="cc-visually-hidden">{PALETTE[colour].label}</span>
        </label>
      ))}
    </fieldset>
  );
}
