import { builder } from '../builder.js';
import {
  CONTRADICTION_KINDS,
  type ContradictionKind,
  type ContradictionModel,
  type ContradictionSideModel,
} from '../graph/contradiction-rules.js';
import { InvalidInputError } from '../graph/errors.js';
import { domainId } from '../ids.js';
import { StanceEnum, stance } from './enums.js';
import { ActorRef, ArticleRef, EvidenceRef, PositionRef, StatementRef } from './refs.js';

export const ContradictionKindEnum = builder.enumType('ContradictionKind', {
  description: 'What kind of contradiction this is.',
  values: {
    STANCE_CHANGE: {
      value: 'stance_change',
      description:
        "An actor's stance on a position turned around (for → against, or back) between two weeks.",
    },
    BOTH_STANCES_IN_PERIOD: {
      value: 'both_stances_in_period',
      description: 'An actor took both sides on a position within one ISO week.',
    },
    QUOTE_VARIANT: {
      value: 'quote_variant',
      description:
        'Two articles report the same remark with different quoted words: a possible misquote. Both sides are ' +
        'the same statement, each as one article reports it.',
    },
    SPEAKER_VARIANT: {
      value: 'speaker_variant',
      description: 'The same quoted words attributed to two different speakers by different reports.',
    },
    ALLY_DISAGREEMENT: {
      value: 'ally_disagreement',
      description:
        'Actors linked by part_of, spokesperson_for or member_of (directly or through one shared actor) take ' +
        'opposite stances on a position.',
    },
  } satisfies Record<string, { value: ContradictionKind; description: string }>,
});

const ContradictionSideRef = builder.objectRef<ContradictionSideModel>('ContradictionSide').implement({
  description: 'One side of a contradiction: a statement (or one report of it) with its evidence.',
  fields: (t) => ({
    statement: t.field({ type: StatementRef, description: 'The statement.', resolve: (s) => s.statementId }),
    speaker: t.field({
      type: ActorRef,
      nullable: true,
      description: 'Who said it, by this side.',
      resolve: (s) => s.speakerId,
    }),
    position: t.field({
      type: PositionRef,
      nullable: true,
      description: 'The position the stance is on (stance contradictions).',
      resolve: (s) => s.positionId,
    }),
    stance: t.field({
      type: StanceEnum,
      nullable: true,
      description: 'The stance this side takes (stance contradictions).',
      resolve: (s) => (s.stance === null ? null : stance(s.stance)),
    }),
    statedOn: t.exposeString('statedOn', {
      nullable: true,
      description: 'When it was said (YYYY-MM-DD), when known.',
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description:
        'The one article this side stands for (quote variants); null for the statement as a whole.',
      resolve: (s) => s.articleId,
    }),
    quotedText: t.exposeString('quotedText', {
      nullable: true,
      description: 'The words this side puts in quotation marks, when it has any.',
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "The article spans of this side, to read side by side with the other side's.",
      resolve: (s) => s.evidence ?? [],
    }),
  }),
});

const ContradictionRef = builder.objectRef<ContradictionModel>('Contradiction').implement({
  description: 'Two statements (or two reports of one) that contradict each other, with how strongly.',
  fields: (t) => ({
    kind: t.field({
      type: ContradictionKindEnum,
      description: 'What kind of contradiction.',
      resolve: (c) => c.kind,
    }),
    score: t.exposeFloat('score', {
      description:
        'How strong, from 0 to 1. Stance changes and allies: 1 / (1 + days apart / 7), an unknown date 0.5, ' +
        'halved for allies linked only through a shared actor. Quote variants: 1 − the Jaccard similarity of ' +
        "the two quotes' words. Speaker variants: 1 for equal quotes, 0.9 for one inside the other, else their " +
        'Jaccard similarity (listed from 0.6).',
    }),
    reason: t.exposeString('reason', { description: 'Why, in a sentence.' }),
    left: t.field({
      type: ContradictionSideRef,
      description: 'The earlier or first side.',
      resolve: (c) => c.left,
    }),
    right: t.field({ type: ContradictionSideRef, description: 'The other side.', resolve: (c) => c.right }),
  }),
});

builder.queryField('contradictions', (t) =>
  t.field({
    type: [ContradictionRef],
    description:
      "Contradictions around an actor's statements, a position's, or an actor's on one position: stance " +
      'changes, both stances within a week, reports quoting a remark differently or giving it to different ' +
      'speakers, and allies taking opposite stances. Strongest first. At least one of `actor` and `position` ' +
      'is required (BAD_USER_INPUT otherwise); NOT_FOUND for unknown ids.',
    args: {
      actor: t.arg.id({ description: 'Statements of this actor (domain or global id).' }),
      position: t.arg.id({ description: 'Statements on this position (domain or global id).' }),
      kinds: t.arg({
        type: [ContradictionKindEnum],
        description: 'Only these kinds (default all).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.actor == null && args.position == null) {
        throw new InvalidInputError('contradictions needs an actor, a position or both');
      }
      const actorId = args.actor != null ? domainId('Actor', String(args.actor)) : null;
      const positionId = args.position != null ? domainId('Position', String(args.position)) : null;
      const [actor, position] = await Promise.all([
        actorId ? ActorRef.getDataloader(ctx).load(actorId) : null,
        positionId ? PositionRef.getDataloader(ctx).load(positionId) : null,
      ]);
      if (actor instanceof Error) throw actor;
      if (position instanceof Error) throw position;
      const kinds = new Set<ContradictionKind>(args.kinds?.length ? args.kinds : CONTRADICTION_KINDS);
      return ctx.repos.contradictions.findContradictions({ actorId, positionId }, kinds);
    },
  }),
);
