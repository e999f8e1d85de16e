import { REPORT_VERBS } from './attribution';
import { contentTerms, type LightFeatures } from './features';

const VERBS = [...REPORT_VERBS].join('|');

/**
 * A reporting verb or "according to" just before the source, past a few words of title ("said
 * Professor", "according to the"). The credit runs on from there.
 */
const CUE_BEFORE_RE = new RegExp(`\\b(?:according\\s+to|${VERBS})(?:\\s+[A-Za-z.'\u2019-]+){0,3}\\s+$`, 'i');

/** What may describe a source after its name: up to where a new clause begins (", adding that", ", who ..."). */
const DESCRIPTION_END_RE = /,?\s+(?:adding|who|which|while|whereas|but|although|because)\b|[;:]/i;

/**
 * The source as the subject of a reporting verb, past one appositive between commas ("X, a professor
 * at Y, said that"), with when it said so ("said last year", "said on Tuesday").
 */
const VERB_AFTER_RE = new RegExp(`^(?:\\s*,[^,]{0,100},)?\\s+(?:has\\s+|had\\s+|also\\s+)?(?:${VERBS})\\b(?:\\s+that\\b|\\s+(?:last|this|on|in)\\s+[A-Za-z]+)?`, 'i');

/** Capitalised words of a title just before a name ("Secretary of State Marco Rubio said"). */
const TITLE_BEFORE_RE = /(?:\b[A-Z][a-z]+\s+(?:of\s+)?){1,4}$/;

/**
 * The words of a sentence that credit its claim to `source` (a name the sentence credits): the
 * source, the words that describe it and the verb or phrase that credits it ("..., according to
 * Satoru Mori, a professor at Keio University", "Kazuto Suzuki, director of the Institute, said
 * that ..."). Null when the sentence does not show the source with a credit around it.
 */
export function creditClause(text: string, source: string): string | null {
  const at = text.indexOf(source);
  if (at < 0) return null;
  const end = at + source.length;
  const cue = CUE_BEFORE_RE.exec(text.slice(0, at));
  if (cue) {
    const rest = text.slice(end);
    const stop = DESCRIPTION_END_RE.exec(rest);
    return text.slice(cue.index, end + (stop ? stop.index : rest.length));
  }
  const verb = VERB_AFTER_RE.exec(text.slice(end));
  if (!verb) return null;
  const title = TITLE_BEFORE_RE.exec(text.slice(0, at));
  return text.slice(title ? title.index : at, end + verb[0].length);
}

/**
 * A sentence without the clause crediting `source`: its terms less those of the clause (what it
 * claims, not who is said to claim it), and the clause itself. Null when no credit clause is found.
 */
export function claimWithoutCredit(f: LightFeatures, source: string): { claim: LightFeatures; clause: string } | null {
  const clause = creditClause(f.text, source);
  if (!clause) return null;
  const credit = new Set(contentTerms(clause));
  const terms = f.terms.filter((t) => !credit.has(t));
  return { claim: { text: f.text, terms, entityTerms: f.entityTerms, quoteTerms: f.quoteTerms }, clause };
}
