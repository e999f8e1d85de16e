/**
 * Page furniture: the lines of a captured news page that are not the article (menus, banners,
 * timestamps, copyright and comment prompts). Judged line by line, without knowing the site.
 */

const BANNER_RE =
  /(download (the|our) app|app[- ]?store|play[- ]?store|google play|subscribe|newsletter|sign (up|in)\b|log ?in\b|follow us|join us on|share (this|on)|all rights reserved|^©|copyright ©?|cookie|advertisement|^advert|read more\b|related (articles|stories|news)|^comments?$|no comments yet|leave a comment|^top$|skip to|back to top|^(photo|image|video)s?:|ai features|what .* ai can do)/i;

/** A menu item or widget label: a few words, no sentence punctuation, or an identifier like bar_progress. */
function isMenuLabel(line: string): boolean {
  if (/^[\w-]+$/.test(line) && /[_\d]|^[a-z]/.test(line)) return true;
  const words = line.split(/\s+/);
  return words.length <= 3 && !/[.!?:"]$/.test(line);
}

/** A line in a script other than Latin with no Latin words (skip links of localised sites). */
function isForeignChrome(line: string): boolean {
  return !/[A-Za-z]/.test(line);
}

/** "4 hours ago", "time16 minutes ago", "• The Star": listing metadata. */
export const TIME_AGO_RE = /(?:time)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i;
export const BULLET_RE = /^[•·▪◦*-]\s*/;

export function isFurnitureLine(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (BANNER_RE.test(t)) return true;
  if (isForeignChrome(t)) return true;
  if (TIME_AGO_RE.test(t) || BULLET_RE.test(t)) return true;
  return isMenuLabel(t);
}

/** The publication named in a copyright line ("© The Asia Business Daily(www.asiae.co.kr). All rights reserved."). */
export function outletFromCopyright(line: string): string | null {
  const m = /^(?:©|copyright(?:\s*©)?)\s*(?:\d{4}\s+)?(.+?)\s*(?:\(|\.\s|,|all rights reserved|$)/i.exec(line.trim());
  const name = m?.[1]?.trim();
  return name && name.length <= 80 ? name : null;
}

/** The publication named in listing metadata ("The Star4 hours ago", "• New Straits Times"). */
export function outletFromMeta(line: string): string | null {
  const t = line.trim().replace(BULLET_RE, '').replace(TIME_AGO_RE, '').trim();
  if (!t || t.length > 60 || /[.!?:]$/.test(t)) return null;
  const words = t.split(/\s+/);
  if (words.length > 6 || !words.every((w) => /^[A-Z0-9&'’-]/.test(w) || /^(of|the|and|de)$/.test(w))) return null;
  return t;
}
