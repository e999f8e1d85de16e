/** A text with every run of whitespace collapsed to one space, and where each character came from. */
export interface CollapsedText {
  text: string;
  /** Offset in the original text of each character of `text`. */
  origin: Int32Array;
}

const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

export function collapseWhitespace(text: string): CollapsedText {
  const origin = new Int32Array(text.length);
  const out: string[] = [];
  let n = 0;
  let chunkStart = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && inSpace) {
      // drop: part of a run already written as one space
      if (chunkStart < i) out.push(text.slice(chunkStart, i));
      chunkStart = i + 1;
      continue;
    }
    if (space) {
      if (chunkStart < i) out.push(text.slice(chunkStart, i));
      out.push(' ');
      chunkStart = i + 1;
    }
    inSpace = space;
    origin[n++] = i;
  }
  if (chunkStart < text.length) out.push(text.slice(chunkStart));
  return { text: out.join(''), origin: origin.subarray(0, n) };
}

/** Collapses whitespace of a short string (a quote or its context). */
export const collapse = (text: string) => collapseWhitespace(text).text;
