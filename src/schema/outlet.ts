import { builder } from '../builder.js';
import { NotFoundError } from '../graph/errors.js';
import { domainId } from '../ids.js';
import { pageRequest, toConnection, totalCountField } from './connection.js';
import { OutletKindEnum, outletKind } from './enums.js';
import { ArticleRef, OutletArticleRef, OutletRef } from './refs.js';
import { statementsOf } from './statement-fields.js';

OutletArticleRef.implement({
  description: 'An article linked to an outlet, and how.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, description: 'The article.', resolve: (a) => a.articleId }),
    role: t.exposeString('role', {
      description:
        '`publisher` (it published the article), `source` (cited for statements) or `image` (credit).',
    }),
  }),
});

OutletRef.implement({
  description: 'A news medium: original medium of remarks, cited source, publisher or image credit.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The domain id, e.g. `cnn`.' }),
    name: t.exposeString('name', { description: 'Name of the outlet.' }),
    kind: t.field({
      type: OutletKindEnum,
      description: 'What kind of medium.',
      resolve: (o) => outletKind(o.kind),
    }),
    country: t.exposeString('country', { nullable: true, description: 'ISO country code, when known.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names ("the CNN", "AP"), alphabetical.' }),
    statements: statementsOf(t, 'outlet', 'Statements originally said to this outlet or cited via it.'),
    articles: t.loadableList({
      type: OutletArticleRef,
      description: 'Articles it published or that cite it, newest first.',
      load: (ids: string[], ctx) => ctx.repos.outlets.getOutletArticles(ids),
      resolve: (outlet) => outlet.id,
    }),
  }),
});

builder.queryField('outlet', (t) =>
  t.field({
    type: OutletRef,
    description: 'One outlet by id, or by name or alias (any case); NOT_FOUND when there is none.',
    args: {
      id: t.arg.id({ description: 'Domain id (`cnn`) or global id (`Outlet:cnn`).' }),
      name: t.arg.string({ description: 'Name or alias, any case ("Sputnik", "AP").' }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.id) return domainId('Outlet', args.id);
      if (args.name) {
        const [id] = await ctx.repos.outlets.findOutletsByName(args.name);
        if (!id) throw new NotFoundError(`No outlet is named "${args.name}"`);
        return id;
      }
      throw new NotFoundError('Give an outlet id or name');
    },
  }),
);

const OutletFilterInput = builder.inputType('OutletFilter', {
  description: 'Filters for the outlet list; combined with AND.',
  fields: (t) => ({
    kind: t.field({ type: OutletKindEnum, description: 'Only outlets of this kind.' }),
    country: t.string({ description: 'Only outlets of this country code.' }),
    nameContains: t.string({ description: 'Name or an alias contains this text (any case).' }),
  }),
});

builder.queryField('outlets', (t) =>
  t.connection(
    {
      type: OutletRef,
      description: 'Outlets in name order, with keyset pagination.',
      args: { filter: t.arg({ type: OutletFilterInput, description: 'Filters.' }) },
      resolve: async (_root, args, ctx, info) =>
        toConnection(
          await ctx.repos.outlets.findOutlets(
            {
              kind: args.filter?.kind ?? null,
              country: args.filter?.country ?? null,
              nameContains: args.filter?.nameContains ?? null,
            },
            pageRequest(args, info),
          ),
        ),
    },
    {
      name: 'OutletConnection',
      description: 'A page of outlets.',
      fields: (c) => ({ totalCount: c.int(totalCountField) }),
    },
  ),
);
