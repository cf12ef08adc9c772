import { alignByIds } from './by-ids.js';
import { type FuzzyDateModel, toFuzzyDate } from './dates.js';
import type { QueryExecutor } from './executor.js';
import { containsKey } from './name-keys.js';
import { type Page, type PageRequest, pageParams, toPage } from './page.js';

export type EventModel = {
  id: string;
  name: string;
  description: string | null;
  date: FuzzyDateModel | null;
  participants: { actorId: string; role: string | null }[];
  precededByIds: string[];
  followedByIds: string[];
};

export type EventFilter = {
  participant?: string | null;
  from?: string | null;
  to?: string | null;
  nameContains?: string | null;
};

type PageRow = { ids: string[]; sortKeys: string[]; totalCount: number | null };

export class EventRepository {
  private readonly getEventsByIdsQuery;
  private readonly findEventsQuery;

  constructor(executor: QueryExecutor) {
    this.getEventsByIdsQuery = executor.query<{ event: EventModel }>('event/get-events-by-ids');
    this.findEventsQuery = executor.query<PageRow>('event/find-events');
  }

  async getEventsByIds(ids: readonly string[]): Promise<(EventModel | null)[]> {
    const rows = await this.getEventsByIdsQuery({ ids: [...ids] });
    return alignByIds(
      ids,
      // Literals, not a spread plus the date: one per event a request loads, and V8 builds spreads slowly.
      rows.map(({ event: e }) => ({
        id: e.id,
        name: e.name,
        description: e.description,
        date: toFuzzyDate(e.date),
        participants: e.participants,
        precededByIds: e.precededByIds,
        followedByIds: e.followedByIds,
      })),
    );
  }

  async findEvents(filter: EventFilter, page: PageRequest): Promise<Page> {
    const [row] = await this.findEventsQuery({
      participant: filter.participant ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      nameContains: containsKey(filter.nameContains),
      ...pageParams('events', page),
    });
    return toPage('events', page, row);
  }
}
