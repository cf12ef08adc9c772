import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { builder } from '../builder.js';
import { InvalidInputError } from '../graph/errors.js';
import { parseReviewLog } from '../graph/review.js';
import type {
  Correction,
  FieldChange,
  MachineVersion,
  ReviewEntry,
  ReviewState,
} from '../graph/review-changes.js';
import type { StatementModel } from '../graph/statement.js';
import { domainId } from '../ids.js';
import { StanceEnum, stance } from './enums.js';
import { ArticleRef, StatementRef } from './refs.js';

const REVIEW_STATUSES = ['confirmed', 'corrected', 'rejected'] as const;

/** A stored review status; anything else is a broken graph (an internal error), as with the format's words. */
function reviewStatus(value: string): (typeof REVIEW_STATUSES)[number] {
  const found = REVIEW_STATUSES.find((s) => s === value);
  if (!found)
    throw new Error(
      `The graph holds review status "${value}", which is not one of ${REVIEW_STATUSES.join(', ')}`,
    );
  return found;
}

const LostEvidenceRef = builder.objectRef<StatementModel['lostEvidence'][number]>('LostEvidence').implement({
  description:
    "A span of a kept reviewed statement's remark that its article, re-extracted, no longer holds at one place.",
  fields: (t) => ({
    article: t.field({ type: ArticleRef, description: 'The article.', resolve: (e) => e.articleId }),
    excerpt: t.exposeString('text', { description: 'The text of the span as the review saw it.' }),
  }),
});

const ReviewStatusEnum = builder.enumType('ReviewStatus', {
  description: 'What a person made of a statement.',
  values: {
    CONFIRMED: { value: 'confirmed', description: "Checked: the machine's version stands." },
    CORRECTED: {
      value: 'corrected',
      description: "Checked and corrected: it differs from the machine's version.",
    },
    REJECTED: {
      value: 'rejected',
      description:
        'Wrong as a whole (not said, not a statement). It stays in the graph, marked, with its history.',
    },
  } as const,
});

const ExtractorRef = builder.objectRef<{ name: string; version: string }>('Extractor').implement({
  description: 'The extractor (and its version) that proposed a statement.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The extractor, e.g. `claimgraph-extract`.' }),
    version: t.exposeString('version', { description: 'Its version; a new version may output otherwise.' }),
  }),
});

const StanceTakenRef = builder.objectRef<{ position: string; stance: string }>('ReviewedStance').implement({
  description: 'A stance on a position as a version of a statement had it (ids: the version is history).',
  fields: (t) => ({
    position: t.exposeString('position', { description: 'Domain id of the position.' }),
    stance: t.field({ type: StanceEnum, description: 'The stance.', resolve: (p) => stance(p.stance) }),
  }),
});

const versionFields = <T extends ReviewState>(t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, T>) => ({
  speaker: t.string({
    nullable: true,
    description: 'Domain id of the speaker; null: none.',
    resolve: (v) => v.speaker,
  }),
  positions: t.field({
    type: [StanceTakenRef],
    description: 'Stances on positions.',
    resolve: (v) => v.positions,
  }),
  originalMedium: t.string({
    nullable: true,
    description: 'Domain id of the outlet it was said to.',
    resolve: (v) => v.originalMedium,
  }),
  citedVia: t.stringList({
    description: 'Domain ids of the outlets it is cited via.',
    resolve: (v) => v.citedVia,
  }),
  negated: t.boolean({ description: 'Whether it is negated.', resolve: (v) => v.negated }),
  conditional: t.boolean({ description: 'Whether it is conditional.', resolve: (v) => v.conditional }),
});

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

const StatementVersionRef = builder.objectRef<ReviewState>('StatementVersion').implement({
  description:
    'The correctable part of a statement (speaker, stances, outlets, flags) as one version had it.',
  fields: (t) => versionFields(t),
});

const MachineVersionRef = builder.objectRef<MachineVersion>('MachineVersion').implement({
  description: 'The statement as the extractor (or the annotation) proposed it, before any review.',
  fields: (t) => ({
    ...versionFields(t),
    extractedBy: t.field({
      type: ExtractorRef,
      nullable: true,
      description: 'Which extractor proposed it; null for hand annotations.',
      resolve: (v) => extractorOf(v.extractedBy),
    }),
    confidence: t.exposeFloat('confidence', {
      nullable: true,
      description: 'How sure the extractor was (0–1).',
    }),
  }),
});

