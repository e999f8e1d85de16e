import type { Token } from '@/lib/text/tokenize';
import type { Span } from './fact-types';
import { placeTermOf } from './entities';

/** Verbs that attribute a statement to its source. */
export const REPORT_VERBS = new Set([
  'said', 'says', 'reported', 'reports', 'notes', 'told', 'tells', 'noted', 'added', 'adds',
  'wrote', 'writes', 'stated', 'claimed', 'argued', 'argues', 'warned', 'warns', 'concluded',
  'concludes', 'announced', 'announces', 'explained', 'explains', 'revealed', 'reveals', 'described', 'describes',
  'insisted', 'insists', 'acknowledged', 'confirmed', 'confirms', 'denied', 'denies', 'estimated',
  'pointed', 'remarked', 'observed', 'alleged', 'alleges', 'suggested', 'suggests',
  // Verbs that credit a judgement or an appeal to its speaker.
  'praised', 'praises', 'urged', 'urges', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'stressed', 'stresses',
  'highlighted', 'highlights', 'singled', 'criticised', 'criticized', 'criticises', 'criticizes', 'welcomed', 'welcomes',
  'hailed', 'hails', 'commented', 'predicted', 'predicts', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises',
  'admitted', 'admits', 'conceded', 'concedes', 'recalled', 'recalls', 'cautioned', 'cautions', 'declared', 'declares',
  'asserted', 'asserts', 'accused', 'accuses', 'blamed', 'blames', 'condemned', 'condemns',
]);
const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'previously', 'earlier', 'recently', 'was', 'is', 'first']);
const LEAD_INS = new Set(['the', 'mr', 'mrs', 'ms', 'dr', 'professor', 'prof', 'president', 'colonel', 'general', 'secretary', 'minister', 'defence', 'defense', 'prime', 'foreign', 'deputy', 'vice', 'chief', 'senator', 'governor', 'mayor', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'premier', 'major', 'captain', 'lieutenant', 'admiral', 'commander', 'sir', 'lord', 'lady']);

/** Words set off by commas between a speaker and the verb ("Trump, meanwhile, has warned"). */
const ASIDES = new Set(['meanwhile', 'however', 'though', 'too', 'also', 'instead', 'separately', 'likewise', 'similarly', 'again', 'now', 'then', 'later', 'earlier']);

