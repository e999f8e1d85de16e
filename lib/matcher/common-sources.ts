import type { FactComparison } from './compare';
import { contentTerms, type SentenceFeatures } from './features';

/** "according to the company", "according to a statement from the city government": a source named by what it is. */
const ACCORDING_RE = /\baccording\s+to\s+(?:(?:a|an|the)\s+)?(?:(?:statement|report|notice|release|post|filing)\s+(?:from|by|of)\s+)?(?:(?:a|an|the|its|their)\s+)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)/;
/** Bodies a claim may be credited to by what they are, rather than by name. */
const BODIES = new Set([
  'company', 'government', 'ministry', 'agency', 'police', 'military', 'army', 'navy', 'council', 'court', 'officials',
  'media', 'embassy', 'regulator', 'bank', 'union', 'party', 'prosecutors', 'investigators', 'carmaker', 'group', 'firm',
]);

function sourceOf(f: SentenceFeatures): string | null {
  if (f.facts.attributions.length) return null;
  const words = ACCORDING_RE.exec(f.text)?.[1]?.split(/\s+/);
  if (!words) return null;
  // The body is the last word of the phrase before anything that is not part of it ("the city government said").
  const at = words.findIndex((w) => BODIES.has(w));
  return at < 0 ? null : words.slice(0, at + 1).join(' ');
}

/**
 * The same claim credited to a different body named by what it is ("according to the company" /
 * "according to a statement from the city government"): a changed attribution. Names are compared
 * by the name rules; a source that is no body ("according to the report") is not compared.
 */
export function compareCommonSources(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  const p = sourceOf(page);
  const c = p && sourceOf(corpus);
  if (!p || !c) return;
  const theirs = new Set(contentTerms(c));
  if (contentTerms(p).some((t) => theirs.has(t))) return;
  out.differences.push({ kind: 'attribution', page: p, corpus: c });
}
