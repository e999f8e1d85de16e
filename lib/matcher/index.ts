export { createMatcher } from './matcher';
export type { Matcher, SentenceVerdict, Evidence, Difference, Verdict } from './types';
export { loadBundledCorpus } from '@/lib/corpus/load';
