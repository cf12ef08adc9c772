import type {
  CorpusActor,
  CorpusAffiliation,
  CorpusArticle,
  CorpusEntities,
  CorpusEvent,
  CorpusOutlet,
  CorpusPosition,
  CorpusStatement,
} from '../graph/bulk-load.js';
import { ACTOR_KINDS, AFFILIATION_ROLES, OUTLET_KINDS, SPEECH_ACTS, STANCES } from '../ingest/format.js';
import { createRandom, pick, Zipf } from './corpus-random.js';
import {
  CONNECTIVES,
  capitalize,
  corpusIds,
  dateFor,
  pad,
  STATE_WORDS,
  TOPICS,
  tagFor,
  VERBS,
  wordFor,
} from './corpus-words.js';

export { createRandom, Zipf } from './corpus-random.js';
export { corpusIds, tagFor, wordFor } from './corpus-words.js';

/**
 * A synthetic corpus for benchmarks, in the graph model of docs/model.md. Everything derives from one seed, so
 * the same preset always yields the same graph, and ids are stable across runs (the bench can name hot and
 * cold entities by id). Popularity follows Zipf laws: a few actors, outlets and positions carry most
 * statements, as in real reporting. Articles are generated lazily, so the 1M-statement preset streams in
 * constant memory.
 */

export type CorpusSizes = {
  statements: number;
  actors: number;
  outlets: number;
  articles: number;
  positions: number;
  events: number;
};

export type PresetName = 'tiny' | 'small' | 'large';

export const PRESETS: Record<PresetName, CorpusSizes> = {
  tiny: { statements: 200, actors: 40, outlets: 8, articles: 40, positions: 10, events: 10 },
  small: { statements: 10_000, actors: 500, outlets: 50, articles: 2_000, positions: 50, events: 100 },
  large: {
    statements: 1_000_000,
    actors: 50_000,
    outlets: 500,
    articles: 200_000,
    positions: 200,
    events: 5_000,
  },
};

export type CorpusOptions = CorpusSizes & {
  seed: number;
  /** Appended to every id (and name), so that a corpus can share a database with other data (tests). */
  suffix?: string;
};

export class Corpus {
  readonly ids: ReturnType<typeof corpusIds>;
  private readonly actorZipf: Zipf;
  private readonly outletZipf: Zipf;
  private readonly positionZipf: Zipf;
  private readonly eventZipf: Zipf;
  private readonly tagCount: number;
  private entitiesCache: CorpusEntities | undefined;

  constructor(readonly options: CorpusOptions) {
    this.ids = corpusIds(options.suffix);
    this.actorZipf = new Zipf(options.actors, 1.0);
    this.outletZipf = new Zipf(options.outlets, 1.1);
    this.positionZipf = new Zipf(options.positions, 0.9);
    this.eventZipf = new Zipf(options.events, 1.0);
    this.tagCount = Math.max(1, Math.floor(options.statements / 4));
  }

  private nameSuffix(): string {
    return this.options.suffix ? ` ${this.options.suffix}` : '';
  }

  actorName(i: number): string {
    return `${capitalize(wordFor(i * 7 + 3))} ${capitalize(wordFor(i, 3))}${this.nameSuffix()}`;
  }

  positionName(i: number): string {
    const topic = TOPICS[i % TOPICS.length] ?? 'sanctions';
    return `${capitalize(topic)} ${wordFor(i)}${this.nameSuffix()}`;
  }

