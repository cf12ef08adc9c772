import type { AnnotatedArticle, Span, StatementInput } from '../ingest/format.js';
import { defaultLexicon } from './lexicon-loader.js';
import { surfaceKey } from './names.js';
import { alignProposedPositions } from './position-alignment.js';
import { samePositionByMeaning } from './position-meaning.js';

/**
 * Statement-level evaluation of an extraction against a gold annotation.
 *
 * Alignment: a statement's evidence is the union of its spans, less the spans that three or more statements
 * of the same document share exactly (a dateline credit copied onto every statement). Two statements overlap when their evidence
 * shares at least one character. Each predicted statement is aligned with the gold statement it overlaps
 * most (and each gold statement with the predicted one it overlaps most). When several overlap it equally
 * (a sentence annotated as three statements on the same evidence), it agrees if it agrees with any of them.
 * Splitting a sentence differently is thus not punished twice, but a wrong speaker is.
 *
 * - span: precision = predicted statements aligned with some gold one / predicted; recall = gold aligned / gold.
 * - speaker: as span, but the aligned statement must also have the same speaker (both the article, or the same
 *   actor: equal ids or a shared name or alias, so that an actor the extractor introduced under its own id is
 *   recognised).
 * - originalMedium, citedVia, position (+stance): over (statement, item) pairs: a predicted pair is correct when
 *   the aligned gold statement has the same item (outlets compared like actors, positions by id, stance equal),
 *   and a gold pair is found when the aligned predicted statement has it. outlets = originalMedium + citedVia.
 * - speakerAccuracy, mediumAccuracy: over the gold statements aligned with at least one predicted statement,
 *   the share whose aligned prediction has the same speaker (resp. the same original medium, both none
 *   counting as the same). Detection errors do not count here; they count in span and endToEnd.
 * - endToEnd: as span, but the aligned statement must have the same speaker, the same original medium and
 *   the same set of cited-via outlets ("statements with speaker and outlets right").
 * - positionMeaning, positionStanceMeaning: as position (+stance), but two positions are the same when their
 *   ids are equal or their words mean the same issue (`samePositionByMeaning`, a rule fixed before any result
 *   was seen). An extra row: the exact rows stay the headline.
 * - positionAligned, positionStanceAligned: as position (+stance), but a proposed position counts as the gold
 *   position it is aligned with (`alignProposedPositions`: one-to-one per article, by the statements the two
 *   labels share). Lexicon ids still match only exactly.
 */

export type Counts = { correctPredicted: number; predicted: number; foundGold: number; gold: number };
export const METRICS = [
  'span',
  'speaker',
  'speakerAccuracy',
  'mediumAccuracy',
  'originalMedium',
  'citedVia',
  'outlets',
  'position',
  'positionStance',
  'positionMeaning',
  'positionStanceMeaning',
  'positionAligned',
  'positionStanceAligned',
  'endToEnd',
] as const;
/** Metrics that are accuracies over aligned statements (foundGold / gold); the others are P/R/F1. */
export const ACCURACIES: readonly MetricName[] = ['speakerAccuracy', 'mediumAccuracy'];
export type MetricName = (typeof METRICS)[number];
export type Scores = Record<MetricName, Counts>;

export type Score = { precision: number | null; recall: number | null; f1: number | null };

/** An accuracy over the gold statements that have an aligned prediction; null when none has. */
export function accuracy(c: Counts): number | null {
  return c.gold === 0 ? null : c.foundGold / c.gold;
}

const empty = (): Counts => ({ correctPredicted: 0, predicted: 0, foundGold: 0, gold: 0 });

let lexiconPositionIds: ReadonlySet<string> | undefined;
/** Whether an id is one of the project lexicon's positions (which the aligned rows match only exactly). */
function isLexiconPosition(id: string): boolean {
  lexiconPositionIds ??= new Set(defaultLexicon().positions.map((p) => p.id));
  return lexiconPositionIds.has(id);
}

export function emptyScores(): Scores {
  return Object.fromEntries(METRICS.map((m) => [m, empty()])) as Scores;
}

export function addScores(into: Scores, more: Scores): Scores {
  for (const m of METRICS) {
    into[m].correctPredicted += more[m].correctPredicted;
    into[m].predicted += more[m].predicted;
    into[m].foundGold += more[m].foundGold;
    into[m].gold += more[m].gold;
  }
  return into;
}

