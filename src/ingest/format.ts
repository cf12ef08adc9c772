import { z } from 'zod';

/**
 * The annotated-article format: one JSON document per article, the single input of the CLI importer, the
 * importArticle mutation, the seed load and the extractor. Structural rules live here; rules that need the
 * whole document (references, spans against the text) live in validate.ts.
 */

export const FORMAT = 'claimgraph/annotated-article@1';

/** Ids are slugs so that they read well in URLs and Cypher and cannot collide by case or spacing. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-:.][a-z0-9]+)*$/, 'must be a lowercase slug such as "dmitry-peskov"')
  .max(200);

export const ACTOR_KINDS = [
  'person',
  'state',
  'government_body',
  'alliance',
  'organization',
  'delegation',
  'group',
] as const;

export const AFFILIATION_ROLES = [
  'spokesperson_for',
  'part_of',
  'represents',
  'belongs_to',
  'member_of',
  'leads',
  'counterpart_of',
] as const;

export const OUTLET_KINDS = ['broadcaster', 'wire', 'state_media', 'newspaper', 'website', 'agency'] as const;

export const SPEECH_ACTS = [
  'claim',
  'report',
  'demand',
  'warning',
  'threat',
  'justification',
  'rejection',
  'dismissal',
  'denial',
  'intent_to_cooperate',
  'appeal',
] as const;

export const STANCES = [
  'supports',
  'opposes',
  'demands',
  'justifies',
  'dismisses',
  'warns',
  'neutral',
] as const;

/**
 * Names and aliases are indexed (lookups by any name are one index seek), and an index key must stay well
 * under Neo4j's 8 KB limit even in 4-byte UTF-8 characters.
 */
export const MAX_NAME_LENGTH = 1_000;
const nameSchema = z.string().trim().min(1).max(MAX_NAME_LENGTH);

/**
 * The most statements (and declared entities of each kind) one article may carry. A news article has tens;
 * a document past this is refused up front, before any write, so that one import stays a bounded transaction
 * that cannot hold other writers' locks for long. Corpora go through the bulk importer (npm run corpus).
 */
export const MAX_STATEMENTS = 500;
export const MAX_ENTITIES = 500;

export const MENTION_ROLES = ['target', 'mention'] as const;

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

/** A date known to a given precision, e.g. "2022-01" for "January 2022"; `context` marks facts from outside the text. */
export const fuzzyDateSchema = z
  .object({
    value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    precision: z.enum(DATE_PRECISIONS),
    context: z.boolean().default(false),
  })
  .strict();

/** A half-open character range [start, end) of the article text, with the text it must cover. */
export const spanSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    text: z.string().min(1),
  })
  .strict();

export const actorSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(nameSchema).default([]),
    description: z.string().optional(),
  })
  .strict();

export const affiliationSchema = z
  .object({
    actor: idSchema,
    role: z.enum(AFFILIATION_ROLES),
    of: idSchema,
  })
  .strict();

export const outletSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    kind: z.enum(OUTLET_KINDS),
    country: z.string().optional(),
    aliases: z.array(nameSchema).default([]),
  })
  .strict();

export const positionSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    description: z.string().optional(),
  })
  .strict();

export const eventSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    description: z.string().optional(),
    date: fuzzyDateSchema.optional(),
    participants: z.array(z.object({ actor: idSchema, role: z.string().optional() }).strict()).default([]),
    /** The event this one came after ("Following the talks, …"). */
    follows: idSchema.optional(),
    evidence: z.array(spanSchema).default([]),
  })
  .strict();

