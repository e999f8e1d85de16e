import * as v from 'valibot';
import type { SentenceVerdict } from '../../matcher/types';
import type { TabClaimSummary } from '../../claims/tab-summaries';
import { defineMessage } from '../define';
import { LIMITS } from '../limits';
import { MAX_MATCH_SENTENCES, MAX_SENTENCE_CHARS } from '../../claims/limits';

/** The background's answer to 'claims/match'. */
export interface MatchReply {
  /**
   * One entry per sentence asked about, in order: its verdict, or null for a sentence that is
   * neither corroborated nor divergent (most of an article): nothing to paint, so nothing is sent.
   */
  verdicts: (SentenceVerdict | null)[];
  /** The matcher's own time for these sentences in the background, in ms (messaging not included). */
  matchMs: number;
}

/** What the background keeps about the claims painted in a tab. */
export type ClaimSummary = TabClaimSummary;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MATCH_SENTENCES));

export const ClaimCountsSchema = v.object({ corroborated: count, divergent: count });

export const claimsMessages = {
  /** Content script → background: verdicts for the sentences of an article, one per sentence, in order. */
  'claims/match': defineMessage<MatchReply>()({
    request: v.object({
      url: v.pipe(v.string(), v.maxLength(LIMITS.url)),
      sentences: v.pipe(
        v.array(v.pipe(v.string(), v.maxLength(MAX_SENTENCE_CHARS))),
        v.maxLength(MAX_MATCH_SENTENCES),
      ),
      /** The day the page says it was published, from which its "yesterday" is counted. */
      published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
      /** Only these sentences (by index) are judged, the others are context: they answer null. */
      only: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MATCH_SENTENCES - 1))), v.maxLength(MAX_MATCH_SENTENCES))),
    }),
    from: ['content'],
  }),
  /**
   * Content script → background: an article is on its way, get the matcher ready (built, on a worker
   * that has just started) while the page extracts it. Nothing to wait for.
   */
  'claims/prepare': defineMessage<{ prepared: true }>()({ request: v.object({}), from: ['content'] }),
  /** Content script → background: how many claims of each kind it painted (for the badge and the popup). */
  'claims/report': defineMessage<{ recorded: true }>()({
    request: v.object({ url: v.pipe(v.string(), v.maxLength(LIMITS.url)), counts: ClaimCountsSchema }),
    from: ['content'],
  }),
  /** Popup → background: the last claim counts a tab's content script reported, or null. */
  'claims/summary': defineMessage<ClaimSummary | null>()({
    request: v.object({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    from: ['extension'],
  }),
};
