import { actsOf } from './agents';
import { containsWords } from './aliases';
import { initialsOf, isAcronym, nameWords } from './entities';
import type { FactComparison } from './compare';
import type { Span } from './fact-types';
import { contentTerms, type SentenceFeatures } from './features';
import { isKnownPlace, isRegion } from './compare-places';
import { isPlaceTerm } from './lexicon';
import { besideCredit, besideName, creditedByPronoun } from './compare-credits';
import type { Preceding } from './speakers';

const NO_ALIASES: ReadonlyMap<string, string> = new Map();

type Located = { status: 'found' } | { status: 'missing' } | { status: 'conflict'; other: Span };

function termFound(t: string, terms: ReadonlySet<string>): boolean {
  if (terms.has(t)) return true;
  if (t.length < 4) return false;
  for (const o of terms) if (o.length >= 4 && (o.startsWith(t) || t.startsWith(o))) return true;
  return false;
}

/** Initials of every run of 2-6 words ("gross domestic product" → "gdp"), for acronyms spelt out in lower case. */
function wordRunInitials(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^a-z]+/).filter((w) => w && !/^(of|and|the|for)$/.test(w));
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let acc = '';
    for (let j = i; j < Math.min(words.length, i + 6); j++) {
      acc += words[j]![0];
      if (acc.length >= 2) out.add(acc);
    }
  }
  return out;
}

/**
 * Whether a name of one sentence is named in the other: by its words, canonical terms, initials
 * (NYT, GDP), or in part ("Soldatov" for "Andrei Soldatov"). A name that shares a word with a
 * name of the other sentence but differs in another ("Vega Leaks" / "Ares Leaks") is a conflict.
 */
function locate(entity: Span, other: SentenceFeatures, otherTerms: ReadonlySet<string>): Located {
  const lowerText = other.text.toLowerCase();
  const name = entity.text.toLowerCase();
  if (containsWords(lowerText, name)) return { status: 'found' };
  const terms = contentTerms(entity.text);
  const found = terms.filter((t) => termFound(t, otherTerms));
  if (terms.length && found.length === terms.length) return { status: 'found' };
  const compact = entity.text.replace(/[.\s]/g, '').toLowerCase();
  if (isAcronym(entity.text) && wordRunInitials(other.text).has(compact)) return { status: 'found' };
  const initials = initialsOf(entity.text);
  if (initials.length > 1 && other.facts.entities.some((o) => isAcronym(o.text) && o.text.replace(/[.\s]/g, '').toLowerCase() === initials)) {
    return { status: 'found' };
  }
  if (other.facts.entities.some((o) => shortFormOf(entity, o) || shortFormOf(o, entity))) return { status: 'found' };
  if (!found.length) return { status: 'missing' };
  // Partly named: a conflict when the other sentence's name has words of its own in place of ours.
  const sharing = other.facts.entities.find((o) => contentTerms(o.text).some((t) => found.includes(t)));
  // Words of the name among the other sentence's plain words ("Changan Automobile" and "an auto
  // forum"): named only if most of the name is there.
  if (!sharing) return found.length * 2 > terms.length ? { status: 'found' } : { status: 'missing' };
  const ours = new Set(terms);
  const extra = contentTerms(sharing.text).filter((t) => !ours.has(t) && !termFound(t, ours));
  return extra.length ? { status: 'conflict', other: sharing } : { status: 'found' };
}

/**
 * Whether `short` is the last word of a longer name, written as a name: "the Times" for "The New
 * York Times", "the Kremlin's Peskov" for "Dmitry Peskov".
 */
function shortFormOf(name: Span, short: Span): boolean {
  const words = name.text.split(/\s+/);
  return words.length > 1 && short.text.length >= 4 && words[words.length - 1] === short.text;
}

/** A sentence whose subject is a pronoun, perhaps after a phrase of time or place ("In May it also sent"). */
const PRONOUN_SUBJECT_RE = /^(?:(?:In|On|At|By|Last|This|Earlier|Later)\s+[\w\s-]{1,20}?,?\s+)?(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+|has\s+|had\s+|then\s+)?[a-z]{3,}\b/;

