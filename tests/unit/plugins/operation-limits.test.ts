import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { createRepositories } from '../../../src/repositories.js';
import { FakeExecutor } from '../../support/fake-executor.js';

type Result = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe('the operation text limit', () => {
  it('refuses a text over the limit before parsing it, and takes one under it', async () => {
    // Comments cost no tokens; yoga cached every distinct 6 MB text by its text until the heap ran out.
    const fake = new FakeExecutor();
    const app = createApp({ executor: fake, repos: createRepositories(fake), maxQueryChars: 2048 });
    const post = async (query: string) =>
      (await (
        await app.fetch('http://claimgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).json()) as Result;
    const over = await post(`{ __typename } #${'x'.repeat(2040)}`);
    expect(over.data).toBeUndefined();
    expect(over.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
    expect(over.errors?.[0]?.message).toMatch(/2056 characters, over the limit of 2048/);
    const under = await post(`{ __typename } #${'x'.repeat(2000)}`);
    expect(under).toEqual({ data: { __typename: 'Query' } });
    expect(fake.calls).toEqual([]);
  });
});
