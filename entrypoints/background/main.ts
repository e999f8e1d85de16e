import { browser } from 'wxt/browser';
import { createDatabase, type CrosscheckDB } from '@/lib/db/database';
import { backgroundProtocol } from '@/lib/messaging/protocol';
import { answerOnPort, REQUEST_PORT } from '@/lib/messaging/port';
import { classifySender, createRouter } from '@/lib/messaging/router';
import { createPageService } from '@/lib/services/pages';
import { createSiteService } from '@/lib/services/sites';
import { createNoteService } from '@/lib/services/notes';
import { pageHandlers } from './handlers/page';
import { siteHandlers } from './handlers/site';
import { noteHandlers } from './handlers/notes';
import { claimsHandlers } from './handlers/claims';
import { listenForNoteCommands } from './handlers/note-commands';
import { sessionStore } from './session-store';

export interface BackgroundDeps {
  db?: CrosscheckDB;
}

/** Wires the background: the database, the services, and one message listener that answers everything. */
export function main(deps: BackgroundDeps = {}) {
  const db = deps.db ?? createDatabase();
  const pages = createPageService(db, sessionStore(browser.storage.session));
  const sites = createSiteService(db);
  const notes = createNoteService(db);

  const route = createRouter(backgroundProtocol, {
    ...pageHandlers(pages),
    ...siteHandlers(sites),
    ...noteHandlers(notes),
    ...claimsHandlers(),
  });
  const extensionBase = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    route(message, classifySender(sender, browser.runtime.id, extensionBase)),
  );
  browser.tabs.onRemoved.addListener((tabId) => void pages.forgetTab(tabId));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REQUEST_PORT) return;
    answerOnPort(port, classifySender(port.sender ?? {}, browser.runtime.id, extensionBase), route);
  });
  listenForNoteCommands(browser);

  return { db, pages, sites, notes };
}
