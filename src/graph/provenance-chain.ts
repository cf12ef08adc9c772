/**
 * The provenance chain of one statement, from the rows of analysis/get-statement-provenance: who said it, the
 * outlet it was said to, and every article that reported it, with the outlets each article cites for it.
 *
 * A report's sources are the outlets its article cites for the statement; an article citing nothing took it
 * from the original medium when there is one (and it is another outlet), and is otherwise its own source. A
 * report traces back through its sources: a source that published its own report of the statement traces on
 * through that report, one that did not (or that closes a loop) is where the trail ends. A statement relies on
 * an outlet when every one of its reports traces back to that outlet and to no other.
 */

export type ProvenanceRow = {
  statementId: string;
  speakerId: string | null;
  originalMediumId: string | null;
  statedOn: string | null;
  reports: {
    articleId: string;
    publisherId: string | null;
    publishedOn: string | null;
    publishedOnPrecision: string | null;
    citedVia: string[];
  }[];
};

export type ProvenanceReportModel = {
  articleId: string;
  publisherId: string | null;
  /** YYYY-MM-DD (first day of its period) and precision, or null when the article has no date. */
  publishedOn: string | null;
  publishedOnPrecision: string | null;
  /** The outlets this report took the statement from (see above). */
  sourceIds: string[];
  /** The outlets this report traces back to. */
  tracesTo: string[];
};

export type ProvenanceRole = 'original_medium' | 'agency' | 'publisher';

export type ProvenanceStepModel = {
  outletId: string;
  role: ProvenanceRole;
  /** 1 for where a trail starts (the original medium, an outlet citing no one), then one more per hand. */
  depth: number;
  /** The earliest date of its reports, or null. */
  firstPublishedOn: string | null;
  articleIds: string[];
  sourceIds: string[];
};

export type ProvenanceLinkModel = { fromId: string; toId: string; articleId: string };

export type ProvenanceModel = {
  statementId: string;
  speakerId: string | null;
  originalMediumId: string | null;
  /** Oldest first; undated reports last. */
  reports: ProvenanceReportModel[];
  /** The earliest dated report, or null when no report is dated. */
  firstReport: ProvenanceReportModel | null;
  /** Left to right: by depth, then date. */
  steps: ProvenanceStepModel[];
  /** "toId took it from fromId in articleId". */
  links: ProvenanceLinkModel[];
  /** Where every trail ends, sorted. */
  roots: string[];
};

type Report = ProvenanceRow['reports'][number];

function sourcesOf(row: ProvenanceRow, report: Report): string[] {
  const cited = report.citedVia.filter((id) => id !== report.publisherId);
  if (cited.length > 0) return cited;
  if (row.originalMediumId && row.originalMediumId !== report.publisherId) return [row.originalMediumId];
  return [];
}

const byDate = (a: Report, b: Report) =>
  a.publishedOn === b.publishedOn
    ? a.articleId.localeCompare(b.articleId)
    : a.publishedOn === null
      ? 1
      : b.publishedOn === null
        ? -1
        : a.publishedOn.localeCompare(b.publishedOn);

export function buildProvenance(row: ProvenanceRow): ProvenanceModel {
  const reports = [...row.reports].sort(byDate);
  const byPublisher = new Map<string, Report[]>();
  for (const r of reports) {
    if (r.publisherId) byPublisher.set(r.publisherId, [...(byPublisher.get(r.publisherId) ?? []), r]);
  }
  const outletRoots = new Map<string, Set<string>>();
  const outletDepth = new Map<string, number>();

  /** The trail ends of an outlet, and how many hands from the first one; `open` guards against loops. */
  const trace = (outletId: string, open: Set<string>): { roots: Set<string>; depth: number } => {
    const known = outletRoots.get(outletId);
    if (known) return { roots: known, depth: outletDepth.get(outletId) ?? 1 };
    const sources = (byPublisher.get(outletId) ?? []).flatMap((r) => sourcesOf(row, r));
    const onward = [...new Set(sources)].filter((id) => !open.has(id));
    if (onward.length === 0) return remember(outletId, new Set([outletId]), 1);
    const inner = onward.map((id) => trace(id, new Set([...open, outletId])));
    const roots = new Set(inner.flatMap((t) => [...t.roots]));
    return remember(outletId, roots, 1 + Math.max(...inner.map((t) => t.depth)));
  };
  const remember = (outletId: string, roots: Set<string>, depth: number) => {
    outletRoots.set(outletId, roots);
    outletDepth.set(outletId, depth);
    return { roots, depth };
  };

  const models: ProvenanceReportModel[] = reports.map((r) => {
    const sourceIds = sourcesOf(row, r);
    const ends = sourceIds.length
      ? sourceIds.flatMap((id) => [...trace(id, new Set(r.publisherId ? [r.publisherId] : [])).roots])
      : r.publisherId
        ? [r.publisherId]
        : [];
    return {
      articleId: r.articleId,
      publisherId: r.publisherId,
      publishedOn: r.publishedOn,
      publishedOnPrecision: r.publishedOnPrecision,
      sourceIds,
      tracesTo: [...new Set(ends)].sort(),
    };
  });

  const citedBy = new Set(reports.flatMap((r) => sourcesOf(row, r).filter((id) => id !== r.publisherId)));
  const outlets = new Set<string>([
    ...(row.originalMediumId ? [row.originalMediumId] : []),
    ...reports.flatMap((r) => [...(r.publisherId ? [r.publisherId] : []), ...sourcesOf(row, r)]),
  ]);
  const steps: ProvenanceStepModel[] = [...outlets].map((outletId) => {
    const own = byPublisher.get(outletId) ?? [];
    return {
      outletId,
      role:
        outletId === row.originalMediumId
          ? 'original_medium'
          : citedBy.has(outletId)
            ? 'agency'
            : 'publisher',
      depth: trace(outletId, new Set()).depth,
      firstPublishedOn: own.find((r) => r.publishedOn !== null)?.publishedOn ?? null,
      articleIds: own.map((r) => r.articleId),
      sourceIds: [...new Set(own.flatMap((r) => sourcesOf(row, r)))].sort(),
    };
  });
  steps.sort(
    (a, b) =>
      a.depth - b.depth ||
      (a.firstPublishedOn ?? '9999').localeCompare(b.firstPublishedOn ?? '9999') ||
      a.outletId.localeCompare(b.outletId),
  );
  const links = reports.flatMap((r) =>
    r.publisherId
      ? sourcesOf(row, r).map((fromId) => ({ fromId, toId: r.publisherId as string, articleId: r.articleId }))
      : [],
  );
  return {
    statementId: row.statementId,
    speakerId: row.speakerId,
    originalMediumId: row.originalMediumId,
    reports: models,
    firstReport: models.find((m) => m.publishedOn !== null) ?? null,
    steps,
    links,
    roots: [...new Set(models.flatMap((m) => m.tracesTo))].sort(),
  };
}

/** Whether every report of the statement traces back to `outletId` and to nothing else. */
export function reliesOnlyOn(provenance: ProvenanceModel, outletId: string): boolean {
  return (
    provenance.reports.length > 0 &&
    provenance.reports.every((r) => r.tracesTo.length === 1 && r.tracesTo[0] === outletId)
  );
}
