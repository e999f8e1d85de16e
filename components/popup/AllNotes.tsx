import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note, TagCount } from '@/lib/notes/model';
import type { PopupServices } from './clients';
import { ActionStatus } from './ActionStatus';
import { ExportButtons } from './ExportButtons';
import { ImportPanel } from './ImportPanel';
import { NoteCard } from './NoteCard';
import { useNoteActions } from './useNoteActions';

/** Notes fetched at a time: the list never loads everything. */
export const PAGE_SIZE = 50;
const SEARCH_SETTLE_MS = 200;

interface Listing {
  notes: Note[];
  total: number;
}

/** Every note: search, filter by tag, a page of results at a time; edit, delete with undo, open the page; export and import. */
export function AllNotes({ services, onChanged }: { services: PopupServices; onChanged?(): void }) {
  const { background } = services;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [tags, setTags] = useState<TagCount[]>([]);
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);
  const request = useRef(0);

  const reload = () => {
    setRevision((r) => r + 1);
    onChanged?.();
  };
  const actions = useNoteActions(background, {
    updated: (note) => {
      setListing((prev) => prev && { ...prev, notes: prev.notes.map((n) => (n.id === note.id ? note : n)) });
      onChanged?.();
      void loadTags();
    },
    deleted: (note) => {
      setListing((prev) => prev && { notes: prev.notes.filter((n) => n.id !== note.id), total: prev.total - 1 });
      onChanged?.();
      void loadTags();
    },
    restored: reload,
  });

  async function loadTags() {
    const reply = await background.request('notes/tags', {});
    if (reply.ok) setTags(reply.value);
  }

  async function fetchPage(offset: number): Promise<Listing | null> {
    const id = ++request.current;
    setBusy(true);
    const reply = await background.request('notes/list', {
      text: query || undefined,
      tag: tag || undefined,
      offset,
      limit: PAGE_SIZE,
    });
    if (id !== request.current) return null;
    setBusy(false);
    if (!reply.ok) {
      setError(`Notes could not be loaded: ${reply.error.message}`);
      return null;
    }
    setError(null);
    return reply.value;
  }

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    void fetchPage(0).then((page) => page && setListing(page));
  }, [query, tag, revision]);

  // Tags after the first notes: counting them reads the whole tag index, which must not hold up the list.
  const listed = listing !== null;
  useEffect(() => {
    if (listed) void loadTags();
  }, [listed, revision]);

  async function more() {
    const offset = listing?.notes.length ?? 0;
    const page = await fetchPage(offset);
    if (page) setListing((prev) => ({ notes: [...(prev?.notes ?? []), ...page.notes], total: page.total }));
  }

  const filtered = query !== '' || tag !== '';
  return (
    <section class="all-notes" aria-labelledby="all-notes-heading" data-testid="all-notes">
      <h2 id="all-notes-heading" class="visually-hidden">
        All notes
      </h2>
      <div class="filters">
        <label class="field grow">
          <span>Search</span>
          <input type="search" value={text} placeholder="Comment, quote, tag or title" onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Tag</span>
          <select value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t.tag} value={t.tag}>
                {t.tag} ({t.count})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" class="muted" aria-live="polite">
        {listing === null
          ? 'Loading notes…'
          : listing.total === 0
            ? filtered
              ? 'No note matches.'
              : 'No notes yet.'
            : `${listing.total.toLocaleString('en')} ${listing.total === 1 ? 'note' : 'notes'}${filtered ? ' match' : ''}.`}
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {listing && listing.notes.length > 0 && (
        <ul class="notes">
          {listing.notes.map((note) => (
            <NoteCard
              key={note.id}
              note={note}
              showPage
              onOpenPage={(n) => services.openTab(n.url)}
              onSave={actions.update}
              onDelete={(n) => void actions.remove(n)}
              drafts={services.drafts}
            />
          ))}
        </ul>
      )}
      {listing && listing.notes.length < listing.total && (
        <button type="button" class="more" disabled={busy} onClick={() => void more()}>
          Show more ({(listing.total - listing.notes.length).toLocaleString('en')} left)
        </button>
      )}
      <ActionStatus actions={actions} />
      <ExportButtons background={background} download={services.download} label="Export all notes" />
      <ImportPanel background={background} onImported={reload} tabViewUrl={services.tabViewUrl} openTab={services.openTab} />
    </section>
  );
}
