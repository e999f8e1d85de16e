import { useEffect, useState } from 'preact/hooks';
import type { BackgroundClient } from '@/lib/messaging/protocol';

export interface SiteSwitchProps {
  background: BackgroundClient;
  host: string;
  /** Called after the switch was changed and saved. */
  onChange?(enabled: boolean): void;
}

/** "Run Crosscheck on this site": remembered per site by the background. */
export function SiteSwitch({ background, host, onChange }: SiteSwitchProps) {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void background.request('site/get', { host }).then((reply) => alive && setEnabled(reply.ok ? reply.value.enabled : null));
    return () => {
      alive = false;
    };
  }, [background, host]);

  async function toggle(next: boolean) {
    setError(null);
    const reply = await background.request('site/set', { host, enabled: next });
    if (!reply.ok) {
      setError(`The setting was not saved: ${reply.error.message}`);
      return;
    }
    setEnabled(reply.value.enabled);
    onChange?.(reply.value.enabled);
  }

  return (
    <div class="site-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={enabled ?? false}
          disabled={enabled === null}
          onChange={(event) => void toggle((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>Run Crosscheck on this site</span> <span class="muted">({host})</span>
      </label>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
}
