import * as v from 'valibot';
import { defineMessage } from '../define';
import { LIMITS } from '../limits';

/** What the content script found on a page. */
export interface PageReport {
  url: string;
  title: string;
  isArticle: boolean;
  /** Words in the article, 0 when no article was found. */
  words: number;
}

export interface TabState extends PageReport {
  tabId: number;
  reportedAt: number;
}

export const PageReportSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(LIMITS.url)),
  title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
  isArticle: v.boolean(),
  words: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const pageMessages = {
  /** Content script → background: the page was examined. The background records it against the tab. */
  'page/report': defineMessage<{ recorded: true }>()({
    request: PageReportSchema,
    from: ['content'],
  }),
  /** Popup → background: what is known about a tab. `null` when the content script has not reported. */
  'page/state': defineMessage<TabState | null>()({
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    from: ['extension'],
  }),
  /** Popup → background: recently seen article pages, newest first (persisted in the database). */
  'page/recent': defineMessage<PageReport[]>()({
    request: v.object({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 20) }),
    from: ['extension'],
  }),
};
