import type { Note } from './model';

/** Lower case, without accents or other combining marks, compatibility forms folded (ﬁ → fi). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search, folded. An empty search has no terms and matches every note. */
export function searchTerms(query: string | undefined): string[] {
  return query ? foldText(query).split(/\s+/).filter(Boolean) : [];
}

/** The text a search looks through: comment, quote, tags and title. */
export function searchableText(note: Note): string {
  return foldText([note.comment, note.quote, note.tags.join(' '), note.title].join('\n'));
}

/** Whether every term occurs in the note's comment, quote, tags or title. */
export function matchesTerms(note: Note, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = searchableText(note);
  return terms.every((term) => haystack.includes(term));
}
