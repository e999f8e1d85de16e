/** Messages the content script answers about notes (scroll to a note). */
export const contentNotesMessages = {};
