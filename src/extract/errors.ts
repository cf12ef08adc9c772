/** Why an input cannot be extracted; `where` points at the offending place (a character offset or a file). */
export type ExtractionErrorCode =
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'no_sentences'
  | 'bad_meta'
  | 'lexicon'
  | 'internal';

/** Bad input or configuration, with a message that says what is wrong and where. */
export class ExtractionError extends Error {
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
    readonly where?: string,
  ) {
    super(where === undefined ? message : `${message} (${where})`);
    this.name = 'ExtractionError';
  }
}
