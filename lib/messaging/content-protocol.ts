import type { MessageSpec, RequestOf, ResponseOf } from './define';
import { contentClaimsMessages } from './messages/content-claims';
import { contentNotesMessages } from './messages/content-notes';

/** Messages a content script answers (sent by the popup or the background with tabs.sendMessage). */
export const contentProtocol = {
  ...contentClaimsMessages,
  ...contentNotesMessages,
} satisfies Record<string, MessageSpec>;

export type ContentProtocol = typeof contentProtocol;
export type ContentType = keyof ContentProtocol;
export type CsRequest<K extends ContentType> = RequestOf<ContentProtocol[K]>;
export type CsResponse<K extends ContentType> = ResponseOf<ContentProtocol[K]>;
