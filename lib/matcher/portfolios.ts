import type { FactComparison } from './compare';
import type { SentenceFeatures } from './features';

/** The departments an office is named for, each as one word ("defense" as "defence"). */
const PORTFOLIOS: Record<string, string> = {
  treasury: 'treasury', commerce: 'commerce', defence: 'defence', defense: 'defence', state: 'state', foreign: 'foreign',
  finance: 'finance', trade: 'trade', interior: 'interior', energy: 'energy', health: 'health', transport: 'transport',
  agriculture: 'agriculture', justice: 'justice', labour: 'labour', labor: 'labour', education: 'education', home: 'home',
};
/** A word with its first letter in either case ("[Tt]reasury"): names must keep their capitals. */
const either = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const OFFICE = `(?:${either('secretary')}|${either('minister')})`;
const PORTFOLIO = `(${Object.keys(PORTFOLIOS).map(either).join('|')})`;
const NAME = "([A-Z][\\w'-]+(?:\\s+[A-Z][\\w'-]+){1,2})";

/** "Treasury Secretary Scott Bessent", "the commerce secretary, Jamieson Greer", "Secretary of State Marco Rubio", "Howard Lutnick, the secretary of commerce". */
const PATTERNS: RegExp[] = [
  new RegExp(`\\b${PORTFOLIO}\\s+${OFFICE},?\\s+${NAME}`, 'g'),
  new RegExp(`\\b${OFFICE}\\s+(?:of|for)\\s+(?:the\\s+)?${PORTFOLIO}\\s+${NAME}`, 'g'),
];
const AFTER = new RegExp(`${NAME},\\s+(?:the\\s+)?(?:${PORTFOLIO}\\s+${OFFICE}|${OFFICE}\\s+(?:of|for)\\s+(?:the\\s+)?${PORTFOLIO})\\b`, 'g');

/** The department of each person a sentence names with one, by the person's surname. */
function portfoliosOf(text: string): Map<string, { portfolio: string; text: string }> {
  const out = new Map<string, { portfolio: string; text: string }>();
  const add = (name: string, portfolio: string, written: string) => {
    const surname = name.split(/\s+/).pop()!.toLowerCase();
    if (!out.has(surname)) out.set(surname, { portfolio: PORTFOLIOS[portfolio.toLowerCase()]!, text: written });
  };
  for (const re of PATTERNS) for (const m of text.matchAll(re)) add(m[2]!, m[1]!, m[0]);
  for (const m of text.matchAll(AFTER)) add(m[1]!, (m[2] ?? m[3])!, m[0]);
  return out;
}

/**
 * The same person given another department ("Treasury Secretary Howard Lutnick" against "Treasury
 * Secretary Scott Bessent and Howard Lutnick, the secretary of commerce"), or another person the
 * same one: roles swapped between names, or a changed name.
 */
export function comparePortfolios(page: SentenceFeatures, corpus: SentenceFeatures, out: FactComparison): void {
  if (out.differences.length || !/secretary|minister/i.test(page.text) || !/secretary|minister/i.test(corpus.text)) return;
  const p = portfoliosOf(page.text);
  if (!p.size) return;
  const c = portfoliosOf(corpus.text);
  for (const [surname, mine] of p) {
    const theirs = c.get(surname);
    if (theirs && theirs.portfolio !== mine.portfolio) {
      out.differences.push({ kind: 'name', page: mine.text, corpus: theirs.text });
      return;
    }
  }
  // Another person in the same office ("the commerce secretary, Jamieson Greer" against "Howard
  // Lutnick, the secretary of commerce"), where neither sentence names the other's.
  const names = (f: SentenceFeatures) => new Set(f.tokens.map((t) => t.norm));
  const pageWords = names(page);
  const corpusWords = names(corpus);
  for (const [surname, mine] of p) {
    if (corpusWords.has(surname)) continue;
    for (const [other, theirs] of c) {
      if (theirs.portfolio === mine.portfolio && !pageWords.has(other)) {
        out.differences.push({ kind: 'name', page: mine.text, corpus: theirs.text });
        // The page's name is this difference, not a fact the corpus leaves out.
        out.novel = out.novel.filter((n) => !mine.text.includes(n));
        return;
      }
    }
  }
}
