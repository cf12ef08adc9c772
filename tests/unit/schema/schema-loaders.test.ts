import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/graphql-schema.js';

/** Repositories with canned answers that record every call and the ids it asked for. */
function fakeRepos(calls: string[]) {
  const record = (name: string, ids: readonly string[]) => calls.push(`${name}(${ids.join(',')})`);
  return {
    positions: {
      findPositions: async () => {
        record('findPositions', []);
        return { ids: ['p1', 'p2'], cursors: ['c1', 'c2'], hasNextPage: false, totalCount: null };
      },
      getPositionsByIds: async (ids: string[]) => {
        record('getPositionsByIds', ids);
        return ids.map((id) => ({ id, name: `Position ${id}`, description: null }));
      },
      getPositionStances: async (ids: string[]) => {
        record('getPositionStances', ids);
        return ids.map(() => [{ actorId: 'a1', stance: 'supports', statementIds: [] }]);
      },
    },
    actors: {
      getActorsByIds: async (ids: string[]) => {
        record('getActorsByIds', ids);
        return ids.map((id) => ({ id, name: `Actor ${id}`, kind: 'person', description: null }));
      },
      getActorDetails: async (ids: string[]) => {
        record('getActorDetails', ids);
        return ids.map(() => ({ aliases: ['A'], affiliations: [] }));
      },
    },
  };
}

describe("plugin-dataloader's loaders", () => {
  it('batch each nesting level into one call, and share one call for aliases and affiliations', async () => {
    const calls: string[] = [];
    const result = await execute({
      schema,
      document: parse(`{ positions(first: 2) { edges { node {
        name stances { stance actor { name kind aliases affiliations { role } } } } } } }`),
      contextValue: { auth: { canRead: true, canWrite: false }, repos: fakeRepos(calls), statementParts: {} },
    });
    expect(result.errors).toBeUndefined();
    expect(calls).toEqual([
      'findPositions()',
      'getPositionsByIds(p1,p2)',
      'getPositionStances(p1,p2)',
      'getActorsByIds(a1)',
      'getActorDetails(a1)',
    ]);
    const edges = (result.data as { positions: { edges: { node: { stances: unknown[] } }[] } }).positions
      .edges;
    expect(edges[1]?.node.stances).toEqual([
      { stance: 'SUPPORTS', actor: { name: 'Actor a1', kind: 'PERSON', aliases: ['A'], affiliations: [] } },
    ]);
  });

  it('turn a stored word outside the format union into an internal error, not a wrong enum value', async () => {
    const calls: string[] = [];
    const repos = fakeRepos(calls);
    repos.actors.getActorsByIds = async (ids: string[]) =>
      ids.map((id) => ({ id, name: id, kind: 'martian', description: null }));
    const result = await execute({
      schema,
      document: parse('{ actor(id: "a1") { kind } }'),
      contextValue: { auth: { canRead: true, canWrite: false }, repos, statementParts: {} },
    });
    expect(result.errors?.[0]?.message).toMatch(/actor kind "martian"/);
  });
});
