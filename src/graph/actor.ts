import type { ActorInput } from '../ingest/format.js';
import { alignByIds } from './by-ids.js';
import type { QueryExecutor } from './executor.js';
import { containsKey, nameKey } from './name-keys.js';
import { type Page, type PageRequest, pageParams, toPage } from './page.js';
import { copyOntoStanceEdges } from './stance-copies.js';

export type AffiliationModel = { role: string; actorId: string; ofId: string };

export type ActorModel = {
  id: string;
  name: string;
  kind: string;
  description: string | null;
};

/** What an actor has beyond its own properties; loaded apart, only when a query selects it. */
export type ActorDetailsModel = {
  aliases: string[];
  /** Relations in both directions: `actorId` holds the role towards `ofId`. */
  affiliations: AffiliationModel[];
};

export type KnownActorModel = {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  aliases: string[];
};

export type ActorFilter = { kind?: string | null; nameContains?: string | null };

export type ActorPositionModel = { positionId: string; stance: string; statementIds: string[] };

type PageRow = { ids: string[]; sortKeys: string[]; totalCount: number | null };

export class ActorRepository {
  private readonly getActorsByIdsQuery;
  private readonly getActorDetailsQuery;
  private readonly findActorsByNameQuery;
  private readonly findActorsQuery;
  private readonly getActorPositionsQuery;
  private readonly mergeActorsQuery;
  private readonly listKnownActorsQuery;

  constructor(private readonly executor: QueryExecutor) {
    this.getActorsByIdsQuery = executor.query<{ actor: ActorModel }>('actor/get-actors-by-ids');
    this.getActorDetailsQuery = executor.query<ActorDetailsModel & { id: string }>('actor/get-actor-details');
    this.findActorsByNameQuery = executor.query<{ id: string }>('actor/find-actors-by-name');
    this.findActorsQuery = executor.query<PageRow>('actor/find-actors');
    this.getActorPositionsQuery = executor.query<ActorPositionModel & { actorId: string }>(
      'actor/get-actor-positions',
    );
    this.mergeActorsQuery = executor.query<{ id: string }>('actor/merge-actors', { mode: 'write' });
    this.listKnownActorsQuery = executor.query<KnownActorModel>('actor/list-known-actors');
  }

  async getActorsByIds(ids: readonly string[]): Promise<(ActorModel | null)[]> {
    const rows = await this.getActorsByIdsQuery({ ids: [...ids] });
    return alignByIds(
      ids,
      rows.map((r) => r.actor),
    );
  }

  /** Aliases and affiliations per actor; an actor that does not exist has none. */
  async getActorDetails(ids: readonly string[]): Promise<ActorDetailsModel[]> {
    const rows = alignByIds(ids, await this.getActorDetailsQuery({ ids: [...ids] }));
    return rows.map((row) => ({ aliases: row?.aliases ?? [], affiliations: row?.affiliations ?? [] }));
  }

  /** Ids of actors whose name or alias is `name`, ignoring case ("peskov", "Moscow"). */
  async findActorsByName(name: string): Promise<string[]> {
    return (await this.findActorsByNameQuery({ key: nameKey(name) })).map((r) => r.id);
  }

  async findActors(filter: ActorFilter, page: PageRequest): Promise<Page> {
    const [row] = await this.findActorsQuery({
      kind: filter.kind ?? null,
      nameContains: containsKey(filter.nameContains),
      ...pageParams('actors', page),
    });
    return toPage('actors', page, row);
  }

  /** Stances per actor, derived from statements; with affiliates, also those who speak for it. */
  async getActorPositions(
    ids: readonly string[],
    includeAffiliates: boolean,
  ): Promise<ActorPositionModel[][]> {
    const rows = await this.getActorPositionsQuery({ ids: [...ids], includeAffiliates });
    return ids.map((id) =>
      rows
        .filter((r) => r.actorId === id)
        .map(({ positionId, stance, statementIds }) => ({ positionId, stance, statementIds })),
    );
  }

  /** Every actor with its aliases (but those only `articleId` declared): what extraction resolves names against. */
  async listKnownActors(articleId: string): Promise<KnownActorModel[]> {
    return this.listKnownActorsQuery({ articleId });
  }

  /**
   * Creates or updates actors given by hand (upsertActor), in the annotated-article format's actor shape, which
   * validated them; aliases are added, never removed.
   */
  async upsertActors(actors: ActorInput[]): Promise<void> {
    // No article: aliases given by hand stay until the actor goes.
    await this.mergeActorsQuery({
      articleId: null,
      actors: actors.map((a) => ({ ...a, description: a.description ?? null })),
    });
  }

  /** Moves every edge and alias of `remove` onto `keep` and deletes `remove`; false when either is missing. */
  async mergeActorInto(keep: string, remove: string): Promise<boolean> {
    // The statements `remove` said are `keep`'s afterwards: the stance copies on their stance edges follow.
    return this.executor.transaction('write', 'actor/merge-actor-into', async (tx) => {
      const said = await tx.run<{ id: string }>('statement/find-said-statements', { speakerId: remove });
      const rows = await tx.run('actor/merge-actor-into', { keep, remove });
      await copyOntoStanceEdges(
        tx,
        said.map((r) => r.id),
      );
      return rows.length > 0;
    });
  }
}
