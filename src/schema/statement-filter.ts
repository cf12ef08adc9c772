import { builder } from '../builder.js';
import { isCalendarDay } from '../graph/dates.js';
import { InvalidInputError } from '../graph/errors.js';
import type { PageRequest } from '../graph/page.js';
import type { StatementFilter, StatementPageRequest } from '../graph/statement.js';
import { domainId, type NodeType } from '../ids.js';
import { SpeechActEnum, StanceEnum } from './enums.js';

export const StatementFilterInput = builder.inputType('StatementFilter', {
  description:
    'Filters for statement lists; all optional, combined with AND. Ids may be domain or global ids.',
  fields: (t) => ({
    speaker: t.id({ description: 'Said by this actor.' }),
    outlet: t.id({ description: 'Said to (original medium) or cited via this outlet.' }),
    position: t.id({ description: 'Takes a stance on this position (with `stance`: that stance on it).' }),
    stance: t.field({ type: StanceEnum, description: 'Takes this stance (on `position`, if given).' }),
    speechAct: t.field({ type: SpeechActEnum, description: 'Is this speech act.' }),
    mentions: t.id({ description: 'Mentions or targets this actor.' }),
    article: t.id({ description: 'Reported by this article.' }),
    event: t.id({ description: 'Concerns this event.' }),
    from: t.string({ description: 'Stated on or after this date (YYYY-MM-DD).' }),
    to: t.string({ description: 'Stated on or before this date (YYYY-MM-DD).' }),
    negated: t.boolean({ description: 'Negated ("is not threatening") or not.' }),
    conditional: t.boolean({ description: 'Conditional ("if NATO\'s expansion continues") or not.' }),
    textContains: t.string({ description: 'Paraphrase or quote contains this text (any case).' }),
    reliesOn: t.id({
      description:
        'Every report traces back to this outlet alone, however many re-reports there are ("citation ' +
        'laundering"; see Statement.provenance). Combines with speaker, position, stance, from and to only. ' +
        'Top-level `statements` only.',
    }),
    singleSource: t.boolean({
      description:
        'True: statements known through exactly one outlet (corroboration 1); false: through two or more. ' +
        'Statements with no outlet recorded match neither.',
    }),
    needsReview: t.boolean({
      description:
        'True: the review queue (statements the extractor flagged as uncertain that nobody has reviewed yet); ' +
        'false: the rest.',
    }),
  }),
});

type FilterArgs = { [K in keyof StatementFilter]?: StatementFilter[K] | undefined };

/** The loader's request for a page of statements: dates checked, global ids reduced to domain ids. */
export function statementPageRequest(
  filter: FilterArgs | null | undefined,
  order: string | null | undefined,
  page: PageRequest,
): StatementPageRequest {
  const f = filter ?? {};
  if ((f as { reliesOn?: unknown }).reliesOn != null) {
    throw new InvalidInputError('filter.reliesOn works on the top-level statements list only');
  }
  for (const key of ['from', 'to'] as const) {
    const value = f[key];
    if (value != null && !isCalendarDay(value)) {
      throw new InvalidInputError(
        `filter.${key} must be a calendar date YYYY-MM-DD (got ${JSON.stringify(value.slice(0, 40))})`,
      );
    }
  }
  const ids = (typename: NodeType, value: string | null | undefined) =>
    value ? domainId(typename, value) : null;
  return {
    ...page,
    descending: order !== 'asc',
    filter: {
      ...f,
      speaker: ids('Actor', f.speaker),
      outlet: ids('Outlet', f.outlet),
      position: ids('Position', f.position),
      mentions: ids('Actor', f.mentions),
      article: ids('Article', f.article),
      event: ids('Event', f.event),
    },
  };
}
