/** Limits on imported files. */
export const IMPORT_LIMITS = {
  /** Largest file accepted, in bytes of UTF-8. */
  bytes: 20 * 1024 * 1024,
  /** Most notes (or annotations) in one file. */
  notes: 50_000,
  /** Deepest nesting of arrays and objects. */
  depth: 32,
} as const;
