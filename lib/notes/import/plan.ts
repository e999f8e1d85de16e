import * as v from 'valibot';
import { IMPORT_LIMITS } from '../limits';
import type { ImportReport, ImportRefusal, Note } from '../model';
import { describeIssues, NoteSchema } from '../schema';
import { NATIVE_FORMAT } from '../w3c';
import { isObject, hasType, type EntryResult } from './entries';
import { ImportError } from './errors';
import { parseJsonFile } from './parse-json';
import { hypothesisCandidate, hypothesisEntries } from './read-hypothesis';
import { nativeCandidate, nativeEntries } from './read-native';
import { w3cCandidate, w3cEntries } from './read-w3c';

/** A validated file: the notes it holds and the entries that cannot be notes. Nothing is written yet. */
export interface ParsedImport {
  format: ImportReport['format'];
  notes: Note[];
  refused: ImportRefusal[];
}

/** Problems listed in one error message before "and N more". */
const SHOWN = 5;

function detect(data: unknown): { format: ParsedImport['format']; entries: unknown[]; read: (entry: unknown) => EntryResult } {
  if (isObject(data) && data.format === NATIVE_FORMAT) return { format: 'native', entries: nativeEntries(data), read: nativeCandidate };
  if (
    Array.isArray(data) ||
    (isObject(data) && ['AnnotationCollection', 'AnnotationPage', 'Annotation'].some((t) => hasType(data.type, t)))
  ) {
    return { format: 'w3c', entries: w3cEntries(data), read: w3cCandidate };
  }
  if (isObject(data) && (Array.isArray(data.annotations) || Array.isArray(data.rows) || 'annotations' in data)) {
    return { format: 'hypothesis', entries: hypothesisEntries(data), read: hypothesisCandidate };
  }
  throw new ImportError(
    'This file is not a notes export Crosscheck knows: expected a Crosscheck notes file, a W3C AnnotationCollection or a Hypothesis export.',
  );
}

const quoteOf = (selectors: Note['selectors']) => selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';

/**
 * Reads and validates a whole file. Throws an ImportError (nothing to write) when the file is too
 * large, not JSON, too deeply nested, of an unknown shape, holds too many notes, repeats an id, or
 * has any invalid entry. Entries that are well formed but cannot be notes are listed as refused.
 */
export function parseImport(text: string, now: number): ParsedImport {
  const data = parseJsonFile(text);
  const { format, entries, read } = detect(data);
  if (entries.length > IMPORT_LIMITS.notes) {
    throw new ImportError(`The file holds ${entries.length} notes; at most ${IMPORT_LIMITS.notes} can be imported at once.`);
  }
  const notes: Note[] = [];
  const refused: ImportRefusal[] = [];
  const problems: string[] = [];
  const firstIndexOf = new Map<string, number>();
  entries.forEach((entry, index) => {
    const result = read(entry);
    if ('refused' in result) return void refused.push({ index, reason: result.refused });
    if ('invalid' in result) return void problems.push(`note ${index + 1} ${result.invalid}`);
    const candidate = { ...result.candidate };
    candidate.created ??= now;
    candidate.updated ??= candidate.created;
    const parsed = v.safeParse(NoteSchema, candidate);
    if (!parsed.success) return void problems.push(`note ${index + 1}: ${describeIssues(parsed.issues, 2)}`);
    const { quote: _quote, claim, ...rest } = parsed.output;
    const note: Note = { ...rest, ...(claim ? { claim } : {}), quote: quoteOf(rest.selectors) };
    const earlier = firstIndexOf.get(note.id);
    if (earlier !== undefined) return void problems.push(`notes ${earlier + 1} and ${index + 1} have the same id (${note.id})`);
    firstIndexOf.set(note.id, index);
    notes.push(note);
  });
  if (problems.length > 0) {
    const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
    throw new ImportError(`Nothing was imported: ${problems.length} ${problems.length === 1 ? 'entry is' : 'entries are'} invalid: ${problems.slice(0, SHOWN).join('; ')}${more}.`);
  }
  return { format, notes, refused };
}
