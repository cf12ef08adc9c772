import type { ACTOR_KINDS, OUTLET_KINDS } from '../ingest/format.js';

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type OutletKind = (typeof OUTLET_KINDS)[number];
export type Gender = 'm' | 'f';

/** What is known about the article besides its text; every field is optional. */
export type ArticleMeta = {
  id?: string;
  title?: string;
  url?: string;
  /** The publishing outlet's name, alias or id ("Reuters", "republic-world"). */
  publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  publishedOn?: string;
};

export type KnownActor = {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
  description?: string;
  gender?: Gender;
  /** Adjectives naming the actor in role phrases ("Russian" for Russia). */
  demonyms?: string[];
  /** The state or organisation a body belongs to (the Kremlin to Russia). */
  partOf?: string;
};

export type KnownOutlet = {
  id: string;
  name: string;
  kind: OutletKind;
  country?: string;
  aliases?: string[];
};

/** Actors and outlets already known (from the graph or the lexicon), which extraction resolves names against. */
export type KnownEntities = { actors?: KnownActor[]; outlets?: KnownOutlet[] };

/**
 * Annotation conventions the extraction follows. The defaults are the real-news corpus's
 * (docs/annotation-format.md); the seed and data/gold/ were annotated with both turned the other way.
 */
export type ExtractOptions = {
  /** Emit the article's own unattributed assertions as statements without a speaker (default false). */
  articleAssertions?: boolean;
  /** Cite the publisher when the text credits it in a dateline or credit line (default true). */
  citePublisher?: boolean;
  /**
   * Once the text ties a speaker's remarks to an interview or briefing with an outlet, the speaker's later
   * remarks anywhere in the article carry that outlet as their original medium unless they name another
   * (default true); when false, only remarks that carry on in the same paragraph do.
   */
  carryMedium?: boolean;
  /**
   * An outlet cited for a remark ("as reported by Reuters", "quoted by TASS") covers the speaker's later
   * remarks until another speaker's, and one cited in the lead covers the whole item (default true); when
   * false, a citation covers its own sentence only.
   */
  carryCredits?: boolean;
  /**
   * An indefinite role phrase about one person ("a BA spokesman said", "a spokeswoman for the IAEA") is that
   * unnamed person (default true, as the corpus annotates); when false it speaks for its organisation.
   */
  unnamedPeople?: boolean;
};
