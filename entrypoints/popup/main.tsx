import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/popup/App';
import { createClient } from '@/lib/messaging/client';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import '@/components/popup/popup.css';

const background = createClient<BackgroundProtocol>((message) => browser.runtime.sendMessage(message));

/** The tab the popup speaks of: `?tab=ID` when opened as a page, else the active tab. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : { id: Number(param) };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

render(<App background={background} tab={targetTab()} />, document.getElementById('app')!);
