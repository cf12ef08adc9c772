import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../src/graph/errors.js';
import { encodeCursor } from '../../../src/graph/page.js';
import { type StatementFilter, StatementRepository, UNDATED_KEYS } from '../../../src/graph/statement.js';
import { FakeExecutor } from '../../support/fake-executor.js';
import { statementRow } from '../../support/fake-rows.js';

// The statement planner without a database: which find-statements-* file a page request goes to and with which
// parameters. What those files find in a graph is tested against Neo4j in the integration tier.

const BY_IDS = 'statement/get-statements-by-ids';

let fake: FakeExecutor;
let repo: StatementRepository;

beforeEach(() => {
  fake = new FakeExecutor();
  repo = new StatementRepository(fake);
  fake.answer(BY_IDS, (params) => (params.ids as string[]).map((id) => statementRow(id)));
});

const page = (filter: StatementFilter, first = 2, after: string | null = null) => ({
  filter,
  first,
  after,
  withCount: false,
  descending: true,
});

/** The one page query the planner ran, and its single request. */
function pageQuery() {
  const calls = fake.calls.filter((call) => call.name !== BY_IDS);
  expect(calls).toHaveLength(1);
  const [call] = calls;
  const requests = call?.params.requests as Record<string, unknown>[];
  return { name: call?.name, params: call?.params, request: requests[0] };
}

describe('the statement planner picks a query file by the most selective filter', () => {
  it.each([
    [{ speaker: 'putin' }, 'statement/find-statements-by-speaker', 'speaker'],
    [{ speaker: 'putin', article: 'a1' }, 'statement/find-statements-by-speaker', 'speaker'],
    [{ article: 'a1', event: 'e1' }, 'statement/find-statements-by-article', 'article'],
    [{ event: 'e1', position: 'p1' }, 'statement/find-statements-by-event', 'event'],
    [{ position: 'p1', outlet: 'cnn' }, 'statement/find-statements-by-position', 'position'],
    [{ outlet: 'cnn', mentions: 'nato' }, 'statement/find-statements-by-outlet', 'outlet'],
    [{ mentions: 'nato', speechAct: 'CLAIM' }, 'statement/find-statements-by-mention', 'mentions'],
    [{ speechAct: 'CLAIM', negated: true }, 'statement/find-statements-all', null],
    [{}, 'statement/find-statements-all', null],
  ] as const)('%j -> %s', async (filter, file, anchor) => {
    await repo.findStatements([page(filter)]);
    const { name, request } = pageQuery();
    expect(name).toBe(file);
    expect(request?.anchor).toBe(anchor);
  });

  it('sends the undated placeholders and one row more than the page, to know whether another follows', async () => {
    await repo.findStatements([page({ speaker: 'putin' }, 5)]);
    const { params, request } = pageQuery();
    expect(params?.undated).toEqual(UNDATED_KEYS);
    expect(params?.limit).toBe(6);
    expect(request).toMatchObject({ limit: 6, descending: true, afterKey: null, afterId: null });
  });

  it('asks for the costly checks only when a filter beyond the anchor and the own properties is given', async () => {
    await repo.findStatements([page({ position: 'p1', stance: 'SUPPORT', from: '2024-01-01' })]);
    expect(pageQuery().request?.filtered).toBe(false);
    fake.calls.length = 0;
    await repo.findStatements([page({ position: 'p1', outlet: 'cnn' })]);
    expect(pageQuery().request?.filtered).toBe(true);
    fake.calls.length = 0;
    await repo.findStatements([page({ speaker: 'putin', textContains: 'NATO' })]);
    const { request } = pageQuery();
    expect(request?.filtered).toBe(true);
    expect(request?.filter).toMatchObject({ textContains: 'nato' });
  });

  it("walks the date index only for an actor's statements with no other filter and no undated cursor", async () => {
    await repo.findStatements([page({ speaker: 'putin' })]);
    expect(pageQuery().request?.walkable).toBe(true);
    fake.calls.length = 0;
    await repo.findStatements([page({ speaker: 'putin', negated: false })]);
    expect(pageQuery().request?.walkable).toBe(false);
    fake.calls.length = 0;
    const undated = encodeCursor('statements', UNDATED_KEYS.descending, 's9');
    await repo.findStatements([page({ speaker: 'putin' }, 2, undated)]);
    expect(pageQuery().request).toMatchObject({
      walkable: false,
      afterKey: UNDATED_KEYS.descending,
      afterId: 's9',
    });
  });

  it('groups the requests of a nested list: one query per anchor, with the largest page as the limit', async () => {
    fake.answer('statement/find-statements-by-speaker', (params) =>
      (params.requests as { key: number }[]).map((r) => ({
        key: r.key,
        totalCount: null,
        ids: [`s${r.key}a`, `s${r.key}b`, `s${r.key}c`],
        sortKeys: ['2024-03-01', '2024-02-01', '2024-01-01'],
      })),
    );
    const pages = await repo.findStatements([
      page({ speaker: 'a' }, 2),
      page({ speaker: 'b' }, 7),
      page({ outlet: 'cnn' }, 1),
    ]);
    const names = fake.calls.map((call) => call.name);
    expect(names.filter((n) => n === 'statement/find-statements-by-speaker')).toHaveLength(1);
    expect(names.filter((n) => n === 'statement/find-statements-by-outlet')).toHaveLength(1);
    const speakers = fake.callsOf('statement/find-statements-by-speaker')[0]?.params;
    expect(speakers?.limit).toBe(8);
    expect(speakers?.requests).toMatchObject([{ key: 0 }, { key: 1 }]);
    // Each page gets its own rows back, cut to its size, with the statements loaded in one more query.
    expect(pages[0]?.statements.map((s) => s.id)).toEqual(['s0a', 's0b']);
    expect(pages[0]?.hasNextPage).toBe(true);
    expect(pages[1]?.statements.map((s) => s.id)).toEqual(['s1a', 's1b', 's1c']);
    expect(pages[1]?.hasNextPage).toBe(false);
    expect(pages[2]?.statements).toEqual([]);
    expect(fake.callsOf(BY_IDS)).toHaveLength(1);
  });

  it('refuses a cursor of another list before running any query', async () => {
    const foreign = encodeCursor('statements', 'not-a-date', 's1');
    await expect(repo.findStatements([page({ speaker: 'putin' }, 2, foreign)])).rejects.toThrow(
      InvalidInputError,
    );
    expect(fake.calls).toEqual([]);
  });
});
