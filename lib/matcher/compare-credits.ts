import type { FactComparison } from './compare';
import type { Span } from './fact-types';
import type { SentenceFeatures } from './features';
import { bareQuotation, personTerms, refersToPerson, speakerBefore, speakerWithin, spokenByPronoun, type Preceding } from './speakers';

/**
 * A credit given by a pronoun on one side ("'...,' he said", the speaker named in the sentence
 * before) and by name, or by another pronoun, on the other: an attribution swap when the speaker
 * the pronoun stands for is not the one credited on the other side. A pronoun is read as anyone
 * named in the sentences before it, so a swap is found only when none of them is the other side's speaker.
 */
export function creditedByPronoun(
  page: SentenceFeatures,
  corpus: SentenceFeatures,
  antecedents: ReadonlySet<string>,
  preceding: Preceding,
  out: FactComparison,
  conflicted: Set<string>,
): void {
  const pa = page.facts.attributions;
  const ca = corpus.facts.attributions;
  const pagePronoun = !pa.length && spokenByPronoun(page);
  const corpusPronoun = !ca.length && antecedents.size > 0 && spokenByPronoun(corpus);
  if (!(pagePronoun && (ca.length || corpusPronoun)) && !(corpusPronoun && pa.length)) return;
  // The page may name its speaker in the sentence itself, outside the quotation ("Ito was blunt: '...'").
  const within = pagePronoun ? speakerWithin(page) : undefined;
  const pageSpeaker = pagePronoun && !within ? speakerBefore(preceding.page(), refersToPerson(page)) : undefined;
  const corpusSpeaker = corpusPronoun ? speakerBefore(preceding.corpus(), refersToPerson(corpus)) : undefined;
  const p = pagePronoun ? (within ?? pageSpeaker?.name) : pa[0];
  const c = corpusPronoun ? corpusSpeaker?.name : ca[0];
  if (!p || !c) return;
  const pageNames = new Set([...page.terms, ...(pageSpeaker?.named ?? [])]);
  // A "he said" may stand for any name before it; a bare quotation continues its speaker's words only.
  const corpusReferents = !corpusSpeaker ? [] : bareQuotation(corpus) ? personTerms(corpusSpeaker.name) : [...antecedents, ...corpusSpeaker.named];
  const corpusNames = new Set([...corpus.terms, ...corpusReferents]);
  if (personTerms(c).some((t) => pageNames.has(t)) || personTerms(p).some((t) => corpusNames.has(t))) {
    out.sameSource = true;
    return;
  }
  out.differences.push({ kind: 'attribution', page: p, corpus: c });
  conflicted.add(p).add(c);
}

/** What may stand between a credited name and the body it speaks for (", CEO of", " of the", ", the head of the"). */
const AFFILIATION_GAP_RE = /^(?:\s+of\s+|,\s*)[^,.;:"]{0,40}$/;

/** What may stand between a country or a body and a person it qualifies ("Poland's foreign minister, "). */
const OWNER_GAP_RE = /^'s\s+[a-z][a-z\s-]{0,40},?\s*$/;
/** A name before a title before the name it describes ("British consul general X", "French automaker X"). */
const TITLE_GAP_RE = /^\s+(?:[a-z][a-z-]*\s+){1,3}$/;

/**
 * Names that describe a name: in its appositive ("X, CEO of SCOR Reinsurance", "X of the Foreign
 * Ministry"), owning it ("Poland's foreign minister, X") or before its title ("British consul general
 * X"). Part of the name, not facts of their own.
 */
export function besideName(f: SentenceFeatures, name: { start: number; end: number }): Span[] {
  return f.facts.entities.filter(
    (e) =>
      (e.start >= name.end && AFFILIATION_GAP_RE.test(f.text.slice(name.end, e.start))) ||
      (e.end <= name.start && (OWNER_GAP_RE.test(f.text.slice(e.end, name.start)) || TITLE_GAP_RE.test(f.text.slice(e.end, name.start)))),
  );
}

/** Names in the appositive of a credited speaker ("X, CEO of SCOR Reinsurance"): part of the credit, not facts of their own. */
export function besideCredit(f: SentenceFeatures, credited: ReadonlySet<string>): Span[] {
  const out: Span[] = [];
  for (const name of credited) {
    const at = f.text.indexOf(name);
    if (at >= 0) out.push(...besideName(f, { start: at, end: at + name.length }));
  }
  return out;
}
