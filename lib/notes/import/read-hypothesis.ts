import { ImportError } from './errors';
import { deriveUuid } from './derive-id';
import { asList, isObject, isWebAddress, textTarget, type EntryResult } from './entries';

/** The annotations of a Hypothesis client export `{annotations: [...]}` (or an API search result `{rows: [...]}`). */
export function hypothesisEntries(data: Record<string, unknown>): unknown[] {
  const list = data.annotations ?? data.rows;
  if (!Array.isArray(list)) throw new ImportError('The file\'s "annotations" is not a list.');
  return list;
}

export function hypothesisCandidate(entry: unknown): EntryResult {
  if (!isObject(entry)) return { invalid: 'is not an annotation object' };
  if (asList(entry.references).length > 0) return { refused: 'is a reply to another annotation' };
  const target = textTarget(entry.target, entry.uri);
  if (!target) return { refused: 'has no TextQuoteSelector (a page note)' };
  if (!isWebAddress(target.source)) return { refused: `its target is not a web page (${String(target.source).slice(0, 80)})` };
  const document = isObject(entry.document) ? entry.document : {};
  const title = Array.isArray(document.title) ? (document.title[0] ?? '') : (document.title ?? '');
  const id = typeof entry.id === 'string' ? deriveUuid(`hypothesis:${entry.id}`) : entry.id;
  return {
    candidate: {
      id: id === undefined ? deriveUuid(`hypothesis:${JSON.stringify(entry)}`) : id,
      url: target.source,
      title,
      selectors: target.selectors,
      comment: entry.text ?? '',
      tags: entry.tags ?? [],
      colour: 'yellow',
      created: entry.created,
      updated: entry.updated ?? entry.created,
    },
  };
}
