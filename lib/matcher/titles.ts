import type { FactComparison } from './compare';
import type { Span } from './fact-types';
import type { SentenceFeatures } from './features';

/** Military ranks, with their written short forms. */
const RANKS: Record<string, string> = {
  general: 'general', gen: 'general', colonel: 'colonel', col: 'colonel', major: 'major', maj: 'major',
  captain: 'captain', capt: 'captain', lieutenant: 'lieutenant', lt: 'lieutenant', sergeant: 'sergeant', sgt: 'sergeant',
  admiral: 'admiral', adm: 'admiral', commander: 'commander', cmdr: 'commander', brigadier: 'brigadier', marshal: 'marshal',
  commodore: 'commodore', corporal: 'corporal',
};
/** Words that make an office a lesser or another one ("deputy director", "vice president", "acting mayor"). */
const GRADES = new Set(['deputy', 'vice', 'assistant', 'acting', 'interim', 'associate']);
/** Offices, each with the one word it is written as in this comparison. */
const OFFICES: Record<string, string> = {
  director: 'director', minister: 'minister', secretary: 'secretary', chairman: 'chairman', chairwoman: 'chairman',
  chairperson: 'chairman', chair: 'chairman', president: 'president', founder: 'founder', ceo: 'chief executive',
  executive: 'chief executive', spokesman: 'spokesman', spokeswoman: 'spokesman', spokesperson: 'spokesman',
  ambassador: 'ambassador', consul: 'consul', governor: 'governor', mayor: 'mayor', professor: 'professor',
  editor: 'editor', analyst: 'analyst', adviser: 'adviser', advisor: 'adviser', premier: 'premier', chancellor: 'chancellor',
  commissioner: 'commissioner', envoy: 'envoy', dean: 'dean', treasurer: 'treasurer', owner: 'owner',
};
/** Words for whoever leads a body, which may stand for any of its offices. */
const GENERIC = new Set(['head', 'chief', 'leader', 'boss', 'official', 'officer', 'representative']);

/** Any title word, for a cheap first look. */
const TITLE_WORD_RE = new RegExp(`\\b(?:${[...Object.keys(RANKS), ...Object.keys(OFFICES), ...GRADES, ...GENERIC].join('|')})\\b`, 'i');

/** The titles a sentence gives a person: ranks, offices and grades, read as one word each. */
interface Titles {
  ranks: Set<string>;
  offices: Set<string>;
  grades: Set<string>;
  /** The words of the title as written, with the name. */
  text: string;
}

const WORD_RE = /[A-Za-z]+/g;

function read(words: string[], into: Titles): void {
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (RANKS[w] && (w !== 'major' || raw === 'Major') && (w !== 'general' || raw === 'General')) into.ranks.add(RANKS[w]!);
    else if (OFFICES[w]) into.offices.add(OFFICES[w]!);
    else if (GRADES.has(w)) into.grades.add(w);
  }
}

