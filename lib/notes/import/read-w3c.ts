import { W3C_EXTENSION_KEY } from '../w3c';
import { deriveUuid } from './derive-id';
import { ImportError } from './errors';
import { asList, hasType, isObject, isUuid, isWebAddress, textTarget, type EntryResult } from './entries';

/**
 * The annotations of a W3C file: an AnnotationCollection whose `first` page is embedded (pages are
 * followed through `next` when they are embedded too), an AnnotationPage, a list of Annotations or one.
 */
export function w3cEntries(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) throw new ImportError('The file is not a W3C annotation file.');
  if (hasType(data.type, 'Annotation')) return [data];
  if (hasType(data.type, 'AnnotationPage')) return pageItems(data);
  // AnnotationCollection
  const first = Array.isArray(data.first) ? data.first[0] : data.first;
  if (first === undefined && (data.total === 0 || data.total === undefined)) return [];
  if (!isObject(first)) {
    throw new ImportError('The collection\'s annotations are not in the file ("first" is a link, not an embedded page).');
  }
  const items: unknown[] = [];
  const seen = new Set<unknown>();
  for (let page: unknown = first; isObject(page) && !seen.has(page); page = page.next) {
    seen.add(page);
    items.push(...pageItems(page));
  }
  return items;
}

function pageItems(page: Record<string, unknown>): unknown[] {
  if (!Array.isArray(page.items)) throw new ImportError('An AnnotationPage of the file has no "items" list.');
  return page.items;
}

/** The note id of an annotation: its own UUID when it has one (urn:uuid:…), else one derived from its id. */
function noteId(annotation: Record<string, unknown>): unknown {
  const id = annotation.id;
  if (typeof id !== 'string') return id === undefined ? deriveUuid(`w3c:${JSON.stringify(annotation)}`) : id;
  const bare = id.replace(/^urn:uuid:/i, '');
  return isUuid(bare) ? bare : deriveUuid(`w3c:${id}`);
}

export function w3cCandidate(entry: unknown): EntryResult {
  if (!isObject(entry) || !hasType(entry.type, 'Annotation')) return { invalid: 'is not an Annotation' };
  const target = textTarget(entry.target);
  if (!target) return { refused: 'has no TextQuoteSelector (a note on a whole page or a non-text resource)' };
  if (!isWebAddress(target.source)) return { refused: `its target is not a web page (${String(target.source).slice(0, 80)})` };

  const comments: unknown[] = [];
  const tags: unknown[] = [];
  if (entry.bodyValue !== undefined) comments.push(entry.bodyValue);
  for (const body of asList(entry.body)) {
    if (!isObject(body)) continue; // a body given by IRI: nothing to import
    if (body.type !== undefined && !hasType(body.type, 'TextualBody')) continue;
    if (hasType(body.purpose, 'tagging')) tags.push(body.value);
    else comments.push(body.value);
  }
  const extra = isObject(entry[W3C_EXTENSION_KEY]) ? (entry[W3C_EXTENSION_KEY] as Record<string, unknown>) : {};
  const comment = comments.every((c) => typeof c === 'string') ? comments.join('\n\n') : comments.find((c) => typeof c !== 'string');
  return {
    candidate: {
      id: noteId(entry),
      url: target.source,
      title: extra.title ?? '',
      selectors: target.selectors,
      comment,
      tags,
      colour: extra.colour ?? 'yellow',
      ...(extra.claim !== undefined ? { claim: extra.claim } : {}),
      created: entry.created,
      updated: entry.modified ?? entry.created,
    },
  };
}
