import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { builder } from '../builder.js';
import { NotFoundError } from '../graph/errors.js';
import { domainId } from '../ids.js';
import { ingestArticleText } from '../ingest/ingest-text.js';
import { pageRequest, toConnection, totalCountField } from './connection.js';
import { ImportStatusEnum } from './enums.js';
import {
  ArticleRef,
  CitationRef,
  FuzzyDateRef,
  ImportResultRef,
  IngestResultRef,
  OutletRef,
} from './refs.js';
import { statementsOf } from './statement-fields.js';

CitationRef.implement({
  description: 'An outlet an article relies on, and how.',
  fields: (t) => ({
    outlet: t.field({ type: OutletRef, description: 'The outlet.', resolve: (c) => c.outletId }),
    role: t.exposeString('role', {
      description: '`source` (cited for statements) or `image` (image credit).',
    }),
  }),
});

ArticleRef.implement({
  description: 'A source document: its full text, and the metadata known about it.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The domain id.' }),
    title: t.exposeString('title', { nullable: true, description: 'Headline.' }),
    text: t.loadable({
      type: 'String',
      description:
        'Full text; evidence spans index into it. Texts are metered: one request may load up to 8 Mi ' +
        'characters of article text (RESPONSE_TOO_LARGE beyond), and requests wait their turn when many ' +
        'large texts are being served at once.',
      // Texts can be megabytes: they load apart from the articles, only when shown, once their length is booked.
      load: async (ids: string[], ctx) =>
        (await ctx.repos.articles.getArticleTexts(ids)).map((text) => text ?? ''),
      resolve: async (a, _args, ctx) => {
        await ctx.textLedger.reserve(a.length);
        return a.id;
      },
    }),
    url: t.exposeString('url', { nullable: true, description: 'Where it was published.' }),
    publishedOn: t.field({
      type: FuzzyDateRef,
      nullable: true,
      description: 'Publication date, to the precision known.',
      resolve: (a) => a.publishedOn,
    }),
    publisher: t.field({
      type: OutletRef,
      nullable: true,
      description: 'The outlet that published it.',
      resolve: (a) => a.publisherId,
    }),
    contextFields: t.exposeStringList('contextFields', {
      description: 'Which of title, publisher and url come from outside the text (context, not the article).',
    }),
    cites: t.field({
      type: [CitationRef],
      description: 'Outlets it cites as sources or credits for images.',
      resolve: (a) => a.cites,
    }),
    statements: statementsOf(t, 'article', 'Statements this article reports.'),
  }),
});

builder.queryField('article', (t) =>
  t.field({
    type: ArticleRef,
    description: 'One article by domain or global id; NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Domain id or global id (`Article:<id>`).' }) },
    resolve: (_root, args) => domainId('Article', args.id),
  }),
);

const ArticleFilterInput = builder.inputType('ArticleFilter', {
  description: 'Filters for the article list; combined with AND.',
  fields: (t) => ({
    publisher: t.id({ description: 'Published by this outlet.' }),
    cites: t.id({ description: 'Cites this outlet (as a source or image credit).' }),
    from: t.string({ description: 'Published on or after this date (YYYY-MM-DD).' }),
    to: t.string({ description: 'Published on or before this date (YYYY-MM-DD).' }),
    titleContains: t.string({ description: 'Title contains this text (any case).' }),
  }),
});

builder.queryField('articles', (t) =>
  t.connection(
    {
      type: ArticleRef,
      description: 'Articles, newest first, with keyset pagination.',
      args: { filter: t.arg({ type: ArticleFilterInput, description: 'Filters.' }) },
      resolve: async (_root, args, ctx, info) => {
        const f = args.filter ?? {};
        return toConnection(
          await ctx.repos.articles.findArticles(
            {
              publisher: f.publisher ? domainId('Outlet', f.publisher) : null,
              cites: f.cites ? domainId('Outlet', f.cites) : null,
              from: f.from ?? null,
              to: f.to ?? null,
              titleContains: f.titleContains ?? null,
            },
            pageRequest(args, info),
          ),
        );
      },
    },
    {
      name: 'ArticleConnection',
      description: 'A page of articles.',
      fields: (c) => ({ totalCount: c.int(totalCountField) }),
    },
  ),
);

