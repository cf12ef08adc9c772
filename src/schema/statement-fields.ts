import { builder, type Context } from '../builder.js';
import type { StatementModel } from '../graph/statement.js';
import { type ConnectionResult, pageRequest, toConnection, totalCountField } from './connection.js';
import { StanceEnum, StatementOrderEnum, stance } from './enums.js';
import { statementPages } from './loaders.js';
import { primeRefs, StatementRef } from './refs.js';
import { StatementFilterInput, statementPageRequest } from './statement-filter.js';

/**
 * The statement fields other types carry: every type with statements has the same `statements` connection,
 * and every derived stance the same evidence.
 */

/** A page of statements through the batching loader: a nesting level costs two queries, whatever its size. */
export async function statementPage(
  ctx: Context,
  ...request: Parameters<typeof statementPageRequest>
): Promise<ConnectionResult> {
  const page = await statementPages(ctx).load(statementPageRequest(...request));
  primeStatements(ctx, page.statements);
  return toConnection(page);
}

/** Statements a page or a search already read: their nodes and what they point at resolve from cache. */
export function primeStatements(ctx: Context, statements: readonly StatementModel[]): void {
  const loader = StatementRef.getDataloader(ctx);
  for (const statement of statements) loader.prime(statement.id, statement);
  primeRefs(ctx, statements);
}

/** One connection type for every statement list, so clients write one fragment for all of them. */
export const StatementConnectionRef = builder.connectionObject(
  {
    type: StatementRef,
    name: 'StatementConnection',
    description: 'A page of statements.',
    fields: (t) => ({ totalCount: t.int(totalCountField) }),
  },
  { name: 'StatementEdge', description: 'A statement with its cursor.' },
);

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The `statements` connection of a domain type: the parent becomes one more filter (the actor as speaker,
 * the position, the outlet…), and the batched loader turns every parent of a list into one query.
 */
export function statementsOf<Parent extends { id: string }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Parent>,
  scope: 'speaker' | 'position' | 'outlet' | 'article' | 'event',
  description: string,
) {
  return t.connection(
    {
      type: StatementRef,
      description,
      args: {
        filter: t.arg({ type: StatementFilterInput, description: 'Further filters.' }),
        orderBy: t.arg({ type: StatementOrderEnum, description: 'Sort order (default STATED_ON_DESC).' }),
      },
      resolve: (parent, args, ctx, info) =>
        statementPage(ctx, { ...args.filter, [scope]: parent.id }, args.orderBy, pageRequest(args, info)),
    },
    StatementConnectionRef,
  );
}

/**
 * The fields every derived stance carries (an actor's position, a position's stances, a stance-matrix cell):
 * the stance and the statements it is derived from.
 */
export function stanceEvidence<Parent extends { stance: string; statementIds: string[] }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Parent>,
  statementsDescription: string,
) {
  return {
    stance: t.field({
      type: StanceEnum,
      description: 'The stance taken.',
      resolve: (s) => stance(s.stance),
    }),
    statementCount: t.int({
      description: 'How many statements take it.',
      resolve: (s) => s.statementIds.length,
    }),
    statements: t.field({
      type: [StatementRef],
      description: statementsDescription,
      resolve: (s) => s.statementIds,
    }),
  };
}
