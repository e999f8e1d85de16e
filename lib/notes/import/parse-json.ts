import { IMPORT_LIMITS } from '../limits';
import { ImportError } from './errors';

/** UTF-8 length of a string without encoding it (unpaired surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const MB = 1024 * 1024;

/** Refuses text over the size limit, with the size in the message. */
export function checkSize(text: string, limit: number = IMPORT_LIMITS.bytes): void {
  // Every character is at least one byte: only count bytes when it could matter.
  if (text.length * 3 <= limit) return;
  const bytes = text.length > limit ? text.length : utf8Length(text);
  if (bytes > limit) {
    throw new ImportError(`The file is too large (${(bytes / MB).toFixed(1)} MB); at most ${limit / MB} MB can be imported.`);
  }
}

/**
 * The deepest nesting of arrays and objects in JSON text, counted without parsing, stopping as soon as
 * `limit` is passed (so a hostile file of a million "[" costs one short scan and no parse).
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Parses a file's text as JSON, refusing oversized, too deeply nested, malformed and truncated files. */
export function parseJsonFile(text: string): unknown {
  checkSize(text);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) throw new ImportError('The file is empty.');
  if (jsonDepthExceeds(body, IMPORT_LIMITS.depth)) {
    throw new ImportError(`The file is nested too deeply (more than ${IMPORT_LIMITS.depth} levels); it is not a notes export.`);
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/i.exec(detail);
    const atEnd = at ? Number(at[1]) >= body.trimEnd().length : false;
    if (atEnd || /end of (json )?(input|data)|unterminated string/i.test(detail)) {
      throw new ImportError(`The file is not complete JSON: it ends too early (truncated?). ${detail}`);
    }
    throw new ImportError(`The file is not valid JSON: ${detail}`);
  }
}
