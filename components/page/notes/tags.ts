import { LIMITS } from '@/lib/messaging/limits';
import { cleanTags } from '@/lib/notes/clean';

/** Tags typed as comma-separated text, cleaned; or the reason they cannot be saved. */
export function parseTags(text: string): { tags: string[] } | { error: string } {
  const tags = cleanTags(text.split(','));
  const long = tags.find((tag) => tag.length > LIMITS.tag);
  if (long) return { error: `A tag may have at most ${LIMITS.tag} characters.` };
  if (tags.length > LIMITS.tags) return { error: `A note may have at most ${LIMITS.tags} tags.` };
  return { tags };
}

/** Tags as the reader edits them. */
export const formatTags = (tags: readonly string[]) => tags.join(', ');
