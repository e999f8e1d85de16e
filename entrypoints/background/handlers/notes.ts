import { MessageError } from '@/lib/messaging/result';
import type { Handlers, SenderInfo } from '@/lib/messaging/router';
import type { notesMessages } from '@/lib/messaging/messages/notes';
import { originOf, type NoteService, type PageGuard } from '@/lib/services/notes';
import { normalizeUrl } from '@/lib/url/normalize';

/**
 * What a sender may touch: everything for extension pages; for a content script, only the notes of
 * the site of the page it runs in (the URL the browser reports for the sender, never one the page supplies).
 */
function guardOf(sender: SenderInfo): PageGuard | undefined {
  if (sender.origin === 'extension') return undefined;
  if (!sender.url) throw new MessageError('forbidden', 'The sender has no page');
  return { url: normalizeUrl(sender.url) };
}

export const noteHandlers = (notes: NoteService): Handlers<typeof notesMessages> => ({
  'notes/save': (input, sender) => notes.save(input, guardOf(sender)),
  'notes/forUrl': ({ url }, sender) => {
    const guard = guardOf(sender);
    if (guard && originOf(guard.url) !== originOf(url)) throw new MessageError('forbidden', 'A page may only read the notes of its own site');
    return notes.listForUrl(url);
  },
  'notes/update': ({ id, changes }, sender) => notes.update(id, changes, guardOf(sender)),
  'notes/delete': ({ id }, sender) => notes.delete(id, guardOf(sender)),
  'notes/restore': ({ quote: _quote, claim, ...note }, sender) =>
    notes.restore({ ...note, ...(claim ? { claim } : {}), quote: '' }, guardOf(sender)),
  'notes/list': (query) => notes.list(query),
  'notes/tags': () => notes.tags(),
  'notes/export': ({ scope, url, format }) => {
    if (scope === 'url' && !url) throw new MessageError('invalid-input', 'Exporting one page needs its URL');
    return notes.export(scope === 'url' ? { kind: 'url', url: url! } : { kind: 'all' }, format);
  },
  'notes/import': ({ text }) => notes.import(text),
});
