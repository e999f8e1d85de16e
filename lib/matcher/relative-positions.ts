import { STOPWORDS } from '@/lib/text/stopwords';
import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';
import { wordTerm } from './lexicon';

type Difference = FactComparison['differences'][number];

/** "shortly after his election", "three days before the invasion": a time told from an event. */
const AROUND_EVENT_RE = /\b((?:(?:shortly|just|soon|long|weeks|days|months|years|a\s+\w+|\w+\s+(?:days|weeks|months|years))\s+)?(before|after|ahead\s+of|following|prior\s+to)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|this\s+|that\s+)?([a-z]+)(?:\s+([a-z]+))?)\b/gi;

/** "near Tokyo", "in central Tokyo": where something happened against a named place. */
const AT_PLACE_RE = /\b((near|outside|close\s+to|on\s+the\s+outskirts\s+of|in\s+central|in\s+downtown|in\s+the\s+centre\s+of|in\s+the\s+center\s+of|in\s+the\s+heart\s+of)\s+([A-Z][a-z]+))/g;

const termOf = (word: string) => wordTerm(word.toLowerCase());
const isBefore = (w: string) => /^(?:before|ahead|prior)/i.test(w);
const isNear = (w: string) => /^(?:near|outside|close|on)/i.test(w);

function events(text: string): { text: string; before: boolean; event: string }[] {
  return [...text.matchAll(AROUND_EVENT_RE)].map((m) => {
    // The event is the first word that is not a function word ("his election in" → election).
    const [first, second] = [m[3]!, m[4]];
    const event = STOPWORDS.has(first.toLowerCase()) && second ? second : first;
    const shown = second && event === first && STOPWORDS.has(second.toLowerCase()) ? m[1]!.slice(0, m[1]!.lastIndexOf(second)).trim() : m[1]!;
    // "a year before", "three days after": intervals, which the dates compare (dates.ts).
    const interval = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few)\s+(?:days?|weeks?|months?|years?|decades?)\b/i.test(m[1]!);
    return { text: shown, before: isBefore(m[2]!), event: termOf(event), interval };
  }).filter((e) => !STOPWORDS.has(e.event) && !e.interval);
}

function places(text: string): { text: string; near: boolean; place: string }[] {
  return [...text.matchAll(AT_PLACE_RE)].map((m) => ({ text: m[1]!, near: isNear(m[2]!), place: m[3]! }));
}

/**
 * The same event, told on one side as before it and on the other as after it ("shortly after his
 * election" against "before the election"), or the same place, near it on one side and in it on the
 * other ("in central Tokyo" against "near Tokyo").
 */
export function comparePositions(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  if (/\b(?:before|after|ahead|following|prior)\b/i.test(page.text)) {
    const ce = events(corpus.text);
    for (const p of events(page.text)) {
      const c = ce.find((x) => x.event === p.event);
      if (c && c.before !== p.before && !ce.some((x) => x.event === p.event && x.before === p.before)) return { kind: 'date', page: p.text, corpus: c.text };
    }
  }
  if (/\b(?:near|outside|close|outskirts|central|downtown|centre|center|heart)\b/i.test(page.text)) {
    const cp = places(corpus.text);
    for (const p of places(page.text)) {
      const c = cp.find((x) => x.place === p.place);
      if (c && c.near !== p.near) return { kind: 'name', page: p.text, corpus: c.text };
    }
  }
  return null;
}