const ReviewChangeRef = builder.objectRef<FieldChange>('ReviewChange').implement({
  description: 'One field a review changed.',
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'speaker, positions, originalMedium, citedVia, negated, conditional or rejected.',
    }),
    from: t.field({ type: 'JSON', nullable: true, description: 'The value before.', resolve: (c) => c.from }),
    to: t.field({ type: 'JSON', nullable: true, description: 'The value after.', resolve: (c) => c.to }),
  }),
});

const StatementReviewRef = builder.objectRef<ReviewEntry>('StatementReview').implement({
  description: 'One review of a statement: who, when, what changed, and the machine version it kept.',
  fields: (t) => ({
    reviewer: t.exposeString('reviewer', { description: "The name of the reviewer's API key." }),
    reviewedAt: t.exposeString('reviewedAt', { description: 'When (ISO 8601, UTC).' }),
    status: t.field({
      type: ReviewStatusEnum,
      description: 'What the statement was after this review.',
      resolve: (r) => reviewStatus(r.status),
    }),
    note: t.exposeString('note', { nullable: true, description: "The reviewer's note." }),
    changes: t.field({
      type: [ReviewChangeRef],
      description: 'What this review changed (empty: it confirmed the version before it).',
      resolve: (r) => r.changes,
    }),
    machineVersion: t.field({
      type: MachineVersionRef,
      description: "The machine's version, kept as it was before the first review.",
      resolve: (r) => r.machine,
    }),
    result: t.field({
      type: StatementVersionRef,
      description: 'The statement as this review left it.',
      resolve: (r) => r.after,
    }),
  }),
});

function extractorOf(extractedBy: string | null): { name: string; version: string } | null {
  if (!extractedBy) return null;
  const at = extractedBy.lastIndexOf('@');
  return at > 0
    ? { name: extractedBy.slice(0, at), version: extractedBy.slice(at + 1) }
    : { name: extractedBy, version: '' };
}

builder.objectFields(StatementRef, (t) => ({
  extractedBy: t.field({
    type: ExtractorRef,
    nullable: true,
    description: 'Which extractor proposed it; null for hand annotations.',
    resolve: (s) => extractorOf((s as StatementModel).extractedBy),
  }),
  confidence: t.field({
    type: 'Float',
    nullable: true,
    description:
      "How sure the extractor was of the statement's attribution (0–1); null for hand annotations.",
    resolve: (s) => (s as StatementModel).confidence,
  }),
  needsReview: t.boolean({
    description: 'Flagged by the extractor as uncertain and not reviewed yet (the review queue).',
    resolve: (s) => (s as StatementModel).needsReview,
  }),
  reviewStatus: t.field({
    type: ReviewStatusEnum,
    nullable: true,
    description: 'What the last review made of it; null until someone reviews it.',
    resolve: (s) => {
      const status = (s as StatementModel).reviewStatus;
      return status === null ? null : reviewStatus(status);
    },
  }),
  reviewHistory: t.field({
    type: [StatementReviewRef],
    description: 'Its reviews, oldest first; each keeps the machine version.',
    resolve: (s) => parseReviewLog((s as StatementModel).reviewLog),
  }),
  orphanedIn: t.field({
    type: [ArticleRef],
    description:
      'Articles that still report this reviewed statement though their latest extraction no longer finds ' +
      'its remark: the review outranks the re-extraction, so it stays. Its evidence there keeps pointing ' +
      'at the remark where the new text holds it at the same place or exactly once elsewhere; otherwise it ' +
      'moves to `lostEvidence`.',
    resolve: (s) => (s as StatementModel).orphanedInIds,
  }),
  lostEvidence: t.field({
    type: [LostEvidenceRef],
    description:
      "Spans of this reviewed statement's remark that an article's current text no longer holds at one " +
      'place (gone, or there more than once): the text the review saw, without offsets, since offsets into ' +
      'the old text would point at other characters.',
    resolve: (s) => (s as StatementModel).lostEvidence,
  }),
}));

const StanceCorrectionInput = builder.inputType('StanceCorrection', {
  description: 'A stance on a position, as a reviewer says the statement takes it.',
  fields: (t) => ({
    position: t.id({ required: true, description: 'Domain or global id of the position.' }),
    stance: t.field({ type: StanceEnum, required: true, description: 'The stance.' }),
  }),
});

