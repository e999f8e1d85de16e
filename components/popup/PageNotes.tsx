import { useEffect, useState } from 'preact/hooks';
import type { Note } from '@/lib/notes/model';
import { isEligibleUrl } from '@/lib/page/gate';
import { normalizeUrl } from '@/lib/url/normalize';
import type { ContentClient, PopupServices } from './clients';
import { ActionStatus } from './ActionStatus';
import { ExportButtons } from './ExportButtons';
import { NoteCard } from './NoteCard';
import { useNoteActions } from './useNoteActions';

export interface PageNotesProps {
  services: PopupServices;
  /** The tab's content script, or null when there is none. */
  content: ContentClient | null;
  /** The page's URL as last known (page report or tab); the content script's own word wins. */
  url: string | undefined;
  /** Changes when notes were changed elsewhere (the "All notes" tab): load again. */
  revision?: number;
}

type Load = { kind: 'loading' } | { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'ready'; url: string; notes: Note[]; orphans: Set<string> | null };

/** The notes of the page in the tab, orphans included, each one a click away from its place on the page. */
export function PageNotes({ services, content, url: knownUrl, revision: outside = 0 }: PageNotesProps) {
  const { background } = services;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [revision, setRevision] = useState(0);
  const [scrollError, setScrollError] = useState<string | null>(null);

  const refreshPage = () => void content?.request('notes/refresh', {});
  const reload = () => setRevision((r) => r + 1);
  const actions = useNoteActions(background, {
    updated: (note) => {
      refreshPage();
      setLoad((prev) => (prev.kind === 'ready' ? { ...prev, notes: prev.notes.map((n) => (n.id === note.id ? note : n)) } : prev));
    },
    deleted: (note) => {
      refreshPage();
      setLoad((prev) => (prev.kind === 'ready' ? { ...prev, notes: prev.notes.filter((n) => n.id !== note.id) } : prev));
    },
    // Reloading asks the content script to refresh as well.
    restored: reload,
  });

  useEffect(() => {
    let alive = true;
    (async (): Promise<Load> => {
      // Ask the page and the background at once; the page's own URL wins when it moved (history navigation).
      const forUrl = (url: string) => background.request('notes/forUrl', { url });
      const early = knownUrl && isEligibleUrl(knownUrl) ? forUrl(knownUrl) : null;
      const status = content ? await content.request(revision + outside === 0 ? 'notes/status' : 'notes/refresh', {}) : null;
      const url = status?.ok ? status.value.url : knownUrl;
      if (!url || !isEligibleUrl(url)) return { kind: 'none' };
      const reply = early && normalizeUrl(url) === normalizeUrl(knownUrl!) ? await early : await forUrl(url);
      if (!reply.ok) return { kind: 'error', message: reply.error.message };
      return { kind: 'ready', url, notes: reply.value, orphans: status?.ok ? new Set(status.value.orphans) : null };
    })()
      .catch((error: unknown): Load => ({ kind: 'error', message: String(error) }))
      .then((next) => alive && setLoad(next));
    return () => {
      alive = false;
    };
  }, [background, content, knownUrl, revision, outside]);

  async function show(note: Note) {
    setScrollError(null);
    const reply = await content?.request('notes/scrollTo', { id: note.id });
    if (!reply?.ok || !reply.value.found) setScrollError('This note could not be found on the page as it is now.');
  }

  if (load.kind === 'loading') return <p class="muted">Loading notes…</p>;
  if (load.kind === 'none') return <p class="muted">Notes can be made on web pages (http and https).</p>;
  if (load.kind === 'error') {
    return (
      <p role="alert" class="error">
        Notes could not be loaded: {load.message}
      </p>
    );
  }
  const orphans = load.notes.filter((n) => load.orphans?.has(n.id)).length;
  return (
    <section class="page-notes" aria-labelledby="page-notes-heading" data-testid="page-notes">
      <h2 id="page-notes-heading">
        Notes on this page <span class="count">({load.notes.length})</span>
      </h2>
      {load.notes.length === 0 ? (
        <p class="muted">No notes yet. Select text on the page and choose “Add note”.</p>
      ) : (
        <>
          {orphans > 0 && (
            <p class="muted">
              {orphans === 1 ? '1 note was' : `${orphans} notes were`} not found on the page as it is now; {orphans === 1 ? 'it is' : 'they are'} kept.
            </p>
          )}
          <ul class="notes">
            {load.notes.map((note) => (
              <NoteCard
                key={note.id}
                note={note}
                orphan={load.orphans?.has(note.id)}
                onShow={content ? (n) => void show(n) : undefined}
                onSave={actions.update}
                onDelete={(n) => void actions.remove(n)}
                drafts={services.drafts}
              />
            ))}
          </ul>
        </>
      )}
      {scrollError && (
        <p role="alert" class="error">
          {scrollError}
        </p>
      )}
      <ActionStatus actions={actions} />
      <ExportButtons background={background} download={services.download} url={load.url} label="Export this page's notes" />
    </section>
  );
}
