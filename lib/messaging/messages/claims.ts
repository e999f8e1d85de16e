/** Messages about claims (content script ↔ background matcher, popup). Filled in with the highlighting feature. */
export const claimsMessages = {};
