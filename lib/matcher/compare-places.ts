import type { FactComparison } from './compare';
import type { Span } from './fact-types';
import { contentTerms, type SentenceFeatures } from './features';
import { COUNTRIES, REGION_ADJECTIVES, REGIONS } from './places-data';

type Difference = FactComparison['differences'][number];

/** Words that put a claim everywhere ("operating worldwide", "around the world"). */
const GLOBAL_RE = /\b(?:world-?wide|globally|internationally|(?:around|across|throughout|all over) the (?:world|globe)|on every continent)\b/i;



/** Nouns that make a region's adjective name the region: "Central Asian republics", "African states". */
const GROUP_NOUNS = 'countries|nations|republics|states|economies|neighbours|neighbors';
const REGION_GROUP_RE = new RegExp(`^(.+?)\\s+(?:${GROUP_NOUNS})$`);

function norm(name: string): string {
  const plain = name.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').replace(/^south[- ]?east asia$/, 'south-east asia');
  const group = REGION_GROUP_RE.exec(plain);
  const adjective = group && REGION_ADJECTIVES[group[1]!.replace(/^south[- ]?east /, 'south-east ')];
  return adjective ?? plain;
}

/** Whether a name is a known region ("Central Asia", "the Middle East"). */
export const isRegion = (name: string): boolean => norm(name) in REGIONS;

/** Whether a name is a known country or region. */
export const isKnownPlace = (name: string): boolean => isRegion(name) || COUNTRIES.has(norm(name));

/** Every known place name, longest first, as one pattern ("South-east Asia" before "Asia"). */
const PLACE_RE = new RegExp(
  `\\b(?:${[...Object.keys(REGIONS), ...COUNTRIES]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[-\s]/g, '[-\\s]?'))
    .join('|')})\\b`,
  'gi',
);

/** A region by its adjective and a group noun: "Central Asian republics", "South-east Asian nations". */
const REGION_GROUP_PLACE_RE = new RegExp(
  `\\b(?:${Object.keys(REGION_ADJECTIVES)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[-\s]/g, '[-\\s]?'))
    .join('|')})\\s+(?:${GROUP_NOUNS})\\b`,
  'gi',
);

/** Nouns that make a region's adjective stand for one of its countries: "the Latin American country". */
const ONE_COUNTRY_NOUNS = 'country|nation|state|republic|economy';
const REGION_ONE_PLACE_RE = new RegExp(
  `\\b(?:the|a|one)\\s+((?:${Object.keys(REGION_ADJECTIVES)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[-\s]/g, '[-\\s]?'))
    .join('|')})\\s+(?:${ONE_COUNTRY_NOUNS}))\\b`,
  'gi',
);
const ONE_COUNTRY_RE = new RegExp(`^(.+?)\\s+(?:${ONE_COUNTRY_NOUNS})$`, 'i');

/** The region whose one country a name stands for ("Latin American country": "latin america"), if any. */
function oneCountryOf(name: string): string | undefined {
  const m = ONE_COUNTRY_RE.exec(name.toLowerCase().replace(/\s+/g, ' '));
  return m ? REGION_ADJECTIVES[m[1]!.replace(/^south[- ]?east /, 'south-east ')] : undefined;
}

/** Places of the texts read lately (a sentence is compared with several others, and its places read by several rules). */
const placesCache = new Map<string, Span[]>();
const PLACES_CACHED = 2_000;

/** Known places named in a text, with a capital, as spans (a region named by its adjective first). */
function placesIn(text: string): Span[] {
  let places = placesCache.get(text);
  if (!places) {
    if (placesCache.size >= PLACES_CACHED) placesCache.clear();
    placesCache.set(text, (places = readPlaces(text)));
  }
  return places;
}

function readPlaces(text: string): Span[] {
  const groups = [...text.matchAll(REGION_GROUP_PLACE_RE)].filter((m) => /^[A-Z]/.test(m[0])).map((m) => ({ text: m[0], start: m.index }));
  for (const m of text.matchAll(REGION_ONE_PLACE_RE)) {
    if (/^[A-Z]/.test(m[1]!)) groups.push({ text: m[1]!, start: m.index + m[0].length - m[1]!.length });
  }
  const inGroup = (at: number) => groups.some((g) => at >= g.start && at < g.start + g.text.length);
  return [...groups, ...[...text.matchAll(PLACE_RE)].filter((m) => !inGroup(m.index)).map((m) => ({ text: m[0], start: m.index }))]
    .filter((m) => /^[A-Z]/.test(m.text))
    .map((m) => ({ text: m.text, start: m.start, end: m.start + m.text.length }))
    .sort((a, b) => a.start - b.start);
}

