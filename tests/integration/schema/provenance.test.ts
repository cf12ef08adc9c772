import fc from 'fast-check';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../../src/ingest/format.js';
import { validateAnnotatedArticle } from '../../../src/ingest/validate.js';
import { connectTestGraph } from '../../support/graph.js';

// Deleting an article must leave the graph exactly as if it had never been imported, also where it only added
// to what other articles carry (further reports of their statements, aliases of their actors, participations
// in their events, affiliations they state too). Articles are drawn over one pool of entities and shared
// statements, each taking a random part of them; the pool fixes every shared property (names, roles,
// wording), as one world's facts do, so the articles differ only in what they assert.
const graph = connectTestGraph();

beforeAll(() => graph.executor.applySchema());
afterAll(() => graph.close());

const ACTORS = 4;
const OUTLETS = 3;
const POSITIONS = 3;
const EVENTS = 3;
const SHARED = 4;
const AFFILIATIONS = [
  { actor: 1, role: 'spokesperson_for', of: 0 },
  { actor: 2, role: 'member_of', of: 3 },
  { actor: 3, role: 'leads', of: 0 },
] as const;
const STANCES = ['supports', 'opposes', 'warns'] as const;

type Pool = ReturnType<typeof makePool>;

function makePool(tag: string) {
  const actor = (k: number) => `pa${k}-${tag}`;
  const outlet = (k: number) => `po${k}-${tag}`;
  const position = (k: number) => `pp${k}-${tag}`;
  const event = (k: number) => `pe${k}-${tag}`;
  const shared = Array.from({ length: SHARED }, (_, k) => ({
    id: `pool-${tag}:s${k}`,
    speaker: actor(k % ACTORS),
    text: `Actor ${k} of ${tag} said thing ${k}.`,
    positions: [
      { position: position(k % POSITIONS), stance: STANCES[k % 3] ?? 'supports' },
      { position: position((k + 1) % POSITIONS), stance: 'opposes' as const },
    ],
    mentions: [
      { actor: actor((k + 1) % ACTORS), role: 'target' as const },
      { actor: actor((k + 2) % ACTORS), role: 'mention' as const },
    ],
    medium: outlet(k % OUTLETS),
    events: [event(k % EVENTS), event((k + 1) % EVENTS)],
  }));
  return { tag, actor, outlet, position, event, shared };
}

/** What one article takes from the pool: every choice is a mask over the pool's lists. */
const statementChoice = fc.record({
  positions: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  mentions: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  citedVia: fc.array(fc.boolean(), { minLength: OUTLETS, maxLength: OUTLETS }),
  events: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  medium: fc.boolean(),
});
const articleChoice = fc.record({
  publisher: fc.nat(OUTLETS - 1),
  imageCredits: fc.array(fc.boolean(), { minLength: OUTLETS, maxLength: OUTLETS }),
  shared: fc.array(fc.option(statementChoice, { nil: undefined }), { minLength: SHARED, maxLength: SHARED }),
  own: fc.array(fc.record({ speaker: fc.nat(ACTORS - 1), choice: statementChoice }), { maxLength: 2 }),
  aliases: fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), {
    minLength: ACTORS,
    maxLength: ACTORS,
  }),
  affiliations: fc.array(fc.boolean(), { minLength: AFFILIATIONS.length, maxLength: AFFILIATIONS.length }),
  participants: fc.array(fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }), {
    minLength: EVENTS,
    maxLength: EVENTS,
  }),
});
type ArticleChoice = typeof articleChoice extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], mask: readonly boolean[]) => list.filter((_, i) => mask[i]);

