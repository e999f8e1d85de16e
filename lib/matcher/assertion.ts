import { foldPunctuation } from '@/lib/text/normalize';

/** Openings and phrases that put a claim in doubt rather than state it. */
const OPEN_QUESTION_RE = /^whether\b|\b(?:unclear|uncertain|unknown|not\s+known|remains\s+to\s+be\s+seen|an\s+open\s+question)\s+(?:whether|if)\b/i;

/**
 * Whether a sentence states its claim: a question ("Did the council approve it?") or a claim put in
 * doubt ("Whether the deal holds will become clear next year", "It is unclear whether...") states
 * nothing the corpus could confirm or contradict. A question inside a quotation does not count.
 */
export function assertsClaim(text: string): boolean {
  const plain = foldPunctuation(text).trim();
  const outsideQuotes = plain.replace(/"[^"]*"/g, '"').trim();
  if (/\?\s*["')\]]*$/.test(outsideQuotes)) return false;
  return !/whether|\bif\b|to be seen/i.test(outsideQuotes) || !OPEN_QUESTION_RE.test(outsideQuotes);
}