/**
 * What leads up to a place a claim is put in: "in", "across", "throughout", "into", "to", "within"
 * (with a quantifier: "in all five"), "in the countries of", and "between X and" (the second of two partners).
 */
const LOCATIVE_BEFORE_RE =
  /(?:\b(?:in|across|throughout|into|to|within)\s+(?:(?:all|both|most|many|several|some|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+){0,2}(?:(?:countries|nations|states|regions|parts)\s+of\s+(?:the\s+)?)?|\bbetween\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+(?:the\s+)?)$/;

/**
 * Places a sentence puts its claim in: known countries and regions after "in", "across",
 * "throughout" or "to", or before ", where", and the places listed with them ("in South-east Asia,
 * Africa and Latin America").
 */
function locativePlaces(f: SentenceFeatures): Span[] {
  let places = locativeCache.get(f);
  if (!places) locativeCache.set(f, (places = readLocativePlaces(f)));
  return places;
}

/** Places of each analysed sentence, read once (a sentence is compared with several others). */
const locativeCache = new WeakMap<SentenceFeatures, Span[]>();

function readLocativePlaces(f: SentenceFeatures): Span[] {
  const out: Span[] = [];
  let last: Span | undefined;
  for (const e of placesIn(f.text)) {
    const before = f.text.slice(Math.max(0, e.start - 60), e.start);
    const direct = LOCATIVE_BEFORE_RE.test(before);
    const listed = last !== undefined && /^\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$/i.test(f.text.slice(last.end, e.start));
    // "runs through Mexico, where it plans to ...": the place the clause after it happens in.
    const where = /^\s*,\s*where\b/i.test(f.text.slice(e.end, e.end + 10));
    if (direct || listed || where) {
      out.push(e);
      last = e;
    }
  }
  return out;
}

/** The last two content words before a position, past the preposition: what the place is said of. */
function before(text: string, at: number, words = 2): string[] {
  return contentTerms(text.slice(Math.max(0, at - 80), at).replace(/^\S*\s/, '').replace(/^.*[,;:"\u201c\u201d]/s, '')).slice(-words);
}

/**
 * Whether two places fill the same slot: the same words lead up to them ("sells its models
 * worldwide" / "sells its models in Africa"), among the last two of their clause, or the last four
 * when one place holds the other (a region and one of its countries, a closer tie of itself).
 */
function sameSlot(a: SentenceFeatures, aAt: number, b: SentenceFeatures, bAt: number, words = 2): boolean {
  const bw = new Set(before(b.text, bAt, words));
  return before(a.text, aAt, words).some((t) => bw.has(t));
}

const mentions = (f: SentenceFeatures, name: string) => f.text.toLowerCase().includes(norm(name));

function describe(places: Span[]): string {
  return places.map((p) => p.text).join(', ');
}

/** The whole world on one side against named places on the other. */
function globalAgainstPlaces(page: SentenceFeatures, corpus: SentenceFeatures): Difference | null {
  const pg = GLOBAL_RE.exec(page.text);
  const cg = GLOBAL_RE.exec(corpus.text);
  if (pg && !cg) {
    const places = locativePlaces(corpus).filter((p) => !mentions(page, p.text));
    if (places.length && sameSlot(page, pg.index, corpus, places[0]!.start)) return { kind: 'scope', page: pg[0], corpus: describe(places) };
  } else if (cg && !pg) {
    const places = locativePlaces(page).filter((p) => !mentions(corpus, p.text));
    if (places.length && sameSlot(corpus, cg.index, page, places[0]!.start)) return { kind: 'scope', page: describe(places), corpus: cg[0] };
  }
  return null;
}

/** A region on one side against one of its countries on the other ("across South-east Asia" / "in the Philippines"). */
/** Whether a region (by its key) holds a place: one of its countries, or "the <region's adjective> country". */
function holds(region: string, place: string): boolean {
  return !!REGIONS[region]?.includes(norm(place)) || oneCountryOf(place) === region;
}

/** "the whole of Asia", "all of Europe", "the entire Middle East": a region taken whole, whatever verb it follows. */
const WHOLE_WORDS_RE = /\b(?:whole|all|entire)\b/i;
const WHOLE_BEFORE_RE = /\b(?:the\s+whole\s+of|all\s+of|the\s+entire)\s+(?:the\s+)?$/i;

/** Places of a sentence that a region of the other may be set against: those a claim is put in, and a region taken whole. */
function wholeRegions(f: SentenceFeatures): Span[] {
  if (!WHOLE_WORDS_RE.test(f.text)) return [];
  return placesIn(f.text).filter((p) => isRegion(p.text) && WHOLE_BEFORE_RE.test(f.text.slice(Math.max(0, p.start - 20), p.start)));
}

/** A region on one side and a place in it on the other, in the same slot (none mentioning the other's place). */
function nestedPair(page: SentenceFeatures, pp: Span[], corpus: SentenceFeatures, cp: Span[]): Difference | null {
  for (const p of pp) {
    for (const c of cp) {
      // "the Latin American country" names its region without the region being mentioned.
      const mentioned = (f: SentenceFeatures, other: Span, own: Span) => !oneCountryOf(own.text) && mentions(f, other.text);
      if (mentioned(corpus, p, c) || mentioned(page, c, p) || !sameSlot(page, p.start, corpus, c.start, 4)) continue;
      if (holds(norm(p.text), c.text) || holds(norm(c.text), p.text)) return { kind: 'scope', page: p.text, corpus: c.text };
    }
  }
  return null;
}

function regionAgainstCountry(page: SentenceFeatures, corpus: SentenceFeatures): { diff: Difference; pageName: string } | null {
  const pp = locativePlaces(page);
  const cp = locativePlaces(corpus);
  // A region taken whole ("cede the whole of Asia") against a place in it in any role ("cede Japan").
  const diff = nestedPair(page, pp, corpus, cp) ?? nestedPair(page, wholeRegions(page), corpus, placesIn(corpus.text)) ?? nestedPair(page, placesIn(page.text), corpus, wholeRegions(corpus));
  return diff ? { diff, pageName: diff.page } : null;
}

/**
 * Where a claim holds, widened or narrowed: worldwide against named places, a region against one
 * of its countries. The page's place is then part of this difference, not a name of its own.
 */
export function comparePlaces(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  const global = globalAgainstPlaces(page, corpus);
  if (global) {
    out.differences.push(global);
    return true;
  }
  const nested = regionAgainstCountry(page, corpus);
  if (!nested) return otherCountry(page, corpus, out) || referredCountry(page, corpus, out);
  // Names the tokenizer read out of the place ("Asia" of "South-east Asia") belong to this difference.
  const within = (n: string) => nested.pageName.includes(n) || nested.diff.corpus.includes(n);
  out.differences = out.differences.filter((d) => !(d.kind === 'name' && (within(d.page) || within(d.corpus))));
  out.novel = out.novel.filter((n) => !within(n));
  out.differences.push(nested.diff);
  return true;
}

/** Words that add a second place to a claim made of a first ("also tested in Italy"). */
const ADDITIVE_RE = /\b(also|too|likewise|similarly|as well|in turn)\b/i;

/**
 * One country where the claim happened on each side, each missing from the other ("first tried out
 * in Kazakhstan" / "first tried out in Uzbekistan"): a changed name, not a fact the page adds.
 */
function otherCountry(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  if (ADDITIVE_RE.test(page.text)) return false;
  // "the Latin American country" may be any of them: no name to set against another.
  const named = (x: Span) => !isRegion(x.text) && !oneCountryOf(x.text);
  const pp = locativePlaces(page).filter((p) => named(p) && !mentions(corpus, p.text));
  const cp = locativePlaces(corpus).filter((c) => named(c) && !mentions(page, c.text));
  if (pp.length !== 1 || cp.length !== 1) return false;
  const [p, c] = [pp[0]!, cp[0]!];
  const within = (n: string) => p.text.includes(n) || c.text.includes(n);
  if (!out.novel.some(within) || out.differences.some((d) => d.kind === 'name' && within(d.page))) return false;
  out.novel = out.novel.filter((n) => !within(n));
  out.differences.push({ kind: 'name', page: p.text, corpus: c.text });
  return true;
}

/**
 * A country in the place of "the <region> country" that the corpus sentence names ("stake in its
 * business in Argentina" against "facilities in Brazil and a stake in its business in the Latin
 * American country"): the corpus means its one country of that region, the page another: a changed name.
 */
function referredCountry(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): boolean {
  for (const c of locativePlaces(corpus)) {
    const region = oneCountryOf(c.text);
    if (!region) continue;
    const meant = placesIn(corpus.text).filter((x) => !isRegion(x.text) && !oneCountryOf(x.text) && holds(region, x.text));
    if (meant.length !== 1 || mentions(page, meant[0]!.text)) continue;
    const p = locativePlaces(page).find((x) => !isRegion(x.text) && !oneCountryOf(x.text) && !mentions(corpus, x.text) && sameSlot(page, x.start, corpus, c.start, 4));
    if (!p || out.differences.some((d) => d.page === p.text)) continue;
    out.novel = out.novel.filter((n) => !p.text.includes(n));
    out.differences.push({ kind: 'name', page: p.text, corpus: meant[0]!.text });
    return true;
  }
  return false;
}
