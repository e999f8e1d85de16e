import { useState } from 'preact/hooks';
import type { ExportFile, ExportFormat } from '@/lib/notes/model';
import type { BackgroundClient } from '@/lib/messaging/protocol';

export interface ExportButtonsProps {
  background: BackgroundClient;
  download(file: ExportFile): void;
  /** One page's notes; all notes when absent. */
  url?: string;
  label: string;
}

/** Export as Crosscheck JSON or as a W3C AnnotationCollection, downloaded as a file. */
export function ExportButtons({ background, download, url, label }: ExportButtonsProps) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(format: ExportFormat) {
    setBusy(true);
    setMessage(null);
    const reply = await background.request('notes/export', url ? { scope: 'url', url, format } : { scope: 'all', format });
    setBusy(false);
    if (!reply.ok) return setMessage({ error: true, text: `Export failed: ${reply.error.message}` });
    download(reply.value);
    setMessage({ error: false, text: `Exported ${reply.value.count.toLocaleString('en')} notes to ${reply.value.filename}.` });
  }

  return (
    <div class="export" role="group" aria-label={label}>
      <span class="muted">{label}:</span>
      <button type="button" disabled={busy} onClick={() => void run('native')}>
        JSON
      </button>
      <button type="button" disabled={busy} onClick={() => void run('w3c')}>
        W3C annotations
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : 'muted'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
