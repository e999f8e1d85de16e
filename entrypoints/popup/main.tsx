import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/popup/App';
import { downloadFile } from '@/components/popup/download';
import { createClient } from '@/lib/messaging/client';
import { createDrafts } from '@/lib/notes/drafts';
import type { ContentProtocol } from '@/lib/messaging/content-protocol';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import '@/components/popup/popup.css';

const background = createClient<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));
const params = new URLSearchParams(location.search);
const tabParam = params.get('tab');

/** Unsaved note edits outlive the popup (and a browser restart) in the extension's own localStorage. */
function localDrafts() {
  try {
    return createDrafts(globalThis.localStorage ?? null);
  } catch {
    return createDrafts(null);
  }
}

/** The tab the popup speaks of: `?tab=ID` when opened as a page, else the active tab. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  if (tabParam && /^\d+$/.test(tabParam)) {
    const tab = await browser.tabs.get(Number(tabParam)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : { id: Number(tabParam) };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

/** Shown in a tab of its own: `?tab=ID` (a page's view) or `?view=all` (notes management, e.g. to import). */
const inTab = tabParam !== null || params.has('view');
const tab = inTab && !tabParam ? Promise.resolve(null) : targetTab();

render(
  <App
    background={background}
    tab={tab}
    initialView={params.get('view') === 'all' ? 'all' : undefined}
    contentOf={(tabId) => createClient<ContentProtocol>((message) => browser.tabs.sendMessage(tabId, message), { retries: 0 })}
    openTab={(url) => void browser.tabs.create({ url })}
    download={(file) => downloadFile(file)}
    tabViewUrl={inTab ? undefined : browser.runtime.getURL('/popup.html?view=all')}
    drafts={localDrafts()}
  />,
  document.getElementById('app')!,
);