/** Precision, recall and F1; a side with nothing to count is null (nothing predicted, nothing to find). */
export function score(c: Counts): Score {
  const precision = c.predicted === 0 ? null : c.correctPredicted / c.predicted;
  const recall = c.gold === 0 ? null : c.foundGold / c.gold;
  let f1: number | null = null;
  if (precision !== null && recall !== null)
    f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  else if (c.predicted === 0 && c.gold === 0) f1 = null;
  else f1 = 0;
  return { precision, recall, f1 };
}

function merged(spans: readonly Span[]): [number, number][] {
  const sorted = spans.map((s): [number, number] => [s.start, s.end]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function overlap(a: readonly Span[], b: readonly Span[]): number {
  let total = 0;
  for (const [as, ae] of merged(a))
    for (const [bs, be] of merged(b)) total += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return total;
}

/** For each statement, the statements of the other side that overlap it most (several when tied). */
function partners(from: readonly StatementInput[], to: readonly StatementInput[]): StatementInput[][] {
  return from.map((s) => {
    let best: StatementInput[] = [];
    let bestOverlap = 0;
    for (const t of to) {
      const o = overlap(s.evidence, t.evidence);
      if (o > bestOverlap) {
        best = [t];
        bestOverlap = o;
      } else if (o === bestOverlap && o > 0) best.push(t);
    }
    return best;
  });
}

type Forms = (id: string) => Set<string>;

function formsOf(doc: AnnotatedArticle, list: 'actors' | 'outlets'): Forms {
  const map = new Map<string, Set<string>>();
  for (const e of doc[list]) map.set(e.id, new Set([e.id, e.name, ...e.aliases].map(surfaceKey)));
  return (id) => map.get(id) ?? new Set([id]);
}

function same(a: string | null, b: string | null, formsA: Forms, formsB: Forms): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  const fb = formsB(b);
  return [...formsA(a)].some((f) => fb.has(f));
}

/** What a statement has of one field, as items compared one by one (outlet ids, positions with stances). */
type Items<T> = (s: StatementInput) => T[];
/** An outlet in its role on a statement. */
type OutletInRole = { role: 'medium' | 'via'; outlet: string };
/** A position with the stance taken on it. */
type PositionStance = { position: string; stance: string };

function pairCounts<T>(
  predicted: readonly StatementInput[],
  gold: readonly StatementInput[],
  toGold: readonly StatementInput[][],
  toPredicted: readonly StatementInput[][],
  items: Items<T>,
  equal: (predictedItem: T, goldItem: T) => boolean,
): Counts {
  const c = empty();
  predicted.forEach((p, i) => {
    const partner = toGold[i];
    for (const item of items(p)) {
      c.predicted++;
      if (partner?.some((g) => items(g).some((gi) => equal(item, gi)))) c.correctPredicted++;
    }
  });
  gold.forEach((g, i) => {
    const partner = toPredicted[i];
    for (const item of items(g)) {
      c.gold++;
      if (partner?.some((p) => items(p).some((pi) => equal(pi, item)))) c.foundGold++;
    }
  });
  return c;
}

/**
 * The statements with the spans that several of them share removed (a dateline "(Reuters)" or a credit line
 * that an annotator adds to every statement it covers): such a span would align every statement with every
 * other. A span is shared when three or more statements carry exactly it; a statement left with nothing keeps
 * its spans.
 */
export function withoutSharedSpans(statements: readonly StatementInput[]): StatementInput[] {
  const count = new Map<string, number>();
  for (const s of statements)
    for (const key of new Set(s.evidence.map((e) => `${e.start}:${e.end}`)))
      count.set(key, (count.get(key) ?? 0) + 1);
  return statements.map((s) => {
    const own = s.evidence.filter((e) => (count.get(`${e.start}:${e.end}`) ?? 0) < 3);
    return own.length === 0 || own.length === s.evidence.length ? s : { ...s, evidence: own };
  });
}

export function evaluateArticle(predictedDoc: AnnotatedArticle, goldDoc: AnnotatedArticle): Scores {
  const predicted = withoutSharedSpans(predictedDoc.statements);
  const gold = withoutSharedSpans(goldDoc.statements);
  const toGold = partners(predicted, gold);
  const toPredicted = partners(gold, predicted);
  const actorsP = formsOf(predictedDoc, 'actors');
  const actorsG = formsOf(goldDoc, 'actors');
  const outletsP = formsOf(predictedDoc, 'outlets');
  const outletsG = formsOf(goldDoc, 'outlets');
  const sameOutlet = (p: string, g: string) => same(p, g, outletsP, outletsG);
  const aligned = (agree: (p: StatementInput, g: StatementInput) => boolean): Counts => ({
    predicted: predicted.length,
    correctPredicted: predicted.filter((p, i) => toGold[i]?.some((g) => agree(p, g))).length,
    gold: gold.length,
    foundGold: gold.filter((g, i) => toPredicted[i]?.some((p) => agree(p, g))).length,
  });
  const pairs = <T>(items: Items<T>, equal: (p: T, g: T) => boolean) =>
    pairCounts(predicted, gold, toGold, toPredicted, items, equal);
  const medium: Items<string> = (s) => (s.originalMedium ? [s.originalMedium] : []);
  const via: Items<string> = (s) => s.citedVia;
  const tagged: Items<OutletInRole> = (s) => [
    ...medium(s).map((outlet) => ({ role: 'medium' as const, outlet })),
    ...via(s).map((outlet) => ({ role: 'via' as const, outlet })),
  ];
  const sameTagged = (p: OutletInRole, g: OutletInRole) =>
    p.role === g.role && sameOutlet(p.outlet, g.outlet);
  const sameSpeaker = (p: StatementInput, g: StatementInput) => same(p.speaker, g.speaker, actorsP, actorsG);
  const sameMedium = (p: StatementInput, g: StatementInput) =>
    p.originalMedium === null || g.originalMedium === null
      ? p.originalMedium === g.originalMedium
      : sameOutlet(p.originalMedium, g.originalMedium);
  const sameVia = (p: StatementInput, g: StatementInput) =>
    p.citedVia.length === g.citedVia.length &&
    p.citedVia.every((o) => g.citedVia.some((go) => sameOutlet(o, go))) &&
    g.citedVia.every((go) => p.citedVia.some((o) => sameOutlet(o, go)));
  const onAligned = (agree: (p: StatementInput, g: StatementInput) => boolean): Counts => {
    const alignedGold = gold.filter((_, i) => (toPredicted[i]?.length ?? 0) > 0);
    const alignedPredicted = predicted.filter((_, i) => (toGold[i]?.length ?? 0) > 0);
    return {
      predicted: alignedPredicted.length,
      correctPredicted: alignedPredicted.filter((p) => toGold[predicted.indexOf(p)]?.some((g) => agree(p, g)))
        .length,
      gold: alignedGold.length,
      foundGold: alignedGold.filter((g) => toPredicted[gold.indexOf(g)]?.some((p) => agree(p, g))).length,
    };
  };
  const names = (doc: AnnotatedArticle) => new Map(doc.positions.map((p) => [p.id, p.name]));
  const namesP = names(predictedDoc);
  const namesG = names(goldDoc);
  const sameIssue = (p: string, g: string) =>
    samePositionByMeaning({ id: p, name: namesP.get(p) }, { id: g, name: namesG.get(g) });
  const positionIds: Items<string> = (s) => s.positions.map((p) => p.position);
  const withStances: Items<PositionStance> = (s) =>
    s.positions.map((p) => ({ position: p.position, stance: p.stance }));
  const sameIssueAndStance = (p: PositionStance, g: PositionStance) =>
    p.stance === g.stance && sameIssue(p.position, g.position);
  const mapped = alignProposedPositions(
    predicted.flatMap((p, i) =>
      (toGold[i] ?? []).map((g) => ({ predicted: positionIds(p), gold: positionIds(g) })),
    ),
    isLexiconPosition,
  );
  const sameLabel = (p: string, g: string) => p === g || mapped.get(p) === g;
  return {
    span: aligned(() => true),
    speaker: aligned(sameSpeaker),
    speakerAccuracy: onAligned(sameSpeaker),
    mediumAccuracy: onAligned(sameMedium),
    endToEnd: aligned((p, g) => sameSpeaker(p, g) && sameMedium(p, g) && sameVia(p, g)),
    originalMedium: pairs(medium, sameOutlet),
    citedVia: pairs(via, sameOutlet),
    outlets: pairs(tagged, sameTagged),
    position: pairs(positionIds, (p, g) => p === g),
    positionStance: pairs(withStances, (p, g) => p.position === g.position && p.stance === g.stance),
    positionMeaning: pairs(positionIds, sameIssue),
    positionStanceMeaning: pairs(withStances, sameIssueAndStance),
    positionAligned: pairs(positionIds, sameLabel),
    positionStanceAligned: pairs(
      withStances,
      (p, g) => p.stance === g.stance && sameLabel(p.position, g.position),
    ),
  };
}
