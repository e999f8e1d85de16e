import { useState } from 'preact/hooks';
import type { BackgroundClient } from '@/lib/messaging/protocol';
import type { ImportReport } from '@/lib/notes/model';
import { IMPORT_LIMITS } from '@/lib/notes/limits';
import { describeImport } from './import-report';

export interface ImportPanelProps {
  background: BackgroundClient;
  onImported(report: ImportReport): void;
  /** When shown in a popup: this view in a tab, where a file picker does not close it. */
  tabViewUrl?: string;
  openTab(url: string): void;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; report: ImportReport } | { kind: 'error'; message: string };

/** Imports a Crosscheck, W3C or Hypothesis JSON file; says what was imported, skipped and refused. */
export function ImportPanel({ background, onImported, tabViewUrl, openTab }: ImportPanelProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > IMPORT_LIMITS.bytes) {
      setState({ kind: 'error', message: `${file.name} is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB; nothing was imported.` });
      return;
    }
    setState({ kind: 'busy' });
    try {
      const text = await file.text();
      const reply = await background.request('notes/import', { text });
      if (!reply.ok) setState({ kind: 'error', message: `${file.name} was not imported: ${reply.error.message}` });
      else {
        setState({ kind: 'done', report: reply.value });
        onImported(reply.value);
      }
    } catch (error) {
      setState({ kind: 'error', message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      input.value = '';
    }
  }

  const described = state.kind === 'done' ? describeImport(state.report) : null;
  return (
    <section class="import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <label class="field">
        <span>Notes file (Crosscheck, W3C or Hypothesis JSON)</span>
        <input
          type="file"
          accept=".json,application/json,application/ld+json"
          disabled={state.kind === 'busy'}
          onChange={(e) => void importFile(e.currentTarget)}
        />
      </label>
      {tabViewUrl && (
        <p class="muted">
          The file picker may close this popup:{' '}
          <a
            href={tabViewUrl}
            target="_blank"
            rel="noopener"
            onClick={(e) => {
              e.preventDefault();
              openTab(tabViewUrl);
            }}
          >
            open in a tab
          </a>{' '}
          to import.
        </p>
      )}
      <div role="status">
        {state.kind === 'busy' && <p class="muted">Importing…</p>}
        {described && (
          <>
            <p>{described.summary}</p>
            {described.refusals.length > 0 && (
              <ul class="refusals">
                {described.refusals.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {state.kind === 'error' && (
        <p role="alert" class="error">
          {state.message}
        </p>
      )}
    </section>
  );
}