const StatementCorrectionInput = builder.inputType('StatementCorrection', {
  description:
    "A reviewer's correction. Every field is optional and a given one replaces the statement's; an empty " +
    'correction confirms the statement as it is.',
  fields: (t) => ({
    speaker: t.id({
      description: 'Domain or global id of the actor who said it; null: nobody (the article).',
    }),
    positions: t.field({ type: [StanceCorrectionInput], description: 'All its stances (replaces them).' }),
    stance: t.field({
      type: StanceEnum,
      description: 'This stance on every position it takes (after `positions`).',
    }),
    originalMedium: t.id({ description: 'Domain or global id of the outlet it was said to; null: none.' }),
    citedVia: t.idList({
      description: 'Domain or global ids of the outlets it is cited via (replaces them).',
    }),
    negated: t.boolean({ description: 'Whether it is negated.' }),
    conditional: t.boolean({ description: 'Whether it is conditional.' }),
    reject: t.boolean({
      description: 'True: the statement is wrong as a whole; false: take back a rejection.',
    }),
    note: t.string({ description: 'Why (kept with the review).' }),
  }),
});

type CorrectionArgs = {
  speaker?: string | number | null;
  positions?: { position: string | number; stance: string }[] | null;
  stance?: string | null;
  originalMedium?: string | number | null;
  citedVia?: (string | number)[] | null;
  negated?: boolean | null;
  conditional?: boolean | null;
  reject?: boolean | null;
  note?: string | null;
};

/** GraphQL's input to the data layer's correction: global ids reduced, nulls where null means "unset" refused. */
function toCorrection(input: CorrectionArgs): Correction {
  const correction: Correction = {};
  if (input.speaker !== undefined)
    correction.speaker = input.speaker === null ? null : domainId('Actor', String(input.speaker));
  if (input.originalMedium !== undefined) {
    correction.originalMedium =
      input.originalMedium === null ? null : domainId('Outlet', String(input.originalMedium));
  }
  for (const key of ['positions', 'citedVia', 'stance', 'negated', 'conditional', 'reject'] as const) {
    if (input[key] === null)
      throw new InvalidInputError(`correction.${key} cannot be null: leave it out to keep it`);
  }
  if (input.positions) {
    correction.positions = input.positions.map((p) => ({
      position: domainId('Position', String(p.position)),
      stance: p.stance,
    }));
  }
  if (input.citedVia) correction.citedVia = input.citedVia.map((o) => domainId('Outlet', String(o)));
  if (input.stance) correction.stance = input.stance;
  if (typeof input.negated === 'boolean') correction.negated = input.negated;
  if (typeof input.conditional === 'boolean') correction.conditional = input.conditional;
  if (typeof input.reject === 'boolean') correction.reject = input.reject;
  if (input.note) correction.note = input.note.slice(0, 2_000);
  return correction;
}

const ReviewResultRef = builder
  .objectRef<{ statementId: string; review: ReviewEntry }>('ReviewResult')
  .implement({
    description: 'A statement after a review, and the review.',
    fields: (t) => ({
      statement: t.field({
        type: StatementRef,
        description: 'The statement as it now reads.',
        resolve: (r) => r.statementId,
      }),
      review: t.field({
        type: StatementReviewRef,
        description: 'The review just recorded.',
        resolve: (r) => r.review,
      }),
    }),
  });

builder.mutationField('reviewStatement', (t) =>
  t.field({
    type: ReviewResultRef,
    description:
      "Confirms, corrects or rejects a statement, keeping the machine's version and recording the reviewer (the " +
      "API key's name) and the time. All or nothing: an unknown statement is NOT_FOUND, an unknown actor, " +
      'position or outlet BAD_USER_INPUT, with nothing written. A later re-import of its article keeps the ' +
      'review. Needs an API key.',
    args: {
      id: t.arg.id({
        required: true,
        description: 'Domain or global id (`Statement:<id>`) of the statement.',
      }),
      correction: t.arg({
        type: StatementCorrectionInput,
        required: true,
        description: 'What to change; `{}` confirms it as it is.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const id = domainId('Statement', String(args.id));
      const review = await ctx.repos.reviews.reviewStatement(
        id,
        toCorrection(args.correction as CorrectionArgs),
        ctx.auth.keyName ?? 'unnamed',
      );
      clearAllDataLoaders(ctx);
      return { statementId: id, review };
    },
  }),
);