  /** Actors, affiliations, outlets, positions and events: small enough to hold in memory at every preset. */
  entities(): CorpusEntities {
    if (this.entitiesCache) return this.entitiesCache;
    const random = createRandom(this.options.seed ^ 0x5eed);
    const { ids } = this;
    const actors: CorpusActor[] = [];
    const affiliations: CorpusAffiliation[] = [];
    for (let i = 0; i < this.options.actors; i++) {
      // The heads of the distribution are states and bodies; the long tail is people.
      const kind = i < 20 ? (i % 2 === 0 ? 'state' : 'government_body') : pick(ACTOR_KINDS, random, 0.7);
      const name = kind === 'state' ? `${pick(STATE_WORDS, random)} ${this.actorName(i)}` : this.actorName(i);
      actors.push({
        id: ids.actor(i),
        name,
        kind,
        description: random() < 0.2 ? `A ${kind.replace('_', ' ')} in the benchmark corpus.` : null,
        aliases:
          random() < 0.1 ? [`${capitalize(wordFor(i * 13 + 5))} ${wordFor(i, 3)}${this.nameSuffix()}`] : [],
      });
      if (i >= 20 && random() < 0.05) {
        affiliations.push({
          actor: ids.actor(i),
          role: pick(AFFILIATION_ROLES, random),
          of: ids.actor(Math.floor(random() * 20)),
        });
      }
    }
    const outlets: CorpusOutlet[] = [];
    for (let i = 0; i < this.options.outlets; i++) {
      outlets.push({
        id: ids.outlet(i),
        name: `${capitalize(wordFor(i * 3 + 1))} News${this.nameSuffix()}`,
        kind: pick(OUTLET_KINDS, random),
        country: random() < 0.8 ? capitalize(wordFor(i % 40)) : null,
        aliases: random() < 0.3 ? [`${wordFor(i * 3 + 1).toUpperCase()}${this.nameSuffix()}`] : [],
      });
    }
    const positions: CorpusPosition[] = [];
    for (let i = 0; i < this.options.positions; i++) {
      positions.push({
        id: ids.position(i),
        name: this.positionName(i),
        description: random() < 0.5 ? `Whether to change course on ${TOPICS[i % TOPICS.length]}.` : null,
      });
    }
    const events: CorpusEvent[] = [];
    for (let i = 0; i < this.options.events; i++) {
      const participants = new Set<number>();
      const count = 1 + Math.floor(random() * 3);
      while (participants.size < count) participants.add(this.actorZipf.sample(random));
      events.push({
        id: ids.event(i),
        name: `${capitalize(wordFor(i * 5 + 2))} talks${this.nameSuffix()}`,
        description: null,
        date: dateFor(i, this.options.events),
        datePrecision: 'day',
        dateContext: false,
        participants: [...participants].map((a) => ({
          actor: ids.actor(a),
          role: random() < 0.5 ? 'host' : null,
        })),
        follows: i > 0 && random() < 0.3 ? ids.event(i - 1) : null,
      });
    }
    this.entitiesCache = { actors, affiliations, outlets, positions, events };
    return this.entitiesCache;
  }

  /** How many statements article `i` carries: the total is exactly `statements`, spread evenly. */
  statementsOf(i: number): number {
    const { statements, articles } = this.options;
    return Math.floor(((i + 1) * statements) / articles) - Math.floor((i * statements) / articles);
  }

  /**
   * Article `i` with its statements. Each article has its own PRNG stream (seed and index), so articles can
   * be produced in any order or in parallel and still come out the same.
   */
  article(i: number): CorpusArticle {
    const random = createRandom((this.options.seed * 1_000_003 + i) >>> 0);
    const { ids } = this;
    const articleId = ids.article(i);
    const publishedOn = dateFor(Math.floor(random() * 1826), 1826);
    const publisher = ids.outlet(this.outletZipf.sample(random));
    const count = this.statementsOf(i);
    const first = Math.floor((i * this.options.statements) / this.options.articles);
    const sentences: string[] = [];
    const drafts: Omit<CorpusStatement, 'evidence'>[] = [];
    for (let k = 0; k < count; k++) {
      const speakerIndex = this.actorZipf.sample(random);
      const positionIndex = this.positionZipf.sample(random);
      const topic = TOPICS[positionIndex % TOPICS.length] ?? 'sanctions';
      const verb = pick(VERBS, random);
      const connective = pick(CONNECTIVES, random);
      const tag = tagFor(Math.floor(random() * this.tagCount));
      const speakerName = this.actorName(speakerIndex);
      const quoted = random() < 0.4;
      const paraphrase = `${speakerName} ${connective} ${topic} ${wordFor(positionIndex)} ${tag}`;
      const quote = quoted ? `We ${connective} accept ${topic} ${tag}` : null;
      sentences.push(
        quote
          ? `${speakerName} ${verb}: "${quote}."`
          : `${speakerName} ${verb} it ${connective} ${topic} ${tag}.`,
      );
      const positions = [{ position: ids.position(positionIndex), stance: pick(STANCES, random) }];
      if (random() < 0.15) {
        const other = this.positionZipf.sample(random);
        if (other !== positionIndex)
          positions.push({ position: ids.position(other), stance: pick(STANCES, random) });
      }
      const mentions: { actor: string; role: string }[] = [];
      if (random() < 0.3) {
        const target = this.actorZipf.sample(random);
        if (target !== speakerIndex) {
          mentions.push({ actor: ids.actor(target), role: random() < 0.5 ? 'target' : 'mention' });
        }
      }
      const originalMedium = random() < 0.3 ? ids.outlet(this.outletZipf.sample(random)) : null;
      const citedVia = random() < 0.5 ? [ids.outlet(this.outletZipf.sample(random))] : [];
      const conditional = random() < 0.05;
      drafts.push({
        id: `${articleId}:s${pad(first + k, 7)}`,
        articleId,
        speaker: ids.actor(speakerIndex),
        text: paraphrase,
        quote,
        speechAct: pick(SPEECH_ACTS, random, 0.5),
        negated: connective === 'will not' || connective === 'cannot',
        conditional,
        condition: conditional ? `if ${topic} change` : null,
        cue: verb,
        statedOn: publishedOn,
        statedOnPrecision: 'day',
        statedOnContext: false,
        originalMedium,
        citedVia,
        positions,
        mentions,
        events: random() < 0.1 ? [ids.event(this.eventZipf.sample(random))] : [],
      });
    }
    // The text is the sentences joined by spaces; each statement's evidence is its whole sentence, so spans
    // are exact by construction.
    let offset = 0;
    const statements: CorpusStatement[] = drafts.map((draft, k) => {
      const sentence = sentences[k] ?? '';
      const start = offset;
      offset += sentence.length + 1;
      return {
        ...draft,
        evidence: [
          { id: `${draft.id}@${articleId}#e000`, start, end: start + sentence.length, text: sentence },
        ],
      };
    });
    return {
      id: articleId,
      title: `${capitalize(wordFor(i, 3))} report ${pad(i, 7)}${this.nameSuffix()}`,
      url: `https://news.example/${articleId}`,
      publisher,
      publishedOn,
      publishedOnPrecision: 'day',
      publishedOnContext: false,
      contextFields: [],
      text: sentences.join(' '),
      statements,
    };
  }

