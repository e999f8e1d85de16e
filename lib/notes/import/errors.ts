/** A file that cannot be imported at all. Its message is meant for the reader, as it is. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
