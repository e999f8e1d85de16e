/** Messages about personal notes. Filled in with the notes feature. */
export const notesMessages = {};
