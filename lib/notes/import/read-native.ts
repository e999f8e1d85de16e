import { NATIVE_VERSION } from '../w3c';
import { ImportError } from './errors';
import { isObject, type EntryResult } from './entries';

/** The notes of a native file `{"format": "crosscheck-notes", "version": 1, "notes": [...]}`. */
export function nativeEntries(data: Record<string, unknown>): unknown[] {
  if (data.version !== NATIVE_VERSION) {
    throw new ImportError(`This is a Crosscheck notes file of version ${JSON.stringify(data.version)}; only version ${NATIVE_VERSION} can be read.`);
  }
  if (!Array.isArray(data.notes)) throw new ImportError('The file\'s "notes" is not a list.');
  return data.notes;
}

export function nativeCandidate(entry: unknown): EntryResult {
  if (!isObject(entry)) return { invalid: 'is not an object' };
  return { candidate: entry };
}
