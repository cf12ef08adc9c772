import { createHash } from 'node:crypto';
import {
  type AffiliationInput,
  type AnnotatedArticle,
  FORMAT,
  type FuzzyDate,
  idSchema,
  MAX_STATEMENTS,
  type StatementInput,
} from '../ingest/format.js';
import { formatIssues, validateAnnotatedArticle } from '../ingest/validate.js';
import { campOf } from './camp.js';
import { confidenceOf, REVIEW_BELOW } from './confidence.js';
import type { Draft } from './draft.js';
import { ExtractionError } from './errors.js';
import type { Lexicon } from './lexicon.js';
import { slugify } from './names.js';
import { datelineOutlet, outletByName } from './outlets.js';
import { analyseRemark, type Stance } from './positions.js';
import type { Registry } from './registry.js';
import type { Segmentation, Sentence } from './sentences.js';
import type { ArticleMeta } from './types.js';
import { EXTRACTED_BY } from './version.js';

/** Turns drafts into an annotated-article document, declares what they reference and validates it. */

const TARGET_ACTS = new Set(['demand', 'appeal', 'warning', 'threat', 'rejection']);

export function articleId(text: string, meta: ArticleMeta): string {
  const given = meta.id?.trim();
  if (given) {
    if (idSchema.safeParse(given).success) return given;
    const slug = slugify(given);
    if (slug) return slug;
  }
  const fromTitle = meta.title ? slugify(meta.title) : '';
  if (fromTitle) return fromTitle;
  return `article-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

function publishedOn(meta: ArticleMeta): FuzzyDate | null {
  const value = meta.publishedOn?.trim();
  if (!value) return null;
  // The first day of the period must be a real day: "2022-99" or "0000" is bad metadata, not a bug.
  const firstDay = `${value}${'-01-01'.slice(value.length - 4)}`;
  const day = new Date(`${firstDay}T00:00:00Z`);
  if (
    !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ||
    value.startsWith('0000') ||
    Number.isNaN(day.getTime()) ||
    day.toISOString().slice(0, 10) !== firstDay
  ) {
    throw new ExtractionError(
      'bad_meta',
      `publishedOn must be a calendar date YYYY, YYYY-MM or YYYY-MM-DD (found ${JSON.stringify(value)})`,
    );
  }
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return { value, precision, context: true };
}

function checkedUrl(meta: ArticleMeta): string | null {
  const url = meta.url?.trim();
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return url;
  } catch {
    // reported below
  }
  throw new ExtractionError('bad_meta', `url must be an http(s) URL (found ${JSON.stringify(url)})`);
}

function paraphrase(content: string): string {
  const words = content
    .replace(/^["“'‘\s]+/, '')
    .replace(/["”'’\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (words === '') return content.trim();
  const capitalised = words.charAt(0).toUpperCase() + words.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** The longest quotation inside the remark, without the marks and a trailing comma. */
function quoteOf(text: string, sentence: Sentence | undefined, draft: Draft): string | null {
  const { content } = draft.frame;
  const quotes = (sentence?.quotes ?? []).filter(
    (q) => q.open >= content.start - 1 && q.close <= content.end + 1,
  );
  const longest = quotes.sort((a, b) => b.close - b.open - (a.close - a.open))[0];
  if (!longest) return null;
  const words = text
    .slice(longest.open + 1, longest.close)
    .replace(/,$/, '')
    .trim();
  return words === '' ? null : words;
}

/**
 * Each actor's aliases plus the forms the article used for it (`Registry.shownForms`), leaving out a form
 * that is another declared actor's name or alias or was shown for another actor first (the format wants
 * every form to name one actor).
 */
function shownAliases(registry: Registry, ids: readonly string[]): (id: string) => string[] {
  const owner = new Map<string, string>();
  for (const id of ids) {
    const a = registry.actors.get(id);
    for (const form of a ? [a.name, ...a.aliases] : []) owner.set(form.toLowerCase(), id);
  }
  const extra = new Map<string, string[]>();
  for (const id of ids) {
    const own: string[] = [];
    for (const form of registry.shownForms.get(id) ?? []) {
      const key = form.toLowerCase();
      if (owner.has(key)) continue;
      owner.set(key, id);
      own.push(form);
    }
    extra.set(id, own);
  }
  return (id) => [...(registry.actors.get(id)?.aliases ?? []), ...(extra.get(id) ?? [])];
}

export type AssemblyInput = {
  text: string;
  meta: ArticleMeta;
  seg: Segmentation;
  drafts: Draft[];
  lexicon: Lexicon;
  registry: Registry;
  sources: string[];
  publisher: string | null;
  /** An outlet never cited as a source (the publisher, under the gold set's convention). */
  excluded: string | null;
  /** Actors known before the article (lexicon and graph): a speaker outside it is less certain. */
  known: ReadonlySet<string>;
};

/** A remark that only points back at the sentence before ("said this in an interview", "said so."). */
const ANAPHORIC = /^(?:this|so)\s*(?:[.,;]|$|(?:in|at|on|during|while|when|after|before|to)\b)/i;

/** Positions proposed from the text, by id, declared with the document (marked as proposed). */
type Proposals = Map<string, string>;

/** Per speaker, the lexicon positions of its last remark that touched one (a later remark carries on). */
type Issues = Map<string, string[]>;
/** The key of the article's first issue in `Issues`. */
const TOPIC = ' topic';
/** The article's proposed issue (its first proposal) and each speaker's last stance on it. */
type ProposedTopic = { issue?: { id: string; name: string }; stances: Map<string, Stance> };

function statement(
  input: AssemblyInput,
  id: string,
  draft: Draft,
  proposals: Proposals,
  issues: Issues,
  topic: ProposedTopic,
): StatementInput {
  const { text, seg, lexicon } = input;
  const sentence = seg.sentences[draft.sentence];
  const contextStart = seg.sentences[Math.max(0, draft.sentence - 2)]?.start ?? 0;
  const content = text.slice(draft.frame.content.start, draft.frame.content.end);
  const attributed = draft.speaker !== null;
  const previous = seg.sentences[draft.sentence - 1];
  // "He stated this in an interview": the remark is the sentence before, and so is what it takes a stance on.
  const referred =
    attributed && previous && ANAPHORIC.test(content) ? `${text.slice(previous.start, previous.end)} ` : '';
  const remark = analyseRemark(lexicon, {
    content: referred + content,
    context: text.slice(contextStart, sentence?.end ?? text.length),
    cue: draft.cue,
    attributed,
    camp: campOf(input.registry, draft.speaker),
    carried: draft.speaker ? (issues.get(draft.speaker) ?? issues.get(TOPIC)) : undefined,
    ...(topic.issue ? { topic: topic.issue } : {}),
    ...(draft.speaker && topic.stances.has(draft.speaker)
      ? { topicStance: topic.stances.get(draft.speaker) }
      : {}),
    words: referred
      ? undefined
      : sentence?.tokens.filter(
          (t) => t.start >= draft.frame.content.start && t.end <= draft.frame.content.end,
        ),
  });
  const known = remark.positions.filter((p) => p.position !== remark.proposed?.id).map((p) => p.position);
  if (draft.speaker && known.length > 0) issues.set(draft.speaker, known);
  if (known.length > 0 && !issues.has(TOPIC)) issues.set(TOPIC, known);
  if (remark.proposed) {
    proposals.set(remark.proposed.id, remark.proposed.name);
    topic.issue ??= remark.proposed;
    const taken = remark.positions.find((p) => p.position === remark.proposed?.id);
    if (draft.speaker && taken) topic.stances.set(draft.speaker, taken.stance);
  }
  // Datelines of later paragraphs (aggregated stories) cover the sentences after them.
  const later = (sentence?.sources ?? []).flatMap((name) => datelineOutlet(input.registry, name) ?? []);
  const via = [...new Set([...draft.via, ...input.sources, ...later])].filter((o) => o !== input.excluded);
  return {
    id,
    speaker: draft.speaker,
    text: paraphrase(content),
    quote: attributed ? quoteOf(text, sentence, draft) : null,
    speechAct: remark.speechAct,
    negated: remark.negated,
    conditional: remark.condition !== null,
    condition: remark.condition,
    statedOn: null,
    cue: attributed ? draft.frame.cueText : null,
    originalMedium: draft.medium,
    citedVia: via,
    positions: remark.positions,
    mentions: draft.mentioned.map((actor, i) => ({
      actor,
      role: i === 0 && TARGET_ACTS.has(remark.speechAct) ? ('target' as const) : ('mention' as const),
    })),
    events: [],
    evidence: draft.evidence
      .filter((r) => r.end > r.start)
      .map((r) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) })),
    ...(attributed ? reviewed(confidenceOf(draft, input.registry, input.known)) : {}),
    extractedBy: EXTRACTED_BY,
  };
}

function reviewed(confidence: number): { confidence: number; review?: true } {
  return confidence < REVIEW_BELOW ? { confidence, review: true } : { confidence };
}

function affiliations(registry: Registry, declared: Set<string>): AffiliationInput[] {
  const out = new Map<string, AffiliationInput>();
  const add = (actor: string, role: AffiliationInput['role'], of: string) => {
    if (actor === of || !registry.actors.has(of)) return;
    declared.add(of);
    out.set(`${actor} ${role} ${of}`, { actor, role, of });
  };
  for (const id of [...declared]) {
    const actor = registry.actors.get(id);
    if (!actor) continue;
    for (const role of actor.roles) {
      if (role.org === null || actor.kind !== 'person') continue;
      if (role.classes.includes('spokesperson')) add(id, 'spokesperson_for', role.org);
      else if (role.classes.includes('leader') || role.classes.includes('chief')) add(id, 'leads', role.org);
    }
    if (actor.partOf) add(id, actor.kind === 'group' ? 'belongs_to' : 'part_of', actor.partOf);
  }
  return [...out.values()];
}

export function assemble(input: AssemblyInput): AnnotatedArticle {
  const { text, meta, seg, drafts, lexicon, registry } = input;
  const id = articleId(text, meta);
  const proposals: Proposals = new Map();
  const issues: Issues = new Map();
  const topic: ProposedTopic = { stances: new Map() };
  const statements = drafts.map((d, i) =>
    statement(input, `${id}:s${String(i + 1).padStart(2, '0')}`, d, proposals, issues, topic),
  );
  const actorIds = new Set<string>();
  for (const s of statements) {
    if (s.speaker) actorIds.add(s.speaker);
    for (const m of s.mentions) actorIds.add(m.actor);
  }
  const affiliationList = affiliations(registry, actorIds);
  const imageCredits = [...new Set(seg.imageCredits.map((name) => outletByName(registry, name, 'agency')))];
  const outletIds = new Set<string>([
    ...(input.publisher ? [input.publisher] : []),
    ...imageCredits,
    ...statements.flatMap((s) => [...s.citedVia, ...(s.originalMedium ? [s.originalMedium] : [])]),
  ]);
  const positionIds = new Set(statements.flatMap((s) => s.positions.map((p) => p.position)));
  const aliasesWithForms = shownAliases(registry, [...actorIds]);
  const doc = {
    format: FORMAT,
    article: {
      id,
      title: meta.title?.trim() || null,
      publisher: input.publisher,
      url: checkedUrl(meta),
      publishedOn: publishedOn(meta),
      context: [
        ...(meta.title?.trim() ? ['title' as const] : []),
        ...(input.publisher ? ['publisher' as const] : []),
        ...(meta.url?.trim() ? ['url' as const] : []),
      ],
      imageCredits,
      text,
    },
    actors: [...actorIds].flatMap((actorId) => {
      const a = registry.actors.get(actorId);
      if (!a) return [];
      return [
        {
          id: a.id,
          name: a.name,
          kind: a.kind,
          aliases: aliasesWithForms(a.id),
          ...(a.description ? { description: a.description } : {}),
        },
      ];
    }),
    affiliations: affiliationList,
    outlets: [...outletIds].flatMap((outletId) => {
      const o = registry.outlets.get(outletId);
      if (!o) return [];
      return [
        {
          id: o.id,
          name: o.name,
          kind: o.kind,
          aliases: o.aliases,
          ...(o.country ? { country: o.country } : {}),
        },
      ];
    }),
    positions: [
      ...lexicon.positions
        .filter((p) => positionIds.has(p.id))
        .map((p) => ({ id: p.id, name: p.name, ...(p.description ? { description: p.description } : {}) })),
      ...[...proposals]
        .filter(([pid]) => !lexicon.positions.some((p) => p.id === pid))
        .map(([pid, name]) => ({
          id: pid,
          name,
          description:
            'Proposed by the extractor from the text: no lexicon entry fits. Review before relying on it.',
        })),
    ],
    events: [],
    statements,
  };
  // A long text can propose more statements than one article may hold: that is the text's size, not a fault.
  if (statements.length > MAX_STATEMENTS) {
    throw new ExtractionError(
      'too_large',
      `The text yields ${statements.length} statements; an article holds at most ${MAX_STATEMENTS}: split it into articles`,
    );
  }
  const result = validateAnnotatedArticle(doc);
  if (!result.ok) {
    throw new ExtractionError(
      'internal',
      `The extracted document does not validate:\n${formatIssues(result.errors)}`,
    );
  }
  return result.value;
}
