import type { FactComparison } from './compare';

/** Words between a describing name and the name it describes ("Japanese automaker Nissan"). */
const DESCRIBED_RE = /^\s+(?:[a-z-]+\s+){0,3}$/;

/** Where `a` describes `b` in a text ("Japanese" ... "Nissan"), the span from one to the other. */
function describes(text: string, a: string, b: string): string | null {
  const at = text.indexOf(a);
  if (at < 0) return null;
  const to = text.indexOf(b, at + a.length);
  if (to < 0 || !DESCRIBED_RE.test(text.slice(at + a.length, to))) return null;
  return text.slice(at, to + b.length);
}

/**
 * Two changed names where one only describes the other on both sides ("Japanese automaker Nissan"
 * against "French automaker Renault"): one thing named otherwise, so one difference.
 */
export function mergeDescribedNames(pageText: string, corpusText: string, out: FactComparison): void {
  const names = out.differences.filter((d) => d.kind === 'name');
  if (names.length !== 2) return;
  for (const [a, b] of [[names[0]!, names[1]!], [names[1]!, names[0]!]] as const) {
    const page = describes(pageText, a.page, b.page);
    const corpus = describes(corpusText, a.corpus, b.corpus);
    if (page && corpus) {
      out.differences = out.differences.filter((d) => d !== a && d !== b);
      out.differences.push({ kind: 'name', page, corpus });
      return;
    }
  }
}
