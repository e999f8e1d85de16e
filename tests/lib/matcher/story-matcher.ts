import { buildCorpus } from '@/lib/corpus/build';
import { loadBundledCorpus } from '@/lib/corpus/load';
import { createMatcher } from '@/lib/matcher/matcher';
import type { SentenceVerdict } from '@/lib/matcher/types';

/** An article written for a test, in the corpus build's JSON form. */
export interface TestStory {
  id: string;
  outlet: string;
  title: string;
  source: string;
  text: string;
}

/**
 * A matcher over the bundled corpus and the stories a test wrote (next to the real corpus, so that
 * term weights are realistic), and `one()` for the verdict on a single sentence.
 */
export function storyMatcher(...stories: TestStory[]) {
  const extra = buildCorpus([{ name: `${stories[0]?.id ?? 'stories'}.json`, content: JSON.stringify(stories) }]);
  const matcher = createMatcher({ version: 1, articles: [...loadBundledCorpus().articles, ...extra.articles] });
  const one = (sentence: string): SentenceVerdict => matcher.match([sentence])[0]!;
  return { matcher, one };
}
