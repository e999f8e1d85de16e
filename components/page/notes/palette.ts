import type { NoteColour } from '@/lib/notes/model';

export interface ColourStyle {
  /** Name read out to the reader. */
  label: string;
  /** Background of a note highlight on the page: translucent, readable over light and dark pages. */
  highlight: string;
  /** Solid colour of the swatch in the editor and the popup. */
  swatch: string;
}

/** How each note colour looks. */
export const PALETTE: Record<NoteColour, ColourStyle> = {
  yellow: { label: 'Yellow', highlight: 'rgba(255, 212, 0, 0.45)', swatch: '#f5c400' },
  green: { label: 'Green', highlight: 'rgba(52, 199, 89, 0.38)', swatch: '#34c759' },
  blue: { label: 'Blue', highlight: 'rgba(64, 156, 255, 0.38)', swatch: '#409cff' },
  pink: { label: 'Pink', highlight: 'rgba(255, 92, 170, 0.36)', swatch: '#ff5caa' },
  purple: { label: 'Purple', highlight: 'rgba(175, 82, 222, 0.36)', swatch: '#af52de' },
};
