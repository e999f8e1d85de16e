import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';

/** Last words of the name of a body a speaker belongs to ("Keio University", "the Carnegie Endowment"). */
const BODIES = 'University|Institute|Institution|Centre|Center|College|School|Foundation|Council|Academy|Endowment|Observatory';
const BODY_RE = new RegExp(`^(?:${BODIES})$`);
/** Any such word in a text, for a cheap first look. */
const ANY_BODY_RE = new RegExp(`\\b(?:${BODIES})\\b`);
/** A name, then "of", "at" or "from" a body, or an appositive ending at one, within a short reach. */
const AFTER_NAME_RE = /^(?:\s+(?:of|at|from)\s+(?:the\s+)?|,\s+(?:an?|the)\s+[^,;:.]{0,60}?\b(?:of|at|from)\s+(?:the\s+)?)$/;

/** A person's name and a body's read as one ("Satoru Mori of Waseda University"). */
const JOINED_RE = new RegExp(`^(.+?)\\s+(?:of|at)\\s+(?:the\\s+)?([A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*)*\\s+(?:${BODIES}))$`);

/** Affiliations of each analysed sentence, read once (a sentence is compared with several others). */
const read = new WeakMap<SentenceFeatures, Map<string, string>>();

/** The body each named person a sentence gives one for belongs to, by surname. */
function affiliationsOf(f: SentenceFeatures): Map<string, string> {
  let out = read.get(f);
  if (out) return out;
  out = new Map<string, string>();
  read.set(f, out);
  const { entities } = f.facts;
  for (const e of entities) {
    // One name read across "of": "Satoru Mori of Waseda University".
    const joined = JOINED_RE.exec(e.text);
    if (joined && /\s/.test(joined[1]!)) out.set(joined[1]!.split(/\s+/).pop()!.toLowerCase(), joined[2]!);
  }
  for (const body of entities) {
    const words = body.text.split(/\s+/);
    if (words.length < 2 || !BODY_RE.test(words[words.length - 1]!)) continue;
    const person = [...entities].reverse().find((e) => e.end <= body.start && e !== body && /\s/.test(e.text) && AFTER_NAME_RE.test(f.text.slice(e.end, body.start)));
    if (person) out.set(person.text.split(/\s+/).pop()!.toLowerCase(), body.text);
  }
  return out;
}

/**
 * The same person said to belong to another body ("Professor X of Waseda University" against "X,
 * a professor at Keio University"): a changed name.
 */
export function compareAffiliations(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (out.differences.length || !ANY_BODY_RE.test(page.text) || !ANY_BODY_RE.test(corpus.text)) return;
  const mine = affiliationsOf(page);
  if (!mine.size) return;
  const theirs = affiliationsOf(corpus);
  for (const [surname, body] of mine) {
    const other = theirs.get(surname);
    if (!other || other === body || corpus.text.includes(body) || page.text.includes(other)) continue;
    out.differences.push({ kind: 'name', page: body, corpus: other });
    out.novel = out.novel.filter((n) => !n.includes(body));
    return;
  }
}
