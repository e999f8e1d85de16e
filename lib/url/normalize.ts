/** Query parameters that only track the reader and never change what a page shows. */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid|__s|ref_src|ref_url|cmpid|ocid|smid|sr_share)$/i,
];

/**
 * The form of a page URL that notes and page records are keyed by: no fragment, no tracking
 * parameters, remaining parameters sorted, lower-case host, no default port.
 * Text that is not an absolute URL is returned trimmed, unchanged.
 */
export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return input.trim();
  }
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING.some((re) => re.test(key)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [key, value] of kept) url.searchParams.append(key, value);
  return url.toString();
}

/** The host a per-site switch applies to. */
export function siteOf(input: string): string | null {
  try {
    const url = new URL(input);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