export const statementSchema = z
  .object({
    id: idSchema,
    /** Actor id; null for the article's own assertions. */
    speaker: idSchema.nullable(),
    text: z.string().trim().min(1),
    quote: z.string().min(1).nullable().default(null),
    speechAct: z.enum(SPEECH_ACTS),
    negated: z.boolean().default(false),
    conditional: z.boolean().default(false),
    condition: z.string().min(1).nullable().default(null),
    statedOn: fuzzyDateSchema.nullable().default(null),
    cue: z.string().min(1).nullable().default(null),
    /** The outlet the remark was originally made to (the CNN interview). */
    originalMedium: idSchema.nullable().default(null),
    /** Outlets the article cites as its source for this statement ("according to Sputnik"). */
    citedVia: z.array(idSchema).default([]),
    positions: z.array(z.object({ position: idSchema, stance: z.enum(STANCES) }).strict()).default([]),
    mentions: z.array(z.object({ actor: idSchema, role: z.enum(MENTION_ROLES) }).strict()).default([]),
    events: z.array(idSchema).default([]),
    evidence: z.array(spanSchema).min(1),
    /** How sure the extractor is of the statement (0–1); absent in hand annotations. */
    confidence: z.number().min(0).max(1).optional(),
    /** The extractor asks a person to check the statement (low confidence). */
    review: z.boolean().optional(),
    /** The extractor that proposed the statement, as `name@version`; absent in hand annotations. */
    extractedBy: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]*@[A-Za-z0-9._-]+$/, 'must be name@version, e.g. "claimgraph-extract@1"')
      .max(100)
      .optional(),
  })
  .strict();

export const articleSchema = z
  .object({
    id: idSchema,
    title: z.string().trim().min(1).nullable().default(null),
    /** Outlet id of the publisher. */
    publisher: idSchema.nullable().default(null),
    /** Only http(s): the explorer shows it as a link. */
    url: z
      .url({ protocol: /^https?$/ })
      .nullable()
      .default(null),
    publishedOn: fuzzyDateSchema.nullable().default(null),
    /** Which of title, publisher, url come from outside the text (publishedOn carries its own flag). */
    context: z.array(z.enum(['title', 'publisher', 'url'])).default([]),
    /** Outlets credited for images ("(Image: AP)"). */
    imageCredits: z.array(idSchema).default([]),
    text: z.string().min(1),
  })
  .strict();

export const annotatedArticleSchema = z
  .object({
    format: z.literal(FORMAT),
    article: articleSchema,
    actors: z.array(actorSchema).max(MAX_ENTITIES).default([]),
    affiliations: z.array(affiliationSchema).max(MAX_ENTITIES).default([]),
    outlets: z.array(outletSchema).max(MAX_ENTITIES).default([]),
    positions: z.array(positionSchema).max(MAX_ENTITIES).default([]),
    events: z.array(eventSchema).max(MAX_ENTITIES).default([]),
    statements: z.array(statementSchema).max(MAX_STATEMENTS).default([]),
  })
  .strict();

export type FuzzyDate = z.infer<typeof fuzzyDateSchema>;
export type Span = z.infer<typeof spanSchema>;
export type ActorInput = z.infer<typeof actorSchema>;
export type AffiliationInput = z.infer<typeof affiliationSchema>;
export type OutletInput = z.infer<typeof outletSchema>;
export type PositionInput = z.infer<typeof positionSchema>;
export type EventInput = z.infer<typeof eventSchema>;
export type StatementInput = z.infer<typeof statementSchema>;
export type ArticleInput = z.infer<typeof articleSchema>;
/** A document that passed validation (defaults filled in). */
export type AnnotatedArticle = z.infer<typeof annotatedArticleSchema>;

/** Fields whose null the format itself writes (a statement with no speaker, an article with no url): the ones a
 * round trip through the graph must keep as null where Neo4j hands back null for every absent property. */
export const NULLABLE_FIELDS: ReadonlySet<string> = new Set([
  'speaker',
  'quote',
  'condition',
  'statedOn',
  'cue',
  'originalMedium',
  'title',
  'publisher',
  'url',
  'publishedOn',
]);

/** The path reported for problems with the document as a whole (e.g. when it is not an object). */
export const ROOT_PATH = 'document';

/** `statements[3].evidence[0].end`: the notation an annotator would use to find the spot in the JSON. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? ROOT_PATH : out;
}
