import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/graphql-schema.js';

/** Repositories that record every call: a refused request must reach none of them. */
function recordingRepos(calls: string[]): unknown {
  const repo = (name: string) =>
    new Proxy(
      {},
      {
        get: (_t, method) => () => {
          calls.push(`${name}.${String(method)}`);
          throw new Error('no database here');
        },
      },
    );
  return new Proxy({}, { get: (_t, name) => repo(String(name)) });
}

async function run(query: string, auth: { canRead: boolean; canWrite: boolean }) {
  const calls: string[] = [];
  const result = await execute({
    schema,
    document: parse(query),
    contextValue: { auth, repos: recordingRepos(calls), statementParts: {} },
  });
  return {
    calls,
    codes: (result.errors ?? []).map((e) => e.originalError?.name),
    messages: (result.errors ?? []).map((e) => e.message),
  };
}

describe('auth scopes', () => {
  it('refuse every mutation without a key, before any repository is called', async () => {
    for (const mutation of [
      'mutation { deleteArticle(id: "x") }',
      'mutation { mergeActors(keep: "a", remove: "b") { key } }',
      'mutation { importArticle(document: {}) { status } }',
    ]) {
      const { calls, codes, messages } = await run(mutation, { canRead: true, canWrite: false });
      expect(calls, mutation).toEqual([]);
      expect(codes, mutation).toEqual(['UnauthenticatedError']);
      expect(messages[0]).toMatch(/mutation needs an API key/);
    }
  });

  it('refuse reads without a key when reads need one, and let them through otherwise', async () => {
    const closed = await run('{ actor(id: "russia") { name } }', { canRead: false, canWrite: false });
    expect(closed.calls).toEqual([]);
    expect(closed.codes).toEqual(['UnauthenticatedError']);
    expect(closed.messages[0]).toMatch(/Reading this API needs an API key/);
    const open = await run('{ actor(id: "russia") { name } }', { canRead: true, canWrite: false });
    expect(open.calls).toEqual(['actors.getActorsByIds']);
  });
});
