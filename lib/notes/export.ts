import type { ExportFile, ExportFormat, Note } from './model';
import { ANNO_CONTEXT, NATIVE_FORMAT, NATIVE_VERSION, W3C_EXTENSION_KEY, noteIri } from './w3c';

const iso = (ms: number) => new Date(ms).toISOString();

/** A note as written in a native file: as stored, with ISO 8601 times. */
export function toNativeNote(note: Note) {
  const { created, updated, claim, ...rest } = note;
  return { ...rest, ...(claim ? { claim } : {}), created: iso(created), updated: iso(updated) };
}

export function toNativeFile(notes: readonly Note[], exportedAt: number) {
  return { format: NATIVE_FORMAT, version: NATIVE_VERSION, exportedAt: iso(exportedAt), notes: notes.map(toNativeNote) };
}

/** A note as a W3C Annotation: the comment and each tag a TextualBody, the page and selectors its target. */
export function toAnnotation(note: Note) {
  const body = [
    ...(note.comment ? [{ type: 'TextualBody', value: note.comment, format: 'text/plain', purpose: 'commenting' }] : []),
    ...note.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  return {
    '@context': ANNO_CONTEXT,
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: note.comment ? 'commenting' : 'highlighting',
    created: iso(note.created),
    modified: iso(note.updated),
    ...(body.length ? { body } : {}),
    target: { source: note.url, selector: note.selectors.map((s) => ({ ...s })) },
    [W3C_EXTENSION_KEY]: { title: note.title, colour: note.colour, ...(note.claim ? { claim: note.claim } : {}) },
  };
}

/** All notes as one AnnotationCollection whose first (and only) AnnotationPage holds every annotation. */
export function toAnnotationCollection(notes: readonly Note[], exportedAt: number, collectionId: string) {
  const id = noteIri(collectionId);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Crosscheck notes',
    total: notes.length,
    generated: iso(exportedAt),
    first: { id: `${id}?page=0`, type: 'AnnotationPage', startIndex: 0, items: notes.map(toAnnotation) },
  };
}

function slug(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return `${hostname}${pathname}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 60) || 'page';
  } catch {
    return 'page';
  }
}

/** Builds the file to download: `crosscheck-notes-<scope>-<date>[.w3c].json`. */
export function exportNotes(
  notes: readonly Note[],
  options: { format: ExportFormat; exportedAt: number; collectionId: string; url?: string },
): ExportFile {
  const { format, exportedAt, collectionId, url } = options;
  const data = format === 'native' ? toNativeFile(notes, exportedAt) : toAnnotationCollection(notes, exportedAt, collectionId);
  const date = iso(exportedAt).slice(0, 10);
  const scope = url ? slug(url) : 'all';
  const filename = `crosscheck-notes-${scope}-${date}${format === 'w3c' ? '.w3c' : ''}.json`;
  return { filename, json: JSON.stringify(data, null, 2), count: notes.length };
}
