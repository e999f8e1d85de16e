/** Shared helpers of the format readers: loose access to untrusted JSON values. */
import { isEligibleUrl } from '../../page/gate';

export type Json = unknown;

/**
 * What a reader makes of one entry: a candidate note for validation; a refusal (an entry that is
 * well formed but cannot be a note, e.g. a page note), which does not stop the import; or an invalid
 * entry, which does.
 */
export type EntryResult = { candidate: Record<string, unknown> } | { refused: string } | { invalid: string };

export const isObject = (value: Json): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON-LD value that may be one item or a list. */
export const asList = (value: Json): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** Whether a JSON-LD `type` (string or list) includes `name`. */
export const hasType = (value: Json, name: string): boolean => asList(value).includes(name);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (text: string) => UUID.test(text);

/** The quote and position selectors of a W3C/Hypothesis selector list (other selector types are ignored). */
export function textSelectors(selector: Json): Record<string, unknown>[] | null {
  const items = asList(selector).filter(isObject);
  const quote = items.find((s) => s.type === 'TextQuoteSelector');
  if (!quote) return null;
  const position = items.find((s) => s.type === 'TextPositionSelector');
  return position ? [quote, position] : [quote];
}

/** The first target with a text quote selector, as {source, selectors}. */
export function textTarget(targets: Json, fallbackSource?: Json): { source: unknown; selectors: Record<string, unknown>[] } | null {
  for (const target of asList(targets)) {
    if (!isObject(target)) continue;
    const selectors = textSelectors(target.selector);
    if (selectors) return { source: target.source ?? fallbackSource, selectors };
  }
  return null;
}

/** A web page Crosscheck runs on (http or https, not a raw file): notes on other resources are refused. */
export const isWebAddress = (value: Json): boolean =>
  typeof value === 'string' && /^https?:\/\//i.test(value.trim()) && isEligibleUrl(value.trim());
