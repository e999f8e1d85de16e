import { createAnchorer } from '@/lib/anchoring';
import type { Note } from '@/lib/notes/model';
import type { NoteAnchorStatus } from '@/lib/messaging/messages/content-notes';
import type { NotePainter } from './notes-paint';

/** Why the page's notes should be anchored again: a painted range lost its text, or some notes are orphans. */
export type Staleness = 'changed' | 'orphans' | null;

/**
 * The notes of the page, where each one is on the page (a live Range) and which could not be found.
 * Anchoring tries position, then exact quote, then fuzzy quote (lib/anchoring); painting goes
 * through the painter. Orphans stay in the list: they are never dropped.
 */
export function createNoteLayer(painter: Pick<NotePainter, 'paint'>, root: () => Node = () => document.body) {
  let notes = new Map<string, Note>();
  const ranges = new Map<string, Range>();
  /** The text each range covered when it was anchored, to notice a page that changed under it. */
  const texts = new Map<string, string>();

  function repaint(): void {
    const painted = [];
    for (const [id, range] of ranges) painted.push({ range, colour: notes.get(id)!.colour });
    painter.paint(painted);
  }

  function place(id: string, range: Range | null): void {
    if (range && !range.collapsed) {
      ranges.set(id, range);
      texts.set(id, range.toString());
    } else {
      ranges.delete(id);
      texts.delete(id);
    }
  }

  /** Anchors every note again over the page as it is now, and repaints. */
  function reanchor(): void {
    ranges.clear();
    texts.clear();
    if (notes.size > 0) {
      const anchorer = createAnchorer(root());
      for (const note of notes.values()) place(note.id, anchorer.anchor(note.selectors));
    }
    repaint();
  }

  return {
    get size() {
      return notes.size;
    },
    /** Replaces the page's notes (after loading them) and anchors them. */
    set(list: readonly Note[]): void {
      notes = new Map(list.map((note) => [note.id, note]));
      reanchor();
    },
    reanchor,
    /** Adds or updates one note; `range` when the caller already knows where it is. */
    put(note: Note, range?: Range | null): void {
      notes.set(note.id, note);
      if (range !== undefined) place(note.id, range);
      else if (!ranges.has(note.id)) place(note.id, createAnchorer(root()).anchor(note.selectors));
      repaint();
    },
    remove(id: string): void {
      notes.delete(id);
      place(id, null);
      repaint();
    },
    get: (id: string) => notes.get(id),
    rangeOf: (id: string) => ranges.get(id),
    status(url: string): NoteAnchorStatus {
      const anchored: string[] = [];
      const orphans: string[] = [];
      for (const id of notes.keys()) (ranges.has(id) ? anchored : orphans).push(id);
      return { url, anchored, orphans };
    },
    /** Whether the page changed under the painted notes, or orphans might now be found. */
    staleness(): Staleness {
      for (const [id, range] of ranges) {
        if (range.collapsed || range.toString() !== texts.get(id)) return 'changed';
      }
      return ranges.size < notes.size ? 'orphans' : null;
    },
    /** The painted note under a point of the viewport (the shortest one when notes overlap). */
    noteAt(x: number, y: number): Note | undefined {
      let best: { note: Note; length: number } | undefined;
      for (const [id, range] of ranges) {
        const hit = Array.from(range.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
        if (!hit) continue;
        const length = texts.get(id)?.length ?? 0;
        if (!best || length < best.length) best = { note: notes.get(id)!, length };
      }
      return best?.note;
    },
  };
}

export type NoteLayer = ReturnType<typeof createNoteLayer>;