/** Marks that end the words describing a name. */
const BREAK_RE = /[.;:!?()"\u201c\u201d]|,\s*(?:and|but|who|which|said|says|told)\b/;

/**
 * Titles of a person named at `e`: in the name itself ("Colonel Ito"), in the words just before it
 * within its clause ("Geely founder Li Shufu", "deputy director Alexander Gabuev"), and in an
 * apposition right after it ("Gabuev, the director of the centre,").
 */
function titlesOf(f: SentenceFeatures, e: Span): Titles {
  const out: Titles = { ranks: new Set(), offices: new Set(), grades: new Set(), text: e.text };
  const before = f.text.slice(Math.max(0, e.start - 50), e.start);
  const clause = before.split(/[.;:!?()"\u201c\u201d,]/).pop() ?? '';
  const beforeWords = clause.match(WORD_RE) ?? [];
  // Only the words right before the name: a title, or a body's name before it ("Geely founder").
  const lead: string[] = [];
  for (let i = beforeWords.length - 1; i >= 0 && lead.length < 4; i--) {
    const w = beforeWords[i]!;
    const lower = w.toLowerCase();
    if (RANKS[lower] || OFFICES[lower] || GRADES.has(lower) || GENERIC.has(lower) || /^[A-Z]/.test(w) || lower === 's' || lower === 'and' || lower === 'of') lead.unshift(w);
    else break;
  }
  read(lead, out);
  read(e.text.match(WORD_RE) ?? [], out);
  const after = f.text.slice(e.end);
  const apposition = /^\s*,\s*((?:the|a|an)\s+)?([^,]{0,80})/.exec(after);
  let described = '';
  if (apposition && !/^\s*,\s*(?:and|but|who|which|said|says|told)\b/.test(after)) {
    const part = apposition[2]!.split(BREAK_RE)[0]!.trim();
    const before = out.ranks.size + out.offices.size + out.grades.size;
    read(part.match(WORD_RE) ?? [], out);
    if (out.ranks.size + out.offices.size + out.grades.size > before) described = `, ${apposition[1] ?? ''}${part}`;
  }
  const from = lead.length ? f.text.lastIndexOf(lead[0]!, e.start) : e.start;
  out.text = f.text.slice(from >= 0 ? from : e.start, e.end) + described;
  return out;
}

/** "Geely's chief executive said", "the deputy minister told": a speaker given by office alone. */
const ROLE_SPEAKER_RE = /(?:^|[,;]\s*|\b(?:the|its|their|[A-Z][\w-]*(?:'s|s'))\s+)((?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:said|says|told|tells|added|adds|noted|notes|argued|argues|warned|warns)\b/g;

/** The offices of a speaker the page names by office alone (no name of a person next to it). */
function roleSpeaker(f: SentenceFeatures): { text: string; titles: Titles } | null {
  for (const m of f.text.matchAll(ROLE_SPEAKER_RE)) {
    const titles: Titles = { ranks: new Set(), offices: new Set(), grades: new Set(), text: m[1]! };
    const words = m[1]!.split(/\s+/);
    // Every word a title word: "chief executive", "deputy minister" (not "the company said").
    if (!words.every((w) => RANKS[w] || OFFICES[w] || GRADES.has(w) || GENERIC.has(w))) continue;
    read(words, titles);
    if (!titles.offices.size && !titles.ranks.size) continue;
    // With the whole name of the body before it ("Harbour Lines' chief executive").
    const owner = /(?:[A-Z][\w-]*\s+)*$/.exec(f.text.slice(0, m.index! + m[0].search(/\S/) + (m[0].trimStart().startsWith(',') ? 1 : 0)))?.[0] ?? '';
    return { text: (owner + m[0].replace(/\s+\w+$/, '').replace(/^[,;\s]+/, '')).trim(), titles };
  }
  return null;
}

/**
 * The page credits the claim to an office (with no name) that the corpus's named speaker does not
 * hold ("Geely's chief executive said" against "Geely's chairman and founder Li Shufu said").
 */
function officeAgainstSpeaker(page: SentenceFeatures, corpus: SentenceFeatures): FactComparison['differences'][number] | null {
  if (page.facts.attributions.length || !corpus.facts.attributions.length) return null;
  const role = roleSpeaker(page);
  if (!role) return null;
  const speaker = corpus.facts.entities.find((e) => corpus.facts.attributions.includes(e.text));
  if (!speaker) return null;
  const c = titlesOf(corpus, speaker);
  const p = role.titles;
  if (disjoint(p.offices, c.offices) || disjoint(p.ranks, c.ranks)) return { kind: 'attribution', page: role.text, corpus: c.text };
  return null;
}

/** The last word of a person's name, as both sides are likely to write it ("Ito" of "Colonel Ito"). */
function surname(e: Span): string | null {
  const words = e.text.match(/[A-Z][a-z'\u2019-]+/g);
  if (!words || words.length === 0) return null;
  const last = words[words.length - 1]!;
  return RANKS[last.toLowerCase()] || OFFICES[last.toLowerCase()] ? null : last;
}

const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/**
 * One person with another title on each side: another rank ("Major Ito" against "Colonel Ito"), or
 * the same office with a grade on one side only ("deputy director Gabuev" against "director
 * Gabuev"). A side that gives no title, or a title the other leaves out, says nothing against it.
 */
export function compareTitles(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (out.differences.some((d) => d.kind === 'name' || d.kind === 'attribution')) return;
  if (!TITLE_WORD_RE.test(page.text) || !TITLE_WORD_RE.test(corpus.text)) return;
  const office = officeAgainstSpeaker(page, corpus);
  if (office) {
    out.differences.push(office);
    return;
  }
  for (const ce of corpus.facts.entities) {
    const name = surname(ce);
    if (!name) continue;
    const pe = page.facts.entities.find((x) => surname(x) === name);
    if (!pe) continue;
    const p = titlesOf(page, pe);
    const c = titlesOf(corpus, ce);
    const sharedOffice = [...p.offices].some((o) => c.offices.has(o));
    const graded = sharedOffice && (disjoint(p.grades, c.grades) || (p.grades.size > 0) !== (c.grades.size > 0));
    if (disjoint(p.ranks, c.ranks) || graded) {
      out.differences.push({ kind: 'name', page: p.text, corpus: c.text });
      return;
    }
  }
}