/** The annotated article for a choice, validated; shared statements keep the pool's ids (further reports). */
function buildArticle(pool: Pool, index: number, choice: ArticleChoice): AnnotatedArticle {
  const articleId = `art${index}-${pool.tag}`;
  const statements: {
    id: string;
    poolId?: string;
    speaker: string;
    text: string;
    positions: { position: string; stance: (typeof STANCES)[number] }[];
    mentions: { actor: string; role: 'target' | 'mention' }[];
    citedVia: string[];
    events: string[];
    originalMedium: string | null;
  }[] = [];
  const outlets = Array.from({ length: OUTLETS }, (_, k) => pool.outlet(k));
  choice.shared.forEach((c, k) => {
    const s = pool.shared[k];
    if (!c || !s) return;
    statements.push({
      id: `${articleId}:shared${k}`,
      poolId: s.id,
      speaker: s.speaker,
      text: s.text,
      positions: pick(s.positions, c.positions),
      mentions: pick(s.mentions, c.mentions),
      citedVia: pick(outlets, c.citedVia),
      events: pick(s.events, c.events),
      originalMedium: c.medium ? s.medium : null,
    });
  });
  choice.own.forEach(({ speaker, choice: c }, j) => {
    statements.push({
      id: `${articleId}:own${j}`,
      speaker: pool.actor(speaker),
      text: `Article ${index} of ${pool.tag} reports remark ${j}.`,
      positions: pick(
        [
          { position: pool.position(j % POSITIONS), stance: 'warns' },
          { position: pool.position((j + 2) % POSITIONS), stance: 'supports' },
        ],
        c.positions,
      ),
      mentions: pick(
        [
          { actor: pool.actor((speaker + 1) % ACTORS), role: 'mention' },
          { actor: pool.actor((speaker + 3) % ACTORS), role: 'target' },
        ],
        c.mentions,
      ),
      citedVia: pick(outlets, c.citedVia),
      events: pick([pool.event(j % EVENTS), pool.event(2)], c.events),
      originalMedium: c.medium ? pool.outlet(j % OUTLETS) : null,
    });
  });
  let text = `Article ${index} of ${pool.tag}.`;
  const spans = statements.map((s) => {
    const start = text.length + 1;
    text += ` ${s.text}`;
    return { start, end: start + s.text.length, text: s.text };
  });
  const affiliations = pick(AFFILIATIONS, choice.affiliations);
  // Events come with the ones they follow, so that every `follows` points at a declared event.
  const lastEvent = Math.max(
    -1,
    ...statements.flatMap((s) => s.events.map((e) => Number(e.slice(2, e.indexOf('-'))))),
  );
  const events = Array.from({ length: lastEvent + 1 }, (_, k) => ({
    id: pool.event(k),
    name: `Event ${k} ${pool.tag}`,
    date: { value: `2022-0${k + 1}`, precision: 'month' as const, context: false },
    participants: pick(
      [
        { actor: pool.actor(k % ACTORS), role: 'host' },
        { actor: pool.actor((k + 1) % ACTORS), role: 'guest' },
      ],
      choice.participants[k] ?? [],
    ),
    ...(k > 0 ? { follows: pool.event(k - 1) } : {}),
    evidence: [],
  }));
  const actorIds = new Set<string>([
    ...statements.flatMap((s) => [s.speaker, ...s.mentions.map((m) => m.actor)]),
    ...affiliations.flatMap((a) => [pool.actor(a.actor), pool.actor(a.of)]),
    ...events.flatMap((e) => e.participants.map((p) => p.actor)),
  ]);
  const actors = Array.from({ length: ACTORS }, (_, k) => k)
    .filter((k) => actorIds.has(pool.actor(k)))
    .map((k) => ({
      id: pool.actor(k),
      name: `Actor ${k} ${pool.tag}`,
      kind: 'person',
      description: `Pool actor ${k}`,
      aliases: pick(
        [`a${k} one ${pool.tag}`, `a${k} two ${pool.tag}`, `a${k} three ${pool.tag}`],
        choice.aliases[k] ?? [],
      ),
    }));
  const positionIds = new Set(statements.flatMap((s) => s.positions.map((p) => p.position)));
  const input = {
    format: 'claimgraph/annotated-article@1',
    article: {
      id: articleId,
      title: `Article ${index}`,
      publisher: pool.outlet(choice.publisher),
      publishedOn: { value: '2022-01-10', precision: 'day', context: false },
      imageCredits: pick(outlets, choice.imageCredits),
      text,
    },
    actors,
    affiliations: affiliations.map((a) => ({
      actor: pool.actor(a.actor),
      role: a.role,
      of: pool.actor(a.of),
    })),
    outlets: outlets.map((id, k) => ({
      id,
      name: `Outlet ${k} ${pool.tag}`,
      kind: 'newspaper',
      country: 'XX',
    })),
    positions: Array.from({ length: POSITIONS }, (_, k) => pool.position(k))
      .filter((id) => positionIds.has(id))
      .map((id) => ({ id, name: `Position ${id}`, description: 'A pool position' })),
    events,
    statements: statements.map(({ poolId: _, ...s }, i) => ({
      ...s,
      speechAct: 'claim',
      evidence: [spans[i]],
    })),
  };
  const result = validateAnnotatedArticle(input);
  if (!result.ok) throw new Error(`generated an invalid article: ${JSON.stringify(result.errors)}`);
  // As ingestArticleText does once it has matched them: further reports take the existing statement's id.
  const poolIds = new Map(statements.map((s) => [s.id, s.poolId ?? s.id]));
  return {
    ...result.value,
    statements: result.value.statements.map((s) => ({ ...s, id: poolIds.get(s.id) ?? s.id })),
  };
}

