import SchemaBuilder from '@pothos/core';
import type { Repositories } from './repositories.js';

/** What every resolver sees: the per-request data layer. */
export type Context = {
  repos: Repositories;
};

/**
 * The one SchemaBuilder. Types live in src/schema/, one file per domain type; this file only configures the
 * builder and opens the root types they extend.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
});

builder.queryType({
  description: 'Read the claimgraph knowledge graph: who said what, on which issue, through whom.',
});
