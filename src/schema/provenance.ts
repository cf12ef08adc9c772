import { builder, type Context } from '../builder.js';
import { toFuzzyDate } from '../graph/dates.js';
import type { OutletDependenceModel, SourceShareModel } from '../graph/provenance.js';
import type {
  ProvenanceLinkModel,
  ProvenanceModel,
  ProvenanceReportModel,
  ProvenanceStepModel,
} from '../graph/provenance-chain.js';
import { ActorRef, ArticleRef, FuzzyDateRef, OutletRef, StatementRef } from './refs.js';

const reportDate = (r: ProvenanceReportModel) =>
  r.publishedOn
    ? toFuzzyDate({ value: r.publishedOn, precision: r.publishedOnPrecision, context: false })
    : null;

const ProvenanceReportRef = builder.objectRef<ProvenanceReportModel>('ProvenanceReport').implement({
  description: 'One article that reports the statement, with where it took it from.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      description: 'The reporting article.',
      resolve: (r) => r.articleId,
    }),
    publisher: t.field({
      type: OutletRef,
      nullable: true,
      description: 'The outlet that published it.',
      resolve: (r) => r.publisherId,
    }),
    publishedOn: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description:
        "When it was published, to the precision known (the article's own field says whether the date is context).",
      resolve: reportDate,
    }),
    sources: t.field({
      type: [OutletRef],
      description:
        'The outlets it took the statement from: those it cites for it; citing none, the original medium (when ' +
        'another outlet); empty when it is its own source.',
      resolve: (r) => r.sourceIds,
    }),
    tracesTo: t.field({
      type: [OutletRef],
      description: 'The outlets this report traces back to, following each source through its own report.',
      resolve: (r) => r.tracesTo,
    }),
  }),
});

export const ProvenanceRoleEnum = builder.enumType('ProvenanceRole', {
  description: "An outlet's place in a statement's provenance chain.",
  values: {
    ORIGINAL_MEDIUM: { value: 'original_medium', description: 'The outlet the remark was made to.' },
    AGENCY: { value: 'agency', description: 'Carried it on: another report took it from this outlet.' },
    PUBLISHER: { value: 'publisher', description: 'Printed it; no report took it from this outlet.' },
  } as const,
});

const ProvenanceStepRef = builder.objectRef<ProvenanceStepModel>('ProvenanceStep').implement({
  description: 'An outlet in the provenance chain, with what it published and where it took it from.',
  fields: (t) => ({
    outlet: t.field({ type: OutletRef, description: 'The outlet.', resolve: (s) => s.outletId }),
    role: t.field({
      type: ProvenanceRoleEnum,
      description: 'Its place in the chain.',
      resolve: (s) => s.role,
    }),
    depth: t.exposeInt('depth', {
      description:
        'Column when drawn left to right: 1 where a trail starts, one more per hand it passed through.',
    }),
    firstPublishedOn: t.exposeString('firstPublishedOn', {
      nullable: true,
      description: 'The earliest date of its reports of the statement (YYYY-MM-DD), if it published one.',
    }),
    articles: t.field({
      type: [ArticleRef],
      description: 'Its articles reporting the statement (none for an outlet only cited).',
      resolve: (s) => s.articleIds,
    }),
    sources: t.field({
      type: [OutletRef],
      description: 'The outlets its reports took the statement from.',
      resolve: (s) => s.sourceIds,
    }),
  }),
});

const ProvenanceLinkRef = builder.objectRef<ProvenanceLinkModel>('ProvenanceLink').implement({
  description: 'One hand-over in the chain: an outlet took the statement from another, in one article.',
  fields: (t) => ({
    from: t.field({ type: OutletRef, description: 'The outlet taken from.', resolve: (l) => l.fromId }),
    to: t.field({ type: OutletRef, description: 'The outlet that took it.', resolve: (l) => l.toId }),
    article: t.field({
      type: ArticleRef,
      description: 'The article that shows it.',
      resolve: (l) => l.articleId,
    }),
  }),
});

