/**
 * Where each extracted sentence is in the draft: the k-th occurrence of a text among the sentences
 * is the k-th among the draft's (the last one, when the draft has fewer). Null for a sentence the
 * draft does not have (extraction changed or added it).
 */
export function draftIndexOf(draft: readonly string[], sentences: readonly string[]): (number | null)[] {
  const at = new Map<string, number[]>();
  draft.forEach((text, i) => {
    const list = at.get(text);
    if (list) list.push(i);
    else at.set(text, [i]);
  });
  const seen = new Map<string, number>();
  return sentences.map((text) => {
    const list = at.get(text);
    if (!list) return null;
    const k = seen.get(text) ?? 0;
    seen.set(text, k + 1);
    return list[Math.min(k, list.length - 1)]!;
  });
}
