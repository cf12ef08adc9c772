import type { Context } from '../builder.js';
import { NotFoundError } from '../graph/errors.js';
import type { PageRequest } from '../graph/page.js';
import { domainId } from '../ids.js';
import { type ConnectionResult, toConnection } from './connection.js';
import { statementPageRequest } from './statement-filter.js';

type FilterArgs = NonNullable<Parameters<typeof statementPageRequest>[0]> & { reliesOn?: string | null };

/**
 * The `statements` list with `filter.reliesOn`: statements every report of which traces back to that outlet
 * alone ("citation laundering", src/graph/provenance-chain.ts). Its own file, without the statement type, so
 * that the statements field can call it without an import cycle.
 */
export async function relyingStatementPage(
  ctx: Context,
  filter: FilterArgs,
  order: string | null | undefined,
  page: PageRequest,
): Promise<ConnectionResult> {
  const { reliesOn, ...others } = filter;
  const request = statementPageRequest(others, order, page);
  const outletId = domainId('Outlet', String(reliesOn));
  const [outlet] = await ctx.repos.outlets.getOutletsByIds([outletId]);
  if (!outlet) throw new NotFoundError(`No outlet with id "${outletId}"`);
  const result = await ctx.repos.provenance.findRelyingOn(
    outletId,
    { ...request.filter, reliesOn: outletId },
    request.descending,
    page,
  );
  return toConnection(result);
}
