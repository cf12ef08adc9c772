import { ExtractionError } from './errors.js';

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** Share of non-printable characters above which a text is taken for binary data rather than prose. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Rejects what cannot be an article before any work is spent on it. Control characters other than tab and
 * line breaks, and U+FFFD (what a decoder leaves for invalid bytes), count as non-printable.
 */
export function checkText(text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) {
    throw new ExtractionError(
      'too_large',
      `The article text is ${bytes} bytes, over the limit of ${MAX_TEXT_BYTES} bytes (5 MB)`,
    );
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new ExtractionError(
      'binary',
      'The input contains NUL bytes: it looks like binary data, not text',
      `at character ${nul}`,
    );
  }
  if (text.trim() === '') throw new ExtractionError('empty', 'The article text is empty or only whitespace');
  let control = 0;
  let firstControl = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl =
      (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f || code === 0xfffd;
    if (isControl) {
      control++;
      if (firstControl === -1) firstControl = i;
    }
  }
  if (control / text.length > MAX_CONTROL_SHARE) {
    throw new ExtractionError(
      'binary',
      `${control} of ${text.length} characters are not printable: the input looks like binary data, not text`,
      `first at character ${firstControl}`,
    );
  }
}
