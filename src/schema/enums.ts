import { builder } from '../builder.js';
import {
  ACTOR_KINDS,
  AFFILIATION_ROLES,
  DATE_PRECISIONS,
  MENTION_ROLES,
  OUTLET_KINDS,
  SPEECH_ACTS,
  STANCES,
} from '../ingest/format.js';

/** GraphQL enums in UPPER_CASE whose internal values are the lowercase words the graph stores. */
function enumOf<const T extends readonly string[]>(
  name: string,
  description: string,
  values: T,
  describe: Record<T[number], string>,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((v) => [v.toUpperCase(), { value: v, description: describe[v as T[number]] }]),
    ) as Record<string, { value: T[number]; description: string }>,
  });
}

export const StanceEnum = enumOf('Stance', 'The stance a statement takes on a position.', STANCES, {
  supports: 'In favour of the position.',
  opposes: 'Against the position.',
  demands: 'Demands it (or demands something about it).',
  justifies: 'Gives reasons for it.',
  dismisses: 'Plays it down as unimportant or unfounded.',
  warns: 'Warns about it or threatens it.',
  neutral: 'Mentions it without taking sides (reports).',
});

export const SpeechActEnum = enumOf(
  'SpeechAct',
  'What a statement does (a small CAMEO-like set).',
  SPEECH_ACTS,
  {
    claim: 'Asserts something as true.',
    report: "The article's own report of a fact or event.",
    demand: 'Demands an action.',
    warning: 'Warns of consequences.',
    threat: 'Threatens an action.',
    justification: 'Justifies an action or state.',
    rejection: 'Rejects a proposal or claim.',
    dismissal: 'Dismisses a concern.',
    denial: 'Denies an accusation or intention.',
    intent_to_cooperate: 'Expresses willingness to cooperate or continue talks.',
    appeal: 'Appeals to someone.',
  },
);

export const ActorKindEnum = enumOf('ActorKind', 'What kind of actor this is.', ACTOR_KINDS, {
  person: 'A person (Dmitry Peskov).',
  state: 'A state (Russia, Ukraine).',
  government_body: 'A government body (the Kremlin).',
  alliance: 'An alliance (NATO).',
  organization: 'An organization.',
  delegation: 'A delegation representing a state at an event.',
  group: "A group (Russia's leadership).",
});

export const AffiliationRoleEnum = enumOf(
  'AffiliationRole',
  'How one actor relates to another.',
  AFFILIATION_ROLES,
  {
    spokesperson_for: 'Speaks for the other actor.',
    part_of: 'Is part of the other actor.',
    represents: 'Represents the other actor (a delegation its state).',
    belongs_to: 'Belongs to the other actor.',
    member_of: 'Is a member of the other actor.',
    leads: 'Leads the other actor.',
    counterpart_of: 'Is the counterpart of the other actor.',
  },
);

export const OutletKindEnum = enumOf('OutletKind', 'What kind of medium an outlet is.', OUTLET_KINDS, {
  broadcaster: 'Television or radio broadcaster (CNN).',
  wire: 'News wire (AP).',
  state_media: 'State-controlled media (Sputnik).',
  newspaper: 'Newspaper.',
  website: 'News website (Republic World).',
  agency: 'News agency.',
});

export const MentionRoleEnum = enumOf('MentionRole', 'How a statement refers to an actor.', MENTION_ROLES, {
  target: 'The statement is aimed at the actor.',
  mention: 'The statement merely names the actor.',
});

export const DatePrecisionEnum = enumOf('DatePrecision', 'How precisely a date is known.', DATE_PRECISIONS, {
  day: 'Known to the day.',
  month: 'Known to the month.',
  year: 'Known to the year.',
});
