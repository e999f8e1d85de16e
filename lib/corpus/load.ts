import bundled from './generated/corpus.json';
import type { Corpus } from './types';

/** The corpus built from the seeds by `npm run corpus`, bundled as JSON. */
export function loadBundledCorpus(): Corpus {
  return bundled as Corpus;
}