const plain = (value: unknown): unknown => {
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
};

/** Every node whose id or alias key carries the tag, and every relationship touching one, sorted. */
async function dump(tag: string): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (n) WHERE coalesce(n.id, n.key) CONTAINS $tag
     CALL (n) {
       OPTIONAL MATCH (n)-[r]->(m)
       RETURN collect(CASE WHEN r IS NULL THEN null ELSE
         {type: type(r), to: coalesce(m.id, m.key), props: properties(r)} END) AS out
     }
     RETURN labels(n) AS labels, properties(n) AS props, out`,
    { tag },
  );
  const lines: string[] = [];
  for (const record of records) {
    const key = JSON.stringify([record.get('labels'), plain(record.get('props'))]);
    lines.push(`node ${key}`);
    const props = plain(record.get('props')) as { id?: string; key?: string };
    for (const rel of plain(record.get('out')) as { type: string; to: string; props: unknown }[]) {
      // `seq` on DECLARES is the time of the import: the one property that differs by design between runs.
      const sorted = Object.fromEntries(
        Object.entries(rel.props as Record<string, unknown>)
          .filter(([k]) => !(rel.type === 'DECLARES' && k === 'seq'))
          .sort(([a], [b]) => a.localeCompare(b)),
      );
      lines.push(`rel ${props.id ?? props.key} -${rel.type}${JSON.stringify(sorted)}-> ${rel.to}`);
    }
  }
  return lines.sort();
}

let runs = 0;

describe('provenance: deleting articles restores the graph exactly', () => {
  it('import any articles, delete any of them: the graph equals importing only the rest', {
    timeout: 600_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ choice: articleChoice, deleted: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        async (drawn) => {
          runs += 1;
          const pool = makePool(`prov${Date.now().toString(36)}r${runs}`);
          const docs = drawn.map(({ choice }, i) => buildArticle(pool, i, choice));
          const kept = docs.filter((_, i) => !drawn[i]?.deleted);
          const deleted = docs.filter((_, i) => drawn[i]?.deleted);
          const store = graph.repos.ingest;

          for (const doc of docs) await store.importValidated(doc);
          for (const doc of deleted) expect(await store.deleteArticleCascade(doc.article.id)).toBe(true);
          const afterDelete = await dump(pool.tag);

          for (const doc of kept) await store.deleteArticleCascade(doc.article.id);
          expect(await dump(pool.tag), 'deleting every article leaves nothing').toEqual([]);

          for (const doc of kept) await store.importValidated(doc);
          const onlyKept = await dump(pool.tag);
          for (const doc of kept) await store.deleteArticleCascade(doc.article.id);

          expect(afterDelete).toEqual(onlyKept);
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
    console.log(`provenance property: ${runs} runs`);
  });
});
