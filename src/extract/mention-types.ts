import type { Lexicon } from './lexicon.js';
import type { EntityRef, Registry, RoleInfo } from './registry.js';
import type { ActorKind, OutletKind } from './types.js';

/** What a mention is: a span of a sentence that may refer to an actor or an outlet (see mentions.ts). */

export type MentionType = 'entity' | 'name' | 'pronoun' | 'role' | 'group' | 'body' | 'class' | 'outlet-ref';

export type Mention = {
  type: MentionType;
  /** Token indices in the sentence, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  ref?: EntityRef;
  /** The title or role of a name or role phrase. */
  role?: RoleInfo;
  /** The name itself, without its title ("Sergei Riabkov"). */
  name?: string;
  pronoun?: 'm' | 'f' | 'plural' | 'it';
  definite: boolean;
  kind?: ActorKind;
  /** The state or organisation a group, body or role phrase belongs to. */
  owner?: string | null;
  outletKind?: OutletKind;
  /** Other forms the actor is known by ("China Coast Guard" for "the Chinese coast guard"). */
  forms?: string[];
};

export type MentionContext = {
  text: string;
  lexicon: Lexicon;
  registry: Registry;
  /** The actor a class noun ("the alliance") refers to at this point of the article. */
  classRef?: (kind: ActorKind) => string | undefined;
};
