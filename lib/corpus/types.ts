/** One reference article of the corpus. */
export interface CorpusArticle {
  /** Stable id: the source file's name plus the article's position in it. */
  id: string;
  /** Publication the article was captured from (e.g. "The Star"). */
  outlet: string;
  title: string;
  /** Who wrote it, from its source line ("The New York Times", "Xinhua"); the outlet when none is given. */
  source: string;
  /** Body paragraphs joined by blank lines, furniture removed. */
  text: string;
  sentences: string[];
}

export interface Corpus {
  version: 1;
  articles: CorpusArticle[];
  /** The matcher's terms for every sentence, worked out when the corpus was built (optional: read from the text otherwise). */
  index?: SerializedTerms;
}

/** Canonical terms of each sentence, in corpus order, as base-36 ids into `terms` (space-separated, sorted) joined by spaces. */
export interface SerializedTerms {
  version: 1;
  terms: string;
  docs: string[];
}

/** A file handed to the corpus build: its name (for ids and format) and its text. */
export interface SourceFile {
  name: string;
  content: string;
}