/** A quotation right after "called" (past "it" or "them"). */
const CALLED_QUOTE_RE = /^\s+(?:it\s+|them\s+|this\s+)?['"\u2018\u201c]/;

/** What a named source is, between its name and the verb ("Reuters news agency reported"). */
export const SOURCE_NOUNS = new Set(['news', 'agency', 'newspaper', 'paper', 'daily', 'weekly', 'broadcaster', 'magazine', 'outlet', 'website', 'channel', 'network', 'tabloid', 'journal']);

/** Titles between a reporting verb and the name it credits ("said Prime Minister Shigeru Ishiba"). */
const LEAD_IN_RE = new RegExp(`\\b(?:${[...LEAD_INS].filter((w) => w !== 'the').join('|')})\\b\\.?`, 'gi');

/**
 * Whether what follows a name after a reporting verb ends the credit ("said Andrei Soldatov, an
 * expert", "said Soldatov of Agentura"), rather than going on with the reported clause, of which the
 * name is the subject ("said Putin believes ...").
 */
function closesSource(rest: string): boolean {
  return /^\s*(?:$|[,.;:!?)'"\u2019\u201d\u2014\u2013-]|(?:of|who|whose|from|at|in|on|to|when|while|after|and|as|during|told|last|this|on)\b)/i.test(rest);
}

/**
 * Who a sentence attributes its claim to: a name right after a reporting verb ("said Andrei
 * Soldatov", "according to the NYT"), or the name that is the verb's subject ("CNN reported",
 * "The Diplomat, a magazine, notes"). Names after "citing" are the source's source and are skipped.
 */
export function extractAttributions(text: string, tokens: Token[], entities: Span[]): string[] {
  const out = creditsBefore(text, tokens, entities);
  const lead = out.length ? undefined : colonSpeaker(text, entities);
  if (lead) out.push(lead.text);
  return out;
}

/**
 * "Soldatov reached for an old adage: there is no such thing as ...", "Kolbe put it bluntly: ...":
 * the words after the colon are those of the name that opens the sentence (a person, not a place).
 */
function colonSpeaker(text: string, entities: Span[]): Span | undefined {
  const m = COLON_LEAD_RE.exec(text);
  const first = entities[0];
  if (!m || !first || first.start !== 0 || first.end > m[0].length) return undefined;
  return placeTermOf(first.text.split(/\s+/)[0]!.toLowerCase()) === null ? first : undefined;
}

/** A name, a few lower-case words about how it spoke, and a colon before a clause. */
const COLON_LEAD_RE = /^[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*\s+(?:[a-z][\w'-]*,?\s+){0,6}[a-z][\w'-]*:\s+\S/;

function creditsBefore(text: string, tokens: Token[], entities: Span[]): string[] {
  const out: string[] = [];
  const entityStartingAt = (pos: number) => entities.find((e) => e.start === pos);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const according = t.norm === 'according' && tokens[i + 1]?.norm === 'to';
    if (t.norm === 'quoted' || t.norm === 'quotes') {
      const quoted = quotedAsSaying(text, entities, t.end);
      if (quoted) out.push(quoted.text);
      continue;
    }
    // "what Rubio has called 'two nuclear powers'": a name for something, in the speaker's words.
    const calledQuote = (t.norm === 'called' || t.norm === 'calls' || t.norm === 'dubbed') && CALLED_QUOTE_RE.test(text.slice(t.end, t.end + 12));
    if (!REPORT_VERBS.has(t.norm) && !according && !calledQuote) continue;
    // "told Xinhua", "tells reporters": the name after the verb is the audience, not the source.
    const toAudience = t.norm === 'told' || t.norm === 'tells';
    // Name after the verb, past titles and articles.
    let j = i + (according ? 2 : 1);
    while (j < tokens.length && LEAD_INS.has(tokens[j]!.norm)) j++;
    const after = tokens[j] && entityStartingAt(tokens[j]!.start);
    const from = according ? tokens[i + 1]!.end : t.end;
    const credited = after && !toAudience &&
      /^[\s,]*(?:the\s+)?$/i.test(text.slice(from, after.start).replace(LEAD_IN_RE, ''));
    if (credited && (according || closesSource(text.slice(after.end)))) {
      out.push(after.text);
      continue;
    }
    if (according) continue;
    const cleft = cleftSpeaker(text, entities, t.start);
    if (cleft) {
      out.push(cleft.text);
      continue;
    }
    const subject = subjectBefore(text, tokens, entities, i);
    if (subject) out.push(subject.text);
    // "... said Putin believes": with no named speaker before the verb, the name after it is the best guess.
    else if (credited) out.push(after.text);
  }
  return out;
}

/** Where "X quoted Y" gives Y's words: "as saying", "as telling", "as having said". */
const AS_SAYING_RE = /\bas\s+(?:saying|telling|stating|writing|having\s+said)\b|,\s+(?:saying|recalling|warning|arguing|noting|adding)\b/i;

/**
 * "X quoted Y as saying ...": the words are Y's, the first name after "quoted" that is not a place
 * ("quoted Japan's defence minister, Gen Nakatani, as saying"); X only relays them.
 */
function quotedAsSaying(text: string, entities: Span[], from: number): Span | undefined {
  const as = AS_SAYING_RE.exec(text.slice(from, from + 120));
  if (!as) return undefined;
  const to = from + as.index;
  return entities.find((e) => e.start >= from && e.end <= to && placeTermOf(e.text.split(/\s+/)[0]!.toLowerCase()) === null);
}

/** "It was Soldatov, though, who warned", "It was Defence Minister X who": the speaker set apart before "who", past a title. */
const CLEFT_RE = /\b[Ii]t\s+was\s+(?:also\s+)?(?:(?:[A-Z][\w'-]*|of)\s+){0,4}$/;

/** The name a cleft sentence puts first ("It was Soldatov, though, who warned") for the verb at `verbStart`. */
function cleftSpeaker(text: string, entities: Span[], verbStart: number): Span | undefined {
  const before = text.slice(0, verbStart);
  const who = /\bwho\s+(?:(?:also|later|first|then|had|has)\s+)?$/i.exec(before);
  if (!who) return undefined;
  return entities.find((e) => e.end <= who.index && CLEFT_RE.test(text.slice(0, e.start)) && /^(?:\s*,[^,]{0,30},)?\s*$/.test(text.slice(e.end, who.index)));
}

/** The named subject of the reporting verb at token i, past auxiliaries and one appositive between commas. */
function subjectBefore(text: string, tokens: Token[], entities: Span[], i: number): Span | undefined {
  {
    let k = i - 1;
    while (k >= 0 && AUXILIARIES.has(tokens[k]!.norm)) k--;
    // "Reuters news agency reported", "The Guardian newspaper says": the name before what it is.
    for (let n = 0; n < 2 && k > 0 && SOURCE_NOUNS.has(tokens[k]!.norm) && /^ +$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && /^ +$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)); n++) k--;
    if (k < 0) return undefined;
    // "Trump, meanwhile, has warned": a word set off by commas parts the name from its verb.
    if (k > 0 && ASIDES.has(tokens[k]!.norm) && /^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && /^\s*,\s*$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) {
      const named = entities.find((e) => e.end === tokens[k - 1]!.end);
      if (named) return named;
    }
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    let subject: Span | undefined;
    // "Israel Jr. said": the abbreviation's full stop does not part the name from its verb.
    const abbreviated = /^\.\s+$/.test(gap) && /^(jr|sr|[a-z])$/.test(tokens[k]!.norm);
    if (/^\s*$/.test(gap) || abbreviated) subject = entities.find((e) => e.end === tokens[k]!.end);
    else if (/^,\s*$/.test(gap)) {
      // "The company's chief, Marta Ruiz, said": the name is the appositive itself.
      const named = entities.find((e) => e.end === tokens[k]!.end && /,\s*$/.test(text.slice(Math.max(0, e.start - 3), e.start)));
      // "X, an appositive, says": the name ends where the appositive opens.
      const open = text.lastIndexOf(',', tokens[k]!.start);
      if (named) subject = named;
      else if (open > 0) subject = entities.find((e) => e.end <= open && /^\s*$/.test(text.slice(e.end, open)));
    }
    return subject && !/\bciting\s+[^,]*$/i.test(text.slice(0, subject.start)) ? subject : undefined;
  }
}