/** The content words just before and just after a name (not other names), for telling whether two names fill the same slot. */
function neighbours(f: SentenceFeatures, span: Span): Set<string> {
  const { left, right } = around(f, span);
  const before = left.plain.slice(-1);
  const after = right.plain.slice(0, 1);
  return new Set([...before, ...after]);
}

interface Around {
  left: { all: string[]; plain: string[]; clause: string[] };
  right: { all: string[]; plain: string[]; clause: string[] };
}
/** Marks that close a clause or a quotation: words beyond them are not around a name. */
const CLAUSE_MARK_RE = /[,;:()"\u201c\u201d\u2018\u2014\u2013]|'(?!s\b)|\u2019(?!s\b)/;
const LAST_CLAUSE_RE = new RegExp(`^.*(?:${CLAUSE_MARK_RE.source})`, 's');
const arounds = new WeakMap<SentenceFeatures, Map<number, Around>>();

/** The content terms on each side of a name (all of them, and those not part of a name), read once per name. */
function around(f: SentenceFeatures, span: Span): Around {
  let byName = arounds.get(f);
  if (!byName) arounds.set(f, (byName = new Map()));
  let a = byName.get(span.start);
  if (!a) {
    const plain = (t: string) => !f.entityTerms.has(t);
    // Whole words only: a window cut mid-word would read a fragment as a word.
    const leftText = f.text.slice(Math.max(0, span.start - 60), span.start).replace(span.start > 60 ? /^\S*/ : /^/, '');
    const rightText = f.text.slice(span.end, span.end + 60).replace(span.end + 60 < f.text.length ? /\S*$/ : /$/, '');
    const leftAll = contentTerms(leftText);
    const rightAll = contentTerms(rightText);
    const leftClause = contentTerms(leftText.replace(LAST_CLAUSE_RE, '')).filter(plain);
    const rightClause = contentTerms(rightText.replace(/^'s\b/, '').split(CLAUSE_MARK_RE)[0]!).filter(plain);
    a = { left: { all: leftAll, plain: leftAll.filter(plain), clause: leftClause }, right: { all: rightAll, plain: rightAll.filter(plain), clause: rightClause } };
    byName.set(span.start, a);
  }
  return a;
}

/**
 * A looser sign that two names fill the same slot, for when each is the only name its sentence does
 * not share with the other: a content word among the two before or after each, within its clause ("consul general of
 * Qatar" / "consul general of the State of Kuwait"), or the same name right after each ("A's Digital
 * Library Cave" / "B's Digital Library Cave").
 */
function nearSurroundings(p: SentenceFeatures, pe: Span, c: SentenceFeatures, ce: Span): boolean {
  const a = around(p, pe);
  const b = around(c, ce);
  const shared = (x: string[], y: string[]) => x.some((t) => y.includes(t) && !isPlaceTerm(t));
  if (shared(a.left.clause.slice(-2), b.left.clause.slice(-2)) || shared(a.right.clause.slice(0, 2), b.right.clause.slice(0, 2))) return true;
  const next = a.right.all[0];
  return next !== undefined && next === b.right.all[0] && p.entityTerms.has(next) && c.entityTerms.has(next);
}

/** Compass words that open the name of a part of a country or region ("North Korean", "East Asia"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/** The formal name of a state, before the country's own name ("the State of Kuwait", "Kingdom of Spain"). */
const POLITY_RE = /^(?:the\s+)?(?:(?:People's\s+|Islamic\s+|Federal\s+|Democratic\s+|Arab\s+)*Republic|State|Kingdom|Emirate|Sultanate|Principality|Commonwealth|Grand\s+Duchy)\s+of\s+(?:the\s+)?/i;

/** What follows a name that says where something is based ("an Osaka-based think-tank"). */
const BASED_RE = /^-based\b/i;

/**
 * A country or region, with or without a compass word ("North Korean") or its formal name; or, read
 * in its sentence (`text`), any name that says where something is based ("an Osaka-based firm").
 */
function isPlaceLike(e: Span, text = ''): boolean {
  if (BASED_RE.test(text.slice(e.end, e.end + 7))) return true;
  if (isKnownPlace(e.text) || (POLITY_RE.test(e.text) && isKnownPlace(e.text.replace(POLITY_RE, '')))) return true;
  const terms = contentTerms(e.text);
  return terms.some(isPlaceTerm) && terms.every((t) => isPlaceTerm(t) || COMPASS.has(t));
}

/** The name a name describes, one word after it ("Chinese carmaker Geely", "French automaker Renault"). */
function described(f: SentenceFeatures, span: Span): Span | undefined {
  return f.facts.entities.find((e) => e.start > span.end && /^\s+[\w'-]+\s+$/.test(f.text.slice(span.end, e.start)));
}

/**
 * Whether two names each describe another name, and those are two names both sentences mention
 * ("Chinese carmaker Geely" / "French automaker Renault", each naming Geely and Renault): the word
 * they share is about two things, not one slot. Where the described names are themselves the one
 * changed ("Danish operator Vestlys" / "Swedish operator Nordlys"), the descriptions change with them.
 */
function describeOthers(p: SentenceFeatures, pe: Span, c: SentenceFeatures, ce: Span): boolean {
  const a = described(p, pe);
  const b = a && described(c, ce);
  if (!a || !b || contentTerms(a.text).join(' ') === contentTerms(b.text).join(' ')) return false;
  return containsWords(c.text.toLowerCase(), a.text.toLowerCase()) && containsWords(p.text.toLowerCase(), b.text.toLowerCase());
}

/** Whether two names have the same content word just before them, or just after them. */
function sharedNeighbour(a: SentenceFeatures, ae: Span, b: SentenceFeatures, be: Span): boolean {
  const x = neighbours(a, ae);
  return [...neighbours(b, be)].some((t) => x.has(t) && !isPlaceTerm(t)) && !describeOthers(a, ae, b, be);
}

/** Whether the page also has the corpus's place in the slot it fills in the corpus (then the page's own place is an addition). */
function sameNeighbourInPage(page: SentenceFeatures, corpus: SentenceFeatures, ce: Span, pe: Span): boolean {
  const terms = contentTerms(ce.text).join(' ');
  return page.facts.entities.some((x) => x !== pe && contentTerms(x.text).join(' ') === terms && sharedNeighbour(page, x, corpus, ce));
}

/**
 * How surely two names, each missing from the other sentence, fill the same slot (so one replaces
 * the other): 3 for two acronyms in the same place, 2 for names sharing a word, 1 for the same words
 * around them or two acronyms that are each the only unmatched name of their sentence (and a
 * country only ever stands for a country), 0 for no sign.
 */
function slotMatch(p: SentenceFeatures, pe: Span, c: SentenceFeatures, ce: Span, sole: boolean, loose = sole, solePlace = false): number {
  const placeLike = isPlaceLike(pe, p.text);
  const otherPlaceLike = isPlaceLike(ce, c.text);
  // Two doers of one act, unless a country stands against a person (a leader may act for his country).
  if (sameAct(p, pe, c, ce) && (placeLike === otherPlaceLike || isBody(placeLike ? ce : pe))) return 3;
  if (placeLike !== otherPlaceLike) return 0;
  const around = neighbours(c, ce);
  // Two names that describe two others share the word between, not a slot.
  const others = describeOthers(p, pe, c, ce);
  const sameSurroundings = !others && [...neighbours(p, pe)].some((t) => around.has(t));
  if (isAcronym(pe.text) && isAcronym(ce.text)) return sameSurroundings ? 3 : sole ? 1 : 0;
  const cw = new Set(nameWords(ce.text));
  if (nameWords(pe.text).some((w) => cw.has(w))) return 2;
  if (sameSurroundings || (loose && !others && nearSurroundings(p, pe, c, ce))) return 1;
  // The one place each sentence names that the other does not, each the doer of its sentence's act
  // ("Kyiv tore up the deal" / "the Russian government cancelled the deal"): a country only ever
  // stands for a country.
  // Or the one name of each, both countries ("sent troops to an exercise in X" / "sent troops to Y").
  const countries = sole && isKnownPlace(pe.text) && isKnownPlace(ce.text);
  return solePlace && placeLike && ((actsOf(p, pe).length > 0 && actsOf(c, ce).length > 0) || countries) ? 1 : 0;
}

/** Words that end the name of an organisation ("African Union", "Foreign Ministry"). */
const BODY_RE = /\b(?:union|council|ministry|agency|bank|group|company|corporation|commission|organi[sz]ation|alliance|committee|court|parliament|government|assembly|army|navy|party|fund|office|service|institute|university|league|forum|association|federation)$/i;

/** An organisation: an acronym, or a name ending with a word for a body. A country may act in its place, a person does not. */
function isBody(e: Span): boolean {
  return isAcronym(e.text) || BODY_RE.test(e.text);
}

/**
 * Whether the page names a corpus doer only as the doer of other acts ("welcomed by Y" while the
 * corpus says Y brokered): not beside the page's doer ("X negotiated it with Y"), nor doing the same act.
 */
function inOtherRole(page: SentenceFeatures, corpus: SentenceFeatures, ce: Span, pe: Span): boolean {
  const terms = contentTerms(ce.text).join(' ');
  const mentions = page.facts.entities.filter((x) => x !== pe && contentTerms(x.text).join(' ') === terms);
  return mentions.length > 0 && mentions.every((x) => actsOf(page, x).length > 0 && !sameAct(page, x, corpus, ce));
}

/** Whether the corpus sentence names, as the doer of a page name's act, someone the page leaves out ("Xi approved" / "Putin approved"). */
function otherDoer(page: SentenceFeatures, pe: Span, corpus: SentenceFeatures, pageTerms: ReadonlySet<string>): boolean {
  return actsOf(page, pe).length > 0 && corpus.facts.entities.some((ce) => sameAct(page, pe, corpus, ce) && locate(ce, page, pageTerms).status === 'missing');
}

/** Whether two names are the doers of the same act ("Egypt brokered" / "brokered by the African Union"). */
function sameAct(p: SentenceFeatures, pe: Span, c: SentenceFeatures, ce: Span): boolean {
  const acts = actsOf(c, ce);
  return acts.length > 0 && actsOf(p, pe).some((a) => acts.includes(a));
}

/** The seat of government of a state and of the state before it ("Moscow" for the Soviet Union). */
const CAPITAL_RE = /^(?:the\s+)?(?:Moscow|Kremlin)$/i;
const PREDECESSOR_RE = /^(?:the\s+)?(?:(?:former\s+)?Soviet\s+Union|USSR|Soviets?)$/i;

/** "the alliance between Beijing and Moscow" against "between China and the Soviet Union": the same state. */
function sameStateByCapital(a: Span, b: Span): boolean {
  return (CAPITAL_RE.test(a.text) && PREDECESSOR_RE.test(b.text)) || (CAPITAL_RE.test(b.text) && PREDECESSOR_RE.test(a.text));
}

function sameSource(a: string, b: string): boolean {
  const aw = nameWords(a);
  const bw = new Set(nameWords(b));
  if (aw.some((w) => bw.has(w))) return true;
  return initialsOf(a) === b.toLowerCase() || initialsOf(b) === a.toLowerCase();
}

/**
 * Names: a source credited on each side (attribution), a name of one sentence changed in the other
 * (same slot), and names the page adds that the corpus sentence, its pronouns and its neighbours never mention.
 */
export function compareNames(
  page: SentenceFeatures,
  corpus: SentenceFeatures,
  context: () => ReadonlySet<string>,
  antecedents: ReadonlySet<string>,
  out: FactComparison,
  preceding: Preceding,
  aliases: ReadonlyMap<string, string> = NO_ALIASES,
): void {
  const corpusTerms = new Set(corpus.terms);
  const pageTerms = new Set(page.terms);
  // The other form of a name the corpus spells out ("Federal Security Service" / "FSB") names it too.
  const spelt = (e: Span, other: SentenceFeatures) => {
    const alias = aliases.get(e.text);
    return alias !== undefined && containsWords(other.text, alias);
  };
  // Attribution: both name a source, and neither source appears in the other sentence.
  const pa = page.facts.attributions;
  const ca = corpus.facts.attributions;
  const conflicted = new Set<string>();
  if (pa.some((p) => ca.some((c) => sameSource(p, c)))) out.sameSource = true;
  else if (pa.length && ca.length) {
    // The person, not the body they speak for ("Erik Sand of Baltic Freight" against "Lena Marsh").
    const who = (x: string) => contentTerms(x.split(/\s+of\s+/)[0]!);
    const p = pa.find((x) => !who(x).some((t) => corpusTerms.has(t)));
    const c = ca.find((x) => !who(x).some((t) => pageTerms.has(t)));
    if (p && c) {
      out.differences.push({ kind: 'attribution', page: p, corpus: c });
      conflicted.add(p).add(c);
    }
  } else creditedByPronoun(page, corpus, antecedents, preceding, out, conflicted);
  const affiliations = conflicted.size ? [...besideCredit(page, conflicted), ...besideCredit(corpus, conflicted)] : [];
  const involved = (e: Span) => affiliations.includes(e) || [...conflicted].some((x) => x.includes(e.text) || e.text.includes(x));
  const pageOnly: Span[] = [];
  const usedCorpus = new Set<Span>();
  for (const pe of page.facts.entities) {
    if (involved(pe)) continue;
    if (spelt(pe, corpus)) {
      out.agreements++;
      continue;
    }
    const where = locate(pe, corpus, corpusTerms);
    // A name a pronoun of the corpus sentence may stand for, unless the corpus names another doer of its act.
    if (where.status === 'found' || (where.status === 'missing' && referredTo(pe, antecedents) && !otherDoer(page, pe, corpus, pageTerms))) out.agreements++;
    else if (where.status === 'conflict') {
      usedCorpus.add(where.other);
      nameConflict(page, pe, where.other, out);
    } else pageOnly.push(pe);
  }
  // The corpus sentence's subject, where the page's is a pronoun ("In May it also sent" / "Tokyo also sent"): the one it stands for.
  const subject = PRONOUN_SUBJECT_RE.test(page.text) ? corpus.facts.entities.find((e) => e.start === 0) : undefined;
  const corpusOnly = corpus.facts.entities.filter(
    (ce) => ce !== subject && !usedCorpus.has(ce) && !involved(ce) && !spelt(ce, page) && locate(ce, page, pageTerms).status === 'missing',
  );
  const attributed = new Set(pa);
  // The page mentions none of the corpus sentence's names, a place among them ("between Asia and
  // Europe"). A body may be referred to in other words ("the group"); a place named is a fact of the claim.
  if (corpus.facts.entities.length > 0 && corpusOnly.length === corpus.facts.entities.length && corpusOnly.some((e) => isPlaceLike(e, corpus.text))) {
    out.namesAbsent = true;
  }
  const sole = pageOnly.length === 1 && corpusOnly.length === 1;
  // The one place on each side that the other does not name, whatever other names they leave out.
  const solePlace = pageOnly.filter((e) => isPlaceLike(e, page.text)).length === 1 && corpusOnly.filter((e) => isPlaceLike(e, corpus.text)).length === 1;
  // The one page name, besides those the corpus's neighbours mention, against the one corpus name.
  const unexplained = corpusOnly.length === 1 && pageOnly.length > 1 ? pageOnly.filter((pe) => !contentTerms(pe.text).every((t) => context().has(t))) : pageOnly;
  const loose = corpusOnly.length === 1 && unexplained.length === 1 ? unexplained[0] : undefined;
  // The surest pairs first: a name fills at most one slot.
  const pairs = pageOnly
    .flatMap((pe, i) => corpusOnly.map((ce, j) => ({ pe, ce, m: slotMatch(page, pe, corpus, ce, sole, pe === loose, solePlace), order: i * 100 + j })))
    .filter((x) => x.m > 0)
    .sort((a, b) => b.m - a.m || a.order - b.order);
  const paired = new Map<Span, Span>();
  for (const { pe, ce } of pairs) {
    if (paired.has(pe) || usedCorpus.has(ce)) continue;
    paired.set(pe, ce);
    usedCorpus.add(ce);
  }
  // A country in the slot of another that the page names elsewhere ("Japan published a map of
  // Chinese names" against "China published a map of Chinese names"), or the doer of the corpus's
  // act that the page names in another role ("brokered by X, was welcomed by Y" against "Y brokered").
  for (const pe of pageOnly) {
    if (paired.has(pe)) continue;
    // A region is not one country in the slot of another ("a strategy for Central Asia" / "China began").
    const place = isPlaceLike(pe, page.text) && !isRegion(pe.text);
    const ce = corpus.facts.entities.find(
      (x) => !usedCorpus.has(x) && !involved(x) && locate(pe, corpus, corpusTerms).status === 'missing' &&
        ((place && isPlaceLike(x, corpus.text) && (sharedNeighbour(page, pe, corpus, x) || sameAct(page, pe, corpus, x)) && !sameNeighbourInPage(page, corpus, x, pe)) ||
          (slotMatch(page, pe, corpus, x, false) === 3 && sameAct(page, pe, corpus, x) && inOtherRole(page, corpus, x, pe))),
    );
    if (ce) {
      paired.set(pe, ce);
      usedCorpus.add(ce);
    }
  }
  // Names that only describe a name set against another ("X of the Foreign Ministry"): part of the same difference.
  const described = new Set<Span>();
  for (const pe of paired.keys()) for (const e of besideName(page, pe)) described.add(e);
  for (const pe of pageOnly) {
    const ce = paired.get(pe);
    if (ce && sameStateByCapital(pe, ce)) out.agreements++;
    else if (ce) nameConflict(page, pe, ce, out, sameAct(page, pe, corpus, ce), corpus);
    else if (described.has(pe)) continue;
    else if (!attributed.has(pe.text) && !toldAudience(page.text, pe) && !relays(page.text, pe) && !contentTerms(pe.text).every((t) => context().has(t))) {
      // A name the corpus sentence and its neighbours never mention: the page adds a fact (who it
      // credits the claim to does not count).
      out.novel.push(pe.text);
    } else if (attributed.has(pe.text) && !ca.length && spokenByAntecedent(corpus, antecedents) && !referredTo(pe, antecedents)) {
      // The corpus sentence gives the words of someone named just before it; the page credits them
      // to a person who is not among those names: someone else's words, another claim.
      out.novel.push(pe.text);
    }
  }
  // Names around a misattributed quote (the speaker's affiliation) are part of the same difference.
  if (conflicted.size) out.differences = out.differences.filter((d) => d.kind !== 'name');
}

/** "told the Times", "said in an interview with Reuters": the outlet someone spoke to, not a fact of the claim. */
function toldAudience(text: string, e: Span): boolean {
  return /\b(?:told|tells|telling|reminded|reminds|assured|assures|(?:in\s+an\s+)?interview\s+with|speaking\s+to|spoke\s+to|said\s+to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 28), e.start));
}

/** What someone does who passes on a claim, not makes it: "X quoted Y as saying", "X accepted that ...". */
const RELAY_RE = new RegExp(
  '^(?:\\s*,[^,]{1,40},|,)?\\s+(?:quoted|quotes|(?:accepted|conceded|acknowledged|agreed|noted|recalled)\\s+that|' +
    // A paper's coverage of a story ("The Courier leads on ...", "The Sentinel picks out ...").
    '(?:leads|led)\\s+(?:on|with)|(?:picks|picked)\\s+out|(?:turns|turned)\\s+to|(?:focuses|focused)\\s+on|(?:carries|carried)\\s+(?:a|an|the)\\b)',
  'i',
);

/** A name that relays the claim ("Ms Ellison quoted Paul Kolbe as saying", "Mr Rooke accepted that"): not a fact of it. */
function relays(text: string, e: Span): boolean {
  return RELAY_RE.test(text.slice(e.end, e.end + 60));
}

/** Whether a sentence gives the words of a speaker named before it (a quotation, or "he said"). */
function spokenByAntecedent(f: SentenceFeatures, antecedents: ReadonlySet<string>): boolean {
  return antecedents.size > 0 && (f.quoteTerms.length > 0 || /\b(?:he|she)\s+(?:said|says|added|adds|told|tells|argued|argues|wrote|writes|noted|notes)\b/i.test(f.text));
}

/** A name that a pronoun of the corpus sentence stands for (named in the sentences before it). */
function referredTo(e: Span, antecedents: ReadonlySet<string>): boolean {
  const terms = contentTerms(e.text);
  return antecedents.size > 0 && terms.length > 0 && terms.every((t) => antecedents.has(t));
}

/** Words that add a second actor to a claim made of a first ("Australia is also buying"); not "to join", "followed by". */
const ADDITIVE_RE = /\b(also|too|likewise|similarly|as well|in turn|(?<!\bto )joins?|joined|followed(?! by))\b/i;

/**
 * The clause a name stands in, with the one after it ("Japan, too, is buying"): where a word that
 * adds it to another actor would be. An "also" clauses away is about something else ("It is also
 * looking for specialists who worked on X, a warship first deployed by the Soviet Union").
 */
function clauseAround(text: string, e: Span): string {
  const marks = /[,;:()\u2014\u2013]/g;
  let from = 0;
  for (const m of text.slice(0, e.start).matchAll(marks)) from = m.index + 1;
  let to = text.length;
  let seen = 0;
  for (const m of text.slice(e.end).matchAll(marks)) {
    if (++seen === 2) {
      to = e.end + m.index;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * Two names in the same slot: another name given for the same claim. A country against a country
 * is another place or actor for the same claim, unless the page presents it as a second one, in
 * addition to the first ("X is also buying"): then it is another claim. Two doers of the same act
 * are another actor when both are countries, or one is a country and the other a body.
 */
function nameConflict(page: SentenceFeatures, pe: Span, ce: Span, out: FactComparison, doers = false, corpus?: SentenceFeatures): void {
  const place = isPlaceLike(pe, page.text);
  const otherKind = place !== isPlaceLike(ce, corpus?.text) && !(doers && isBody(place ? ce : pe));
  // Where the corpus adds its name to another actor too ("Tokyo also sent ... to X"), the page's "also" is the corpus's.
  const added = ADDITIVE_RE.test(clauseAround(page.text, pe)) && !(corpus && ADDITIVE_RE.test(clauseAround(corpus.text, ce)));
  if (otherKind || ((place || doers) && added)) out.novel.push(pe.text);
  else {
    out.differences.push({ kind: 'name', page: pe.text, corpus: ce.text });
    if (corpus && placedBoth(page.text, pe, corpus.text, ce)) out.namedPlaces = true;
  }
}

/** "the city of X", "the province of X": a name the sentence itself calls a place. */
const PLACE_OF_RE = /\b(?:city|town|village|province|region|district|county|port|capital|island|state)\s+of\s+$/i;

function namedPlace(text: string, e: Span): boolean {
  return PLACE_OF_RE.test(text.slice(Math.max(0, e.start - 24), e.start));
}

/** "in X": where something happens, a place when the other sentence calls its name in that slot one. */
const IN_RE = /\bin\s+$/i;

/**
 * Two names both read as places: two known countries, each called a place ("the city of X" / "the
 * city of Y"), or one called a place and the other where something happens ("a forum in X" / "a
 * forum in the city of Y").
 */
function placedBoth(pageText: string, pe: Span, corpusText: string, ce: Span): boolean {
  if (isKnownPlace(pe.text) && isKnownPlace(ce.text) && !isRegion(pe.text) && !isRegion(ce.text)) return true;
  const p = namedPlace(pageText, pe);
  const c = namedPlace(corpusText, ce);
  const pIn = IN_RE.test(pageText.slice(Math.max(0, pe.start - 4), pe.start));
  const cIn = IN_RE.test(corpusText.slice(Math.max(0, ce.start - 4), ce.start));
  return (p && c) || (p && cIn) || (c && pIn);
}

