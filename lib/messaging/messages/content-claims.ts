import * as v from 'valibot';
import type { Claim, ClaimCounts } from '../../claims/types';
import type { StepTimings } from '../../page/article-claims';
import { defineMessage } from '../define';

/** Where the content script stands on its page. */
export type ClaimsState =
  /** Not looked at yet, or looking again after a navigation. */
  | 'pending'
  /** The page is not a web page Crosscheck reads (URL), or the reader turned the site off. */
  | 'off'
  /** No article on the page (yet: a late article is still picked up). */
  | 'not-article'
  /** Extracting and matching. */
  | 'working'
  /** Done: the claims are painted (possibly none). */
  | 'painted'
  /** Matching failed (e.g. the background could not be reached). */
  | 'error';

export interface ClaimsList {
  url: string;
  state: ClaimsState;
  /** Sentences of the article that were matched. */
  sentences: number;
  counts: ClaimCounts;
  /** Painted claims in reading order. */
  claims: Claim[];
}

/** Durations of the last run on the page, in ms (performance.now() differences): the pipeline's steps, and painting. */
export interface ClaimsTimings extends Partial<StepTimings> {
  url: string;
  /** The article check on the live document; on pages that are not articles, the whole cost. */
  gate: number;
  paint?: number;
  /** From the start of the gate to the end of painting. */
  total?: number;
  sentences?: number;
  painted?: number;
  painter?: 'highlight-api' | 'wrap';
}

const index = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Messages the content script answers about claims (from the popup or the background only). */
export const contentClaimsMessages = {
  /** What the content script painted: counts by verdict and the claims with their evidence. */
  'claims/list': defineMessage<ClaimsList>()({ request: v.object({}), from: ['extension', 'background'] }),
  /** Scroll a claim into view, focus it and open its card. */
  'claims/scrollTo': defineMessage<{ found: boolean }>()({ request: v.object({ index }), from: ['extension', 'background'] }),
  /** Check the site switch again and run again (or clear the page when the site was turned off). */
  'claims/refresh': defineMessage<{ state: ClaimsState }>()({ request: v.object({}), from: ['extension', 'background'] }),
  /** Durations of the last run (for `npm run bench`); never visible to the page. */
  'claims/timings': defineMessage<ClaimsTimings | null>()({ request: v.object({}), from: ['extension', 'background'] }),
};
