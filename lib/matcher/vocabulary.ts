/**
 * Which words a text writes in lower case and which it capitalises mid-sentence. A capitalised
 * word at the start of a sentence ("Lingering trauma...") is a name only when the texts write it
 * capitalised elsewhere and never in lower case.
 */
export class Vocabulary {
  private readonly lower = new Set<string>();
  private readonly capitalised = new Set<string>();

  /**
   * Reads a text: its lower-case words of two letters or more that do not continue a word (as
   * /(?<![A-Za-z'])[a-z][a-z']+/g), and its capitalised words after a lower-case word or a comma
   * (as /(?<=[a-z,;] )[A-Z][a-zA-Z]+/g): inside a sentence, so the capital marks a name.
   */
  add(text: string): this {
    const n = text.length;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (isLower(c) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) {
        let j = i + 1;
        while (j < n && (isLower(text.charCodeAt(j)) || text.charCodeAt(j) === APOSTROPHE)) j++;
        if (j - i >= 2) {
          this.lower.add(text.slice(i, j));
          i = j;
          continue;
        }
      } else if (isUpper(c) && i >= 2 && text.charCodeAt(i - 1) === SPACE && opensName(text.charCodeAt(i - 2))) {
        let j = i + 1;
        while (j < n && isLetter(text.charCodeAt(j))) j++;
        if (j - i >= 2) {
          this.capitalised.add(text.slice(i, j).toLowerCase());
          i = j;
          continue;
        }
      }
      i++;
    }
    return this;
  }

  /** Whether any of the texts writes the word in lower case: an ordinary word. */
  isCommonWord(lower: string, ...others: Vocabulary[]): boolean {
    return this.lower.has(lower) || others.some((v) => v.lower.has(lower));
  }

  isNameWord(lower: string, ...others: Vocabulary[]): boolean {
    let capitalised = this.capitalised.has(lower);
    if (this.lower.has(lower)) return false;
    for (const v of others) {
      if (v.lower.has(lower)) return false;
      capitalised ||= v.capitalised.has(lower);
    }
    return capitalised;
  }
}

const SPACE = 32;
const APOSTROPHE = 39;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => isLower(c) || isUpper(c);
const isWordChar = (c: number) => isLetter(c) || c === APOSTROPHE;
/** A lower-case letter, a comma or a semicolon. */
const opensName = (c: number) => isLower(c) || c === 44 || c === 59;
