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

/**
 * GraphQL enums in UPPER_CASE whose internal values are the lowercase words of the format's unions
 * (src/ingest/format.ts), which is what the graph stores.
 */
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

/**
 * A word the graph stores as a member of the format's union. The data layer reads it as a string; only
 * validated documents write it, so a word outside the union is a broken graph (an internal error), never bad
 * input.
 */
function storedAs<const T extends readonly string[]>(name: string, values: T) {
  const members: readonly string[] = values;
  const isMember = (value: string): value is T[number] => members.includes(value);
  return (value: string): T[number] => {
    if (isMember(value)) return value;
    throw new Error(`The graph holds ${name} "${value}", which is not one of ${values.join(', ')}`);
  };
}

export const stance = storedAs('stance', STANCES);
export const speechAct = storedAs('speech act', SPEECH_ACTS);
export const actorKind = storedAs('actor kind', ACTOR_KINDS);
export const affiliationRole = storedAs('affiliation role', AFFILIATION_ROLES);
export const outletKind = storedAs('outlet kind', OUTLET_KINDS);
export const mentionRole = storedAs('mention role', MENTION_ROLES);

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

export const ImportStatusEnum = builder.enumType('ImportStatus', {
  description: 'What an import did.',
  values: {
    CREATED: { value: 'created', description: 'The article was new.' },
    UPDATED: { value: 'updated', description: 'The annotation changed; the article was rewritten.' },
    UNCHANGED: {
      value: 'unchanged',
      description: 'The same annotation was already imported; nothing changed.',
    },
  } as const,
});

export const SearchKindEnum = builder.enumType('SearchKind', {
  description: 'What a search looks through.',
  values: {
    ACTOR: { value: 'Actor', description: 'Actor names and aliases.' },
    STATEMENT: { value: 'Statement', description: "Statements' paraphrases and quotes." },
  } as const,
});

export const StatementOrderEnum = builder.enumType('StatementOrder', {
  description: 'Sort orders for statement lists; ties are broken by id, undated statements come last.',
  values: {
    STATED_ON_DESC: { value: 'desc', description: 'Newest first.' },
    STATED_ON_ASC: { value: 'asc', description: 'Oldest first.' },
  } as const,
});
