/** Sentences of one page sent for matching at most; a longer page is matched up to this many. */
export const MAX_MATCH_SENTENCES = 3_000;
/** A page sentence longer than this is not a claim worth matching; it is left out. */
export const MAX_SENTENCE_CHARS = 2_000;
/** Sentences sent in one match message; a long article is matched in several. */
export const MATCH_BATCH = 200;
