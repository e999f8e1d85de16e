import { contentTerms, type LightFeatures } from './features';

/**
 * Acronyms and the names they stand for ("GBA" / "Greater Bay Area"): the capitalised runs of a
 * sentence by their initials, and the acronyms it writes in capitals. Each read once per sentence.
 */

const CONNECTOR_RE = /^(of|and|the|for|de)$/i;
/**
 * Two capitalised words with only spaces, hyphens and connectors between them: what any run of two
 * names or more needs (most sentences have none).
 */
const TWO_CAPITALS_RE = /[A-Z][A-Za-z']*(?:[\s-]+(?:[Oo][Ff]|[Aa][Nn][Dd]|[Tt][Hh][Ee]|[Ff][Oo][Rr]|[Dd][Ee])(?![A-Za-z']))*[\s-]+[A-Z]/;

/** The terms of the capitalised runs of a sentence, by their initials. */
export interface Acronyms {
  get(initials: string): readonly string[] | undefined;
}

const runsCache = new WeakMap<LightFeatures, Acronyms>();

/**
 * The capitalised runs of a sentence by their initials (as capitalRuns), read when first asked
 * for; the terms of a run are read only for the initials asked for.
 */
export function acronymsOf(f: LightFeatures): Acronyms {
  let runs = runsCache.get(f);
  if (!runs) {
    const parts = capitalParts(f.text);
    const terms = new Map<string, string[]>();
    runs = {
      get(initials) {
        let out = terms.get(initials);
        if (out === undefined) {
          const part = parts.get(initials);
          if (!part) return undefined;
          terms.set(initials, (out = part.flatMap((w) => contentTerms(w))));
        }
        return out;
      },
    };
    runsCache.set(f, runs);
  }
  return runs;
}

/**
 * Runs of capitalised words and their initials, so that an acronym on one side matches the name
 * spelt out on the other ("GBA" / "Greater Bay Area"): every stretch of 2-6 words of each run,
 * by its initials (the first stretch with those initials).
 */
function capitalParts(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!TWO_CAPITALS_RE.test(text)) return out;
  let run: string[] = [];
  const flush = () => {
    if (run.length < 2) {
      run = [];
      return;
    }
    const words = run.filter((w) => !CONNECTOR_RE.test(w));
    for (let i = 0; i < words.length; i++) {
      let initials = words[i]![0]!.toLowerCase();
      for (let j = i + 2; j <= Math.min(words.length, i + 6); j++) {
        initials += words[j - 1]![0]!.toLowerCase();
        if (!out.has(initials)) out.set(initials, words.slice(i, j));
      }
    }
    run = [];
  };
  let last = -1;
  for (const m of text.matchAll(/[A-Za-z][A-Za-z']*/g)) {
    const gap = last < 0 ? '' : text.slice(last, m.index);
    const joined = /^[\s-]*$/.test(gap);
    if (!joined) flush();
    if (/^[A-Z]/.test(m[0]) || (run.length && CONNECTOR_RE.test(m[0]))) run.push(m[0]);
    else flush();
    last = m.index + m[0].length;
  }
  flush();
  return out;
}

const CAPITALS_RE = /[A-Z][A-Z.]*[A-Z]/;
const isCapital = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const writtenCache = new WeakMap<LightFeatures, ReadonlySet<string>>();

/**
 * The acronyms a sentence writes in capitals, in lower case without dots ("GBA", "G.B.A." → "gba"):
 * each stretch of capitals and dots that does not continue a word. Worked out once per sentence.
 */
export function writtenAcronyms(f: LightFeatures): ReadonlySet<string> {
  let out = writtenCache.get(f);
  if (!out) {
    const found = new Set<string>();
    const text = f.text;
    // Two capitals with at most dots between them: what any acronym of two letters or more needs.
    if (!CAPITALS_RE.test(text)) {
      writtenCache.set(f, found);
      return found;
    }
    for (let at = 0; at < text.length; at++) {
      if (!isCapital(text.charCodeAt(at)) || (at > 0 && isLetter(text.charCodeAt(at - 1)))) continue;
      // The stretch of capitals and dots from here; only one of two capitals or more is spelt out.
      let capitals = 0;
      let end = at;
      for (let c = text.charCodeAt(end); isCapital(c) || c === 46; c = text.charCodeAt(++end)) if (c !== 46) capitals++;
      if (capitals < 2) continue;
      const stretch = text.slice(at, end);
      found.add((capitals === end - at ? stretch : stretch.replaceAll('.', '')).toLowerCase());
    }
    writtenCache.set(f, (out = found));
  }
  return out;
}