const ProvenanceRef = builder.objectRef<ProvenanceModel>('StatementProvenance').implement({
  description:
    'Where a statement came from and through whom: the speaker, the outlet it was said to, the agencies that ' +
    'carried it and the publishers that printed it, ordered by publication date.',
  fields: (t) => ({
    speaker: t.field({
      type: ActorRef,
      nullable: true,
      description: 'Who said it.',
      resolve: (p) => p.speakerId,
    }),
    originalMedium: t.field({
      type: OutletRef,
      nullable: true,
      description: 'The outlet it was said to, when known.',
      resolve: (p) => p.originalMediumId,
    }),
    firstReport: t.field({
      type: ProvenanceReportRef,
      nullable: true,
      description: 'The earliest dated report; null when no report is dated.',
      resolve: (p) => p.firstReport,
    }),
    reports: t.field({
      type: [ProvenanceReportRef],
      description: 'Every report, oldest first (undated last).',
      resolve: (p) => p.reports,
    }),
    steps: t.field({
      type: [ProvenanceStepRef],
      description: 'The outlets of the chain, left to right: by depth, then by date.',
      resolve: (p) => p.steps,
    }),
    links: t.field({
      type: [ProvenanceLinkRef],
      description: 'Who took it from whom, report by report.',
      resolve: (p) => p.links,
    }),
    roots: t.field({
      type: [OutletRef],
      description:
        'The outlets every trail ends at. One outlet here means the statement relies on it alone, however ' +
        'many re-reports there are.',
      resolve: (p) => p.roots,
    }),
  }),
});

builder.objectField(StatementRef, 'provenance', (t) =>
  t.loadable({
    type: ProvenanceRef,
    description:
      'The provenance chain: from the speaker through the original medium to the agencies that carried it and ' +
      'the publishers that printed it, with the first known report.',
    load: async (ids: string[], ctx: Context) => {
      const found = await ctx.repos.provenance.getProvenance(ids);
      return found.map((p, i) => p ?? new Error(`No provenance for statement ${ids[i]}`));
    },
    resolve: (s) => s.id,
  }),
);

const SourceShareRef = builder.objectRef<SourceShareModel & { total: number }>('SourceShare').implement({
  description: 'How much of an outlet’s attributed content it took from one other outlet.',
  fields: (t) => ({
    outlet: t.field({ type: OutletRef, description: 'The outlet taken from.', resolve: (s) => s.outletId }),
    statementCount: t.exposeInt('statementCount', { description: 'Statements cited to it.' }),
    share: t.float({
      description: 'statementCount over all the attributed statements the outlet reported (0–1).',
      resolve: (s) => (s.total === 0 ? 0 : Math.round((s.statementCount / s.total) * 1000) / 1000),
    }),
  }),
});

const OutletDependenceRef = builder.objectRef<OutletDependenceModel>('OutletDependence').implement({
  description:
    "How much of an outlet's attributed content (statements with a speaker that its articles report) it took " +
    'from which other outlets (agencies, wires, state media), as its articles cite them.',
  fields: (t) => ({
    statementCount: t.exposeInt('statementCount', {
      description: 'Attributed statements its articles report.',
    }),
    ownCount: t.exposeInt('ownCount', { description: 'Of these, the ones its articles cite no source for.' }),
    sources: t.field({
      type: [SourceShareRef],
      description: 'The outlets cited, most statements first.',
      resolve: (d) => d.sources.map((s) => ({ ...s, total: d.statementCount })),
    }),
  }),
});

builder.objectField(OutletRef, 'dependence', (t) =>
  t.loadable({
    type: OutletDependenceRef,
    description:
      "How much of this outlet's attributed content it took from which agencies and other outlets.",
    load: (ids: string[], ctx: Context) => ctx.repos.provenance.getDependence(ids),
    resolve: (o) => o.id,
  }),
);
