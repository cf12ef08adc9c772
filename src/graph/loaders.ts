import DataLoader from 'dataloader';
import type { ActorDetailsModel, ActorPositionModel, ActorRepository } from './actor.js';
import type { ArticleRepository } from './article.js';
import type { OutletArticleModel, OutletRepository } from './outlet.js';
import type { PositionRepository, PositionStanceModel } from './position.js';
import type {
  StatementPage,
  StatementPageRequest,
  StatementParts,
  StatementRepository,
} from './statement.js';

/**
 * Per-request batching for lists under lists (each actor's statements, each position's stances): every
 * nesting level becomes one Cypher query however long the parent list is. Node lookups by id are batched by
 * Pothos' loadable nodes; these cover the rest.
 */
export type Loaders = {
  statementPages: DataLoader<StatementPageRequest, StatementPage, string>;
  actorDetails: DataLoader<string, ActorDetailsModel>;
  actorPositions: DataLoader<{ actorId: string; includeAffiliates: boolean }, ActorPositionModel[], string>;
  positionStances: DataLoader<string, PositionStanceModel[]>;
  outletArticles: DataLoader<string, OutletArticleModel[]>;
  /** Article texts, apart from the articles: they can be megabytes, so they load only when shown. */
  articleTexts: DataLoader<string, string | null>;
  /** Forgets everything loaded so far: after a write, reads in the same request see the new state. */
  clearAll(): void;
};

/** `statementParts`: what the request's operation shows of a statement (see statementPartsOf). */
export function createLoaders(
  repos: {
    statements: StatementRepository;
    actors: ActorRepository;
    positions: PositionRepository;
    outlets: OutletRepository;
    articles: ArticleRepository;
  },
  statementParts: StatementParts,
): Loaders {
  const loaders: Omit<Loaders, 'clearAll'> = {
    statementPages: new DataLoader((requests) => repos.statements.findStatements(requests, statementParts), {
      cacheKeyFn: (request) => JSON.stringify(request),
    }),
    actorPositions: new DataLoader(
      async (keys) => {
        // One query per flag value: in practice a request uses one.
        const results = new Map<string, ActorPositionModel[]>();
        for (const flag of [true, false]) {
          const ids = keys.filter((k) => k.includeAffiliates === flag).map((k) => k.actorId);
          if (ids.length === 0) continue;
          const stances = await repos.actors.getActorPositions(ids, flag);
          ids.forEach((id, i) => {
            results.set(`${id}|${flag}`, stances[i] ?? []);
          });
        }
        return keys.map((k) => results.get(`${k.actorId}|${k.includeAffiliates}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.actorId}|${k.includeAffiliates}` },
    ),
    actorDetails: new DataLoader((ids) => repos.actors.getActorDetails(ids)),
    positionStances: new DataLoader((ids) => repos.positions.getPositionStances(ids)),
    outletArticles: new DataLoader((ids) => repos.outlets.getOutletArticles(ids)),
    articleTexts: new DataLoader((ids) => repos.articles.getArticleTexts(ids)),
  };
  return {
    ...loaders,
    clearAll: () => {
      for (const loader of Object.values(loaders)) loader.clearAll();
    },
  };
}
