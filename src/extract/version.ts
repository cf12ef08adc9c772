/**
 * Which extractor wrote a statement, stored with it as `extractedBy`: a reviewer (and a later re-extraction)
 * can tell statements of an older extractor from those of the current one. Raise the version whenever a change
 * alters what the extractor outputs for the same text.
 */
export const EXTRACTOR_NAME = 'claimgraph-extract';
export const EXTRACTOR_VERSION = '1';
export const EXTRACTED_BY = `${EXTRACTOR_NAME}@${EXTRACTOR_VERSION}`;
