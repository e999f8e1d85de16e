import type { createClient } from './client';
import { pageMessages } from './messages/page';
import { siteMessages } from './messages/site';
import { claimsMessages } from './messages/claims';
import { notesMessages } from './messages/notes';
import type { MessageSpec, RequestOf, ResponseOf } from './define';

/** Every message a background handler answers, keyed by type. */
export const backgroundProtocol = {
  ...pageMessages,
  ...siteMessages,
  ...claimsMessages,
  ...notesMessages,
} satisfies Record<string, MessageSpec>;

export type BackgroundProtocol = typeof backgroundProtocol;
export type BackgroundType = keyof BackgroundProtocol;
export type BgRequest<K extends BackgroundType> = RequestOf<BackgroundProtocol[K]>;
export type BgResponse<K extends BackgroundType> = ResponseOf<BackgroundProtocol[K]>;

/** The envelope every message travels in. */
export interface Envelope<K extends string = string, P = unknown> {
  type: K;
  payload: P;
}

/** A typed client of the background, as the popup and content script hold it. */
export type BackgroundClient = ReturnType<typeof createClient<BackgroundProtocol>>;
