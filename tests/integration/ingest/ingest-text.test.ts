import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.js';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import { validateAnnotatedArticle } from '../../../src/ingest/validate.js';
import { uniqueSeedDocument } from '../../support/documents.js';
import { connectTestGraph, TEST_API_KEY } from '../../support/graph.js';

const graph = connectTestGraph();
const auth = { authorization: `Bearer ${TEST_API_KEY}` };
const created: string[] = [];
// A gold article, not the seed: the canonical seed is shared by other test files, and ingesting its text
// would link the new statements to the seed's (same speaker, same remarks).
const storyText = readFileSync(path.join(projectRoot, 'data', 'gold', 'ap-stoltenberg-baltic.txt'), 'utf8');

beforeAll(() => graph.executor.applySchema());
afterAll(async () => {
  for (const id of created.reverse()) await graph.repos.ingest.deleteArticleCascade(id);
  await graph.close();
});

const INGEST = `mutation ($input: IngestArticleTextInput!) {
  ingestArticleText(input: $input) { status statementCount furtherReports article { key } document }
}`;

type Ingested = {
  ingestArticleText: {
    status: string;
    statementCount: number;
    furtherReports: number;
    article: { key: string };
    document: AnnotatedArticle;
  };
};

describe('ingestArticleText', () => {
  it('extracts, validates and imports plain text; extracting the same text again changes nothing', async () => {
    const id = `ingest-${randomUUID().slice(0, 8)}`;
    created.push(id);
    const input = {
      text: storyText,
      id,
      title: 'Russia says will keep troops near Ukrainian border',
      publisher: 'Republic World',
    };
    const first = await graph.graphql<Ingested>(INGEST, { input }, auth);
    expect(first.errors).toBeUndefined();
    const result = first.data?.ingestArticleText;
    expect(result?.status).toBe('CREATED');
    expect(result?.article.key).toBe(id);
    expect(result?.statementCount).toBeGreaterThan(5);
    expect(validateAnnotatedArticle(result?.document).ok).toBe(true);

    const attributed = await graph.graphql<{
      statements: { edges: { node: { speaker: { key: string } | null } }[] };
    }>(`{ statements(filter: { article: "${id}" }, first: 100) { edges { node { speaker { key } } } } }`);
    const speakers = attributed.data?.statements.edges.flatMap((e) =>
      e.node.speaker ? [e.node.speaker.key] : [],
    );
    expect(speakers?.length).toBeGreaterThan(2);

    const again = await graph.graphql<Ingested>(INGEST, { input }, auth);
    expect(again.data?.ingestArticleText.status).toBe('UNCHANGED');
  });

  it.each([
    ['empty', '   '],
    ['binary', '\u0000\u0001\u0002binary\u0000data\u0000'],
    ['no sentences', '(Image: AP)'],
  ])('rejects %s text with BAD_USER_INPUT and writes nothing', async (_name, text) => {
    const id = `bad-${randomUUID().slice(0, 8)}`;
    const result = await graph.graphql(INGEST, { input: { text, id } }, auth);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const article = await graph.graphql(`{ article(id: "${id}") { key } }`);
    expect(article.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('needs an API key', async () => {
    const result = await graph.graphql(INGEST, { input: { text: storyText } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('further reports and corroboration', () => {
  it('links a second report of the same remarks to the existing statements instead of duplicating them', async () => {
    const { doc: first, suffix } = uniqueSeedDocument();
    created.push(first.article.id);
    await graph.repos.ingest.importArticle(first);

    // The same story re-reported by another site, citing TASS where the first cited CNN or Sputnik.
    const tass = `tass-${suffix}`;
    const second: AnnotatedArticle = structuredClone(first);
    const secondId = `${first.article.id}-reprint`;
    second.article.id = secondId;
    second.outlets.push({
      id: tass,
      name: `TASS ${suffix}`,
      kind: 'state_media',
      country: 'RU',
      aliases: [],
    });
    for (const statement of second.statements) {
      statement.id = statement.id.replace(`${first.article.id}:`, `${secondId}:`);
      if (statement.citedVia.length > 0) statement.citedVia = [tass];
    }
    created.push(secondId);
    const outcome = await graph.repos.ingest.importArticle(second, { linkFurtherReports: true });
    const attributed = first.statements.filter((s) => s.speaker !== null);
    expect(outcome.furtherReports).toBe(attributed.length);

    const s03 = first.statements.find((s) => s.id.endsWith(':s03'));
    const result = await graph.graphql<{
      statement: { reports: { key: string }[]; citedVia: { key: string }[]; corroboration: number };
    }>(`{ statement(id: "${s03?.id}") { reports { key } citedVia { key } corroboration } }`);
    expect(result.data?.statement.reports.map((r) => r.key).sort()).toEqual(
      [first.article.id, secondId].sort(),
    );
    expect(result.data?.statement.citedVia.map((o) => o.key).sort()).toEqual([`cnn-${suffix}`, tass].sort());
    expect(result.data?.statement.corroboration).toBe(2);

    // Only the article's own (unattributed) assertions are new statements; none is duplicated.
    const count = await graph.graphql<{ statements: { totalCount: number } }>(
      `{ statements(filter: { article: "${secondId}" }) { totalCount } }`,
    );
    expect(count.data?.statements.totalCount).toBe(second.statements.length);
    const { records } = await graph.driver.executeQuery(
      'MATCH (s:Statement) WHERE s.id STARTS WITH $prefix RETURN count(s) AS n',
      { prefix: `${secondId}:` },
    );
    expect(records[0]?.get('n').toNumber()).toBe(second.statements.length - attributed.length);
  });
});
