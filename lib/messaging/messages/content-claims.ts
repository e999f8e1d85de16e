/** Messages the content script answers about claims (scroll to a claim, report what was painted). */
export const contentClaimsMessages = {};
