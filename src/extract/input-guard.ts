import { ExtractionError } from './errors.js';

/**
 * Shapes of text that make the language model or the attribution rules do superlinear work: the model's
 * abbreviation check runs a backtracking regex over every token (quadratic in the token's length), and
 * sentence-level rules compare tokens pairwise (quadratic in the sentence's length). No prose needs them, so
 * they are refused up front, with the limit stated, before any work is spent.
 */
export type GuardLimits = {
  /** Longest run of non-space characters (a word, a URL). */
  maxWordChars: number;
  /** Longest stretch of text without a sentence end (. ! ? …) or a line break. */
  maxSentenceChars: number;
  /** Longest run of quotation marks in a row. */
  maxQuoteRun: number;
};

export const GUARD_LIMITS: GuardLimits = {
  maxWordChars: 1_000,
  maxSentenceChars: 3_000,
  maxQuoteRun: 8,
};

/** Largest text `ingestArticleText` takes: extraction time grows with it, and the request holds a worker. */
export const MAX_INGEST_TEXT_BYTES = 256 * 1024;

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '`']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '\n', '\r']);

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/** One linear pass; throws ExtractionError('too_large') at the first shape over a limit, saying where. */
export function guardText(text: string, limits: GuardLimits = GUARD_LIMITS): void {
  let wordStart = 0;
  let sentenceStart = 0;
  let quoteRun = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charAt(i) : ' ';
    const code = c.charCodeAt(0);
    if (isSpace(code)) {
      if (i - wordStart > limits.maxWordChars) {
        throw new ExtractionError(
          'too_large',
          `A word of ${i - wordStart} characters is over the limit of ${limits.maxWordChars}`,
          `at character ${wordStart}`,
        );
      }
      wordStart = i + 1;
    }
    if (SENTENCE_ENDS.has(c) || i === text.length) {
      if (i - sentenceStart > limits.maxSentenceChars) {
        throw new ExtractionError(
          'too_large',
          `A sentence of ${i - sentenceStart} characters (no . ! ? or line break) is over the limit of ${limits.maxSentenceChars}`,
          `at character ${sentenceStart}`,
        );
      }
      sentenceStart = i + 1;
    }
    quoteRun = QUOTES.has(c) ? quoteRun + 1 : 0;
    if (quoteRun > limits.maxQuoteRun) {
      throw new ExtractionError(
        'too_large',
        `More than ${limits.maxQuoteRun} quotation marks in a row`,
        `at character ${i - limits.maxQuoteRun}`,
      );
    }
  }
}

/** The size limit of text sent over the API (the CLI reads files up to the extractor's own limit). */
export function checkIngestSize(text: string, maxBytes = MAX_INGEST_TEXT_BYTES): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new ExtractionError(
      'too_large',
      `The article text is ${bytes} bytes, over the limit of ${maxBytes} bytes for ingestArticleText; split it into articles`,
    );
  }
}
