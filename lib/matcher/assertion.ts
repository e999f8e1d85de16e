import { foldPunctuation } from '@/lib/text/normalize';

/** Openings and phrases that put a claim in doubt rather than state it. */
const OPEN_QUESTION_RE =
  /^whether\b|\b(?:unclear|uncertain|unknown|not\s+known|remains\s+to\s+be\s+seen|an\s+open\s+question|(?:nobody|no\s+one|none)\s+(?:has\s+|have\s+)?(?:yet\s+)?(?:said|says|knows|knew|explained|confirmed|disclosed)|(?:has|have|did|does|do)\s+not\s+(?:yet\s+)?(?:said|say|explained|explain|confirmed|confirm|disclosed|disclose))\s+(?:whether|if)\b/i;

/** "...: latest", "...: live updates", "...: what we know": the label of a section of a live page. */
const LABEL_TAIL_RE = /:\s*(?:the\s+)?(?:latest(?:\s+news|\s+updates)?|live(?:\s+updates|\s+coverage|\s+blog)?|updates|what\s+we\s+know(?:\s+so\s+far)?|explained|in\s+pictures|in\s+charts|timeline|recap|as\s+it\s+happened)\s*$/i;
/** Words that may be the verb of a heading: a known verb or auxiliary, or a word ending as verbs do. */
const VERB_LIKE_RE = /^(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should|says|said|say|met|won|lost|hit|cut|set|put|led|left|made|took|gave|got|sent|sold|told|fell|rose|grew|shut|quit)$|(?:s|ed|ing)$/i;
/** Headings up to this many words may be labels. */
const LABEL_WORDS = 10;

/**
 * A label, not a claim: a section heading of a live page ("Talks with Washington: latest"), or a
 * short heading with no word that could be its verb ("Tariff envoy in Washington").
 */
function isLabel(text: string): boolean {
  if (LABEL_TAIL_RE.test(text)) return true;
  if (/[.!"')\]]$/.test(text)) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
  return words.length > 0 && words.length <= LABEL_WORDS && !words.some((w) => VERB_LIKE_RE.test(w) && !/^\d/.test(w));
}

/**
 * Whether a sentence states its claim: a question ("Did the council approve it?") or a claim put in
 * doubt ("Whether the deal holds will become clear next year", "It is unclear whether...") states
 * nothing the corpus could confirm or contradict, and neither does a label. A question inside a
 * quotation does not count.
 */
export function assertsClaim(text: string): boolean {
  const plain = foldPunctuation(text).trim();
  const outsideQuotes = plain.replace(/"[^"]*"/g, '"').trim();
  if (/\?\s*["')\]]*$/.test(outsideQuotes)) return false;
  if (isLabel(outsideQuotes)) return false;
  return !/whether|\bif\b|to be seen/i.test(outsideQuotes) || !OPEN_QUESTION_RE.test(outsideQuotes);
}
