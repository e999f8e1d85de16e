import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface TabSpec {
  id: string;
  label: string;
  render(): ComponentChildren;
}

export interface TabsProps {
  label: string;
  tabs: TabSpec[];
  initial?: string;
}

/**
 * An ARIA tablist: arrow keys (and Home/End) move between tabs and select them. A panel is built
 * the first time its tab is chosen and kept (hidden) afterwards, so switching back keeps its state.
 */
export function Tabs({ label, tabs, initial }: TabsProps) {
  const [selected, setSelected] = useState(initial ?? tabs[0]?.id ?? '');
  const [opened, setOpened] = useState(() => new Set([selected]));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function select(index: number) {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    setSelected(tab.id);
    setOpened((prev) => (prev.has(tab.id) ? prev : new Set([...prev, tab.id])));
    buttons.current[(index + tabs.length) % tabs.length]?.focus();
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  }

  return (
    <>
      <div role="tablist" aria-label={label} class="tabs">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => void (buttons.current[i] = el)}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => select(i)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) =>
        opened.has(tab.id) ? (
          <div key={tab.id} role="tabpanel" id={`panel-${tab.id}`} aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== selected} class="tabpanel">
            {tab.render()}
          </div>
        ) : null,
      )}
    </>
  );
}