ImportResultRef.implement({
  description: 'The outcome of importing one annotated article.',
  fields: (t) => ({
    status: t.field({
      type: ImportStatusEnum,
      description: 'What the import did.',
      resolve: (r) => r.status,
    }),
    statementCount: t.exposeInt('statements', { description: 'Statements in the document.' }),
    article: t.field({ type: ArticleRef, description: 'The imported article.', resolve: (r) => r.articleId }),
  }),
});

builder.mutationField('importArticle', (t) =>
  t.field({
    type: ImportResultRef,
    description:
      'Imports an annotated article (docs/annotation-format.md) exactly as `npm run import` does: validated ' +
      '(BAD_USER_INPUT with every problem and its path in `extensions.issues`), idempotent (an unchanged ' +
      'document reports UNCHANGED), atomic (one transaction: all of it or nothing). Needs an API key.',
    args: {
      document: t.arg({ type: 'JSON', required: true, description: 'The annotated-article document.' }),
    },
    resolve: async (_root, args, ctx) => {
      const outcome = await ctx.repos.ingest.importArticle(args.document);
      clearAllDataLoaders(ctx);
      return outcome;
    },
  }),
);

builder.mutationField('deleteArticle', (t) =>
  t.field({
    type: 'Boolean',
    description:
      'Deletes an article with its evidence, the statements only it reports, and the entities only it ' +
      'declared. Needs an API key. NOT_FOUND when there is no such article.',
    args: { id: t.arg.id({ required: true, description: 'Domain or global id of the article.' }) },
    resolve: async (_root, args, ctx) => {
      const id = domainId('Article', args.id);
      if (!(await ctx.repos.ingest.deleteArticleCascade(id)))
        throw new NotFoundError(`No article with id "${id}"`);
      clearAllDataLoaders(ctx);
      return true;
    },
  }),
);

const IngestArticleTextInput = builder.inputType('IngestArticleTextInput', {
  description: 'Plain article text and what is known about it besides the text.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article text (plain text, up to 5 MB).' }),
    title: t.string({ description: 'Headline.' }),
    url: t.string({ description: 'Where it was published.' }),
    publisher: t.string({ description: 'The publishing outlet: name, alias or id ("Reuters").' }),
    publishedOn: t.string({ description: 'Publication date: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    id: t.string({ description: 'Article id to use (a slug); default: derived from the title or the text.' }),
  }),
});

IngestResultRef.implement({
  description: 'What extraction found in a text and what importing it did.',
  fields: (t) => ({
    status: t.field({
      type: ImportStatusEnum,
      description: 'What the import did.',
      resolve: (r) => r.outcome.status,
    }),
    statementCount: t.int({ description: 'Statements extracted.', resolve: (r) => r.outcome.statements }),
    furtherReports: t.int({
      description: 'Statements recognised as further reports of remarks other articles already carry.',
      resolve: (r) => r.outcome.furtherReports,
    }),
    article: t.field({
      type: ArticleRef,
      description: 'The imported article.',
      resolve: (r) => r.outcome.articleId,
    }),
    document: t.field({
      type: 'JSON',
      description:
        'The annotated article the extractor produced (the import format), for review or correction.',
      resolve: (r) => r.document,
    }),
  }),
});

builder.mutationField('ingestArticleText', (t) =>
  t.field({
    type: IngestResultRef,
    description:
      'Reads plain news text, proposes who said what, through whom, on which issue (resolving names against ' +
      'the graph), and imports it like importArticle. Bad text (empty, binary, over 5 MB, no sentences) is ' +
      'BAD_USER_INPUT with nothing written. Needs an API key.',
    args: {
      input: t.arg({
        type: IngestArticleTextInput,
        required: true,
        description: 'The text and its metadata.',
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const meta = Object.fromEntries(
        (['title', 'url', 'publisher', 'publishedOn', 'id'] as const).flatMap((k) =>
          input[k] ? [[k, input[k]]] : [],
        ),
      );
      const result = await ingestArticleText(ctx.repos, input.text, meta, ctx.extract);
      clearAllDataLoaders(ctx);
      return result;
    },
  }),
);