  *articles(from = 0, to = this.options.articles): Generator<CorpusArticle> {
    for (let i = from; i < to; i++) yield this.article(i);
  }
}

export function corpusFor(preset: PresetName, seed = 42, suffix?: string): Corpus {
  return new Corpus({ ...PRESETS[preset], seed, ...(suffix ? { suffix } : {}) });
}

export type CorpusStats = {
  sizes: CorpusSizes;
  statements: number;
  articles: number;
  /** Share of all statements spoken by the top 1% of actors, and by the top 10 actors. */
  topActorShare: { top1Percent: number; top10: number };
  /** Share of all statements cited via or said to the top 10% of outlets. */
  topOutletShare: number;
  maxStatementsPerActor: number;
};

/** Generates every article once and measures the skew; used by `npm run corpus -- --stats` and the tests. */
export function corpusStats(corpus: Corpus, progress?: (done: number, total: number) => void): CorpusStats {
  const { actors, outlets, articles } = corpus.options;
  const perActor = new Map<string, number>();
  const perOutlet = new Map<string, number>();
  let statements = 0;
  let done = 0;
  for (const article of corpus.articles()) {
    for (const s of article.statements) {
      statements += 1;
      perActor.set(s.speaker, (perActor.get(s.speaker) ?? 0) + 1);
      for (const o of new Set([...s.citedVia, ...(s.originalMedium ? [s.originalMedium] : [])])) {
        perOutlet.set(o, (perOutlet.get(o) ?? 0) + 1);
      }
    }
    done += 1;
    progress?.(done, articles);
  }
  const actorCounts = [...perActor.values()].sort((a, b) => b - a);
  const outletCounts = [...perOutlet.values()].sort((a, b) => b - a);
  const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
  const outletTotal = sum(outletCounts);
  return {
    sizes: { ...corpus.options },
    statements,
    articles,
    topActorShare: {
      top1Percent: sum(actorCounts.slice(0, Math.max(1, Math.floor(actors / 100)))) / statements,
      top10: sum(actorCounts.slice(0, 10)) / statements,
    },
    topOutletShare:
      sum(outletCounts.slice(0, Math.max(1, Math.floor(outlets / 10)))) / Math.max(1, outletTotal),
    maxStatementsPerActor: actorCounts[0] ?? 0,
  };
}

/** For the bench CLIs: the preset named on the command line, or the usage on stderr and exit status 2. */
export function presetOrExit(value: string | undefined, usage: string): PresetName {
  if (value !== undefined && value in PRESETS) return value as PresetName;
  console.error(`Unknown preset "${value}".\n${usage}`);
  process.exit(2);
}
