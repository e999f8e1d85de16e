/** Numbers written in words ("six thousand five hundred", "three and a half", "a dozen"). */

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

export const NUMBER_WORD_RE_SOURCE =
  '(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million|billion|trillion)(?:[\\s-]+(?:and[\\s-]+)?(?:a[\\s-]+half|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)\\b)*)';

export function scaleOf(word: string): number | undefined {
  return SCALES[word.toLowerCase()];
}

/** Value of a run of number words, or null when it is not one. */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!words.length) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'a' && words[i + 1] === 'half') {
      current += 0.5;
      i++;
      seen = true;
      continue;
    }
    if (w === 'half') {
      current += 0.5;
      seen = true;
      continue;
    }
    const small = SMALL[w];
    if (small !== undefined) {
      current += small;
      seen = true;
      continue;
    }
    const scale = SCALES[w];
    if (scale === undefined) return null;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

/** Parses "6,500", "1.6", "2½", "½". */
export function parseDigits(text: string): number | null {
  const m = /^(\d+(?:,\d{3})*(?:\.\d+)?)?([½¼¾⅓⅔])?$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const whole = m[1] ? Number(m[1].replace(/,/g, '')) : 0;
  const frac = m[2] ? ({ '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 } as Record<string, number>)[m[2]]! : 0;
  return whole + frac;
}
