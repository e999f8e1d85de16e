const LOWER_RE = /(?<![A-Za-z'])[a-z][a-z']+/g;
// A capitalised word after a lower-case word or a comma: inside a sentence, so the capital marks a name.
const MID_CAPITAL_RE = /(?<=[a-z,;] )[A-Z][a-zA-Z]+/g;

/**
 * Which words a text writes in lower case and which it capitalises mid-sentence. A capitalised
 * word at the start of a sentence ("Lingering trauma...") is a name only when the texts write it
 * capitalised elsewhere and never in lower case.
 */
export class Vocabulary {
  private readonly lower = new Set<string>();
  private readonly capitalised = new Set<string>();

  add(text: string): this {
    for (const m of text.matchAll(LOWER_RE)) this.lower.add(m[0]);
    for (const m of text.matchAll(MID_CAPITAL_RE)) this.capitalised.add(m[0].toLowerCase());
    return this;
  }

  isNameWord(lower: string, ...others: Vocabulary[]): boolean {
    const all = [this, ...others];
    return all.some((v) => v.capitalised.has(lower)) && !all.some((v) => v.lower.has(lower));
  }
}
