import * as v from 'valibot';
import { LIMITS } from '../messaging/limits';
import { isEligibleUrl } from '../page/gate';
import { normalizeUrl } from '../url/normalize';
import { cleanTag, cleanTags, cleanText } from './clean';
import { NOTE_COLOURS } from './model';

/** Characters of prefix/suffix context a quote selector may carry. */
export const MAX_CONTEXT = 1_000;
/** Selectors one note may carry. */
export const MAX_SELECTORS = 4;

const VERDICTS = ['corroborated', 'divergent', 'none'] as const;

/** A string cleaned of control characters, at most `max` characters. */
export const cleanString = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`), v.transform(cleanText));

export const NoteIdSchema = v.pipe(v.string(), v.uuid('is not a UUID'), v.transform((id) => id.toLowerCase()));

/** An http(s) page URL, normalised (no fragment, no tracking parameters). */
export const PageUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url, `is longer than ${LIMITS.url} characters`),
  v.check((url) => /^https?:\/\//i.test(url.trim()) && isEligibleUrl(url.trim()), 'is not an http(s) page address'),
  v.transform(normalizeUrl),
);

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(cleanString(LIMITS.text), v.minLength(1, 'exact quote is empty')),
  prefix: v.optional(cleanString(MAX_CONTEXT)),
  suffix: v.optional(cleanString(MAX_CONTEXT)),
});

const offset = v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(0), v.maxValue(1e9));

export const TextPositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((s) => s.end >= s.start, 'end comes before start'),
);

export const SelectorSchema = v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema]);

/** Selectors of a note: exactly one quote selector, at most one position selector. */
export const SelectorsSchema = v.pipe(
  v.array(SelectorSchema),
  v.minLength(1, 'no selector'),
  v.maxLength(MAX_SELECTORS, `more than ${MAX_SELECTORS} selectors`),
  v.check((list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1, 'needs exactly one TextQuoteSelector'),
  v.check((list) => list.filter((s) => s.type === 'TextPositionSelector').length <= 1, 'has more than one TextPositionSelector'),
);

export const TagSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.tag, `a tag is longer than ${LIMITS.tag} characters`),
  v.transform(cleanTag),
);

export const TagsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(LIMITS.tag, `a tag is longer than ${LIMITS.tag} characters`))),
  v.maxLength(LIMITS.tags, `more than ${LIMITS.tags} tags`),
  v.transform((tags: string[]) => cleanTags(tags)),
);

export const ColourSchema = v.picklist(NOTE_COLOURS, `is not one of ${NOTE_COLOURS.join(', ')}`);

export const ClaimRefSchema = v.object({
  sentence: cleanString(LIMITS.text),
  verdict: v.picklist(VERDICTS),
});

/** Epoch ms, or an ISO 8601 date (as in exported files), as epoch ms. */
export const TimestampSchema = v.union(
  [
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
    v.pipe(
      v.string(),
      v.maxLength(64),
      v.transform((text) => Date.parse(text)),
      v.check((ms) => Number.isFinite(ms) && ms >= 0, 'is not a date'),
    ),
  ],
  'is not a date',
);

const comment = cleanString(LIMITS.comment);
const title = cleanString(LIMITS.title);

/** What a context sends to create a note. */
export const NoteInputSchema = v.object({
  id: NoteIdSchema,
  url: PageUrlSchema,
  title,
  selectors: SelectorsSchema,
  comment: v.optional(comment, ''),
  tags: v.optional(TagsSchema, []),
  colour: v.optional(ColourSchema, 'yellow'),
  claim: v.optional(ClaimRefSchema),
});

/** A whole note: what the popup sends back to restore a deleted note, and a native file's entry. */
export const NoteSchema = v.object({
  ...NoteInputSchema.entries,
  quote: v.optional(cleanString(LIMITS.text)),
  comment: comment,
  tags: TagsSchema,
  colour: ColourSchema,
  created: TimestampSchema,
  updated: TimestampSchema,
});

export const NoteChangesSchema = v.object({
  comment: v.optional(comment),
  tags: v.optional(TagsSchema),
  colour: v.optional(ColourSchema),
  title: v.optional(title),
});

export const NoteQuerySchema = v.object({
  text: v.optional(v.pipe(v.string(), v.maxLength(500))),
  tag: v.optional(TagSchema),
  url: v.optional(PageUrlSchema),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e7)), 0),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)), 50),
});

/** One line per problem, e.g. `comment: Invalid type: Expected string but received 5`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], max = 3): string {
  return issues
    .slice(0, max)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
