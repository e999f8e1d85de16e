/** Upper bounds applied to everything that crosses a context boundary. */
export const LIMITS = {
  url: 8_192,
  title: 2_000,
  /** One sentence or quote. */
  text: 20_000,
  sentences: 20_000,
  comment: 50_000,
  tag: 100,
  tags: 50,
} as const;
