import type { AnnotatedArticle } from '../ingest/format.js';
import { assemble } from './assemble.js';
import { ExtractionError } from './errors.js';
import { checkText } from './input.js';
import { guardText } from './input-guard.js';
import type { Lexicon } from './lexicon.js';
import { defaultLexicon } from './lexicon-loader.js';
import { articleSources, outletByName } from './outlets.js';
import { buildDrafts } from './pipeline.js';
import { Registry } from './registry.js';
import { segment } from './sentences.js';
import type { ArticleMeta, ExtractOptions, KnownEntities } from './types.js';

export { ExtractionError } from './errors.js';
export type { ArticleMeta, ExtractOptions, KnownActor, KnownEntities, KnownOutlet } from './types.js';

/**
 * From raw article text to an annotated article that `validateAnnotatedArticle` accepts: segmentation,
 * mentions, attribution frames, speaker resolution, outlets, positions and stances, assembly. Deterministic:
 * the same text, metadata and known entities give the same document. Throws ExtractionError on bad input.
 */
export function extractWith(
  lexicon: Lexicon,
  text: string,
  meta: ArticleMeta = {},
  known: KnownEntities = {},
  options: ExtractOptions = {},
): AnnotatedArticle {
  checkText(text);
  guardText(text);
  const seg = segment(text);
  if (seg.sentences.every((s) => s.heading)) {
    throw new ExtractionError(
      'no_sentences',
      'The text has no sentences to extract statements from (only headings, bylines or credits)',
    );
  }
  const registry = Registry.create(lexicon, known);
  const knownIds = new Set(registry.actors.keys());
  const publisher = meta.publisher?.trim() ? outletByName(registry, meta.publisher, 'website') : null;
  const drafts = buildDrafts(text, seg, lexicon, registry, options);
  const excluded = options.citePublisher === false ? publisher : null;
  const sources = articleSources(seg, registry, excluded);
  return assemble({
    text,
    meta,
    seg,
    drafts,
    lexicon,
    registry,
    sources,
    publisher,
    excluded,
    known: knownIds,
  });
}

/** `extractWith` and the project's lexicon (data/lexicon). */
export function extractArticle(
  text: string,
  meta: ArticleMeta = {},
  known: KnownEntities = {},
  options: ExtractOptions = {},
): AnnotatedArticle {
  return extractWith(defaultLexicon(), text, meta, known, options);
}
