/**
 * The explorer's filters, applied to what is drawn (no request): statements by position, stance, outlet and
 * date, then whole node types. A statement filtered out takes with it whatever only hung off it. Undated
 * statements never fall to the date range: they stay, marked, since nothing says they are outside it.
 */

/**
 * @typedef {{
 *   position: string | null, stance: string | null, outlet: string | null,
 *   since: string | null, until: string | null, hide: string[],
 * }} Filters
 * @typedef {import('./types.js').NodeSingular} NodeSingular
 * @typedef {import('./types.js').EdgeSingular} EdgeSingular
 */

/** The first and last day a fuzzy date (YYYY, YYYY-MM, YYYY-MM-DD) can mean. */
export function dateSpan(/** @type {string} */ value) {
  const [y, m, d] = String(value).split('-');
  if (d) return [value, value];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * Whether a fuzzy date can fall inside [since, until] (either end open).
 *
 * @param {string} value
 * @param {string | null} since
 * @param {string | null} until
 */
export function inRange(value, since, until) {
  const [first, last] = dateSpan(value);
  return (!since || last >= since) && (!until || first <= until);
}

export const hasStatementFilter = (/** @type {Filters} */ f) =>
  Boolean(f.position || f.stance || f.outlet || f.since || f.until);
export const isFiltering = (/** @type {Filters} */ f) => hasStatementFilter(f) || f.hide.length > 0;

/** @param {NodeSingular} statement @param {string} outlet */
function outletMatches(statement, outlet) {
  const direct = statement
    .connectedEdges('edge[type = "SAID_TO"], edge[type = "CITED_VIA"]')
    .toArray()
    .some((e) => e.target().id() === outlet);
  if (direct) return true;
  return statement
    .incomers('edge[type = "REPORTS"]')
    .sources()
    .toArray()
    .some((article) =>
      article
        .outgoers('edge[type = "PUBLISHED_BY"], edge[type = "CITES"]')
        .edges()
        .toArray()
        .some((e) => e.target().id() === outlet),
    );
}

/** The stances a statement takes: from its drawn stance edges, or from its facts when positions are not drawn. */
/** @param {NodeSingular} statement @param {string | null} position @param {string | null} stance */
function stanceMatches(statement, position, stance) {
  const edges = statement.outgoers('edge[type = "TAKES_POSITION"]').edges().toArray();
  const byEdge = (/** @type {EdgeSingular} */ e) =>
    (!position || e.target().id() === position) && (!stance || e.data('stance') === stance);
  if (edges.some(byEdge)) return true;
  /** @type {{ id: string, stance: string }[] | undefined} */
  const facts = statement.data('positions');
  return (
    Array.isArray(facts) &&
    facts.some((p) => (!position || p.id === position) && (!stance || p.stance === stance))
  );
}

/**
 * Hides what does not match. Protected nodes (focus, path ends, selection) always stay.
 *
 * @param {import('./types.js').Core} cy
 * @param {Filters} filters
 * @param {string[]} protect
 * @returns {import('./types.js').FilterCounts}
 */
export function applyFilters(cy, filters, protect) {
  const { position, stance, outlet, since, until, hide } = filters;
  const keepIds = new Set(protect);
  const dating = Boolean(since || until);
  cy.batch(() => {
    cy.elements().removeClass('filtered');
    cy.nodes('[type = "statement"]').forEach((s) => {
      const undated = dating && s.data('factsLoaded') === true && !s.data('statedOn');
      s.toggleClass('undated', undated);
    });
    if (hasStatementFilter(filters)) {
      cy.nodes('[type = "statement"]').forEach((s) => {
        if (keepIds.has(s.id())) return;
        const stanceOk = !position && !stance ? true : stanceMatches(s, position, stance);
        const outletOk = !outlet || outletMatches(s, outlet);
        const dated = s.data('statedOn');
        const dateOk = !dating || !dated || inRange(dated, since, until);
        if (!(stanceOk && outletOk && dateOk)) s.addClass('filtered');
      });
      if (position || stance) {
        cy.edges('[type = "TAKES_POSITION"]')
          .filter(
            (e) => !((!position || e.target().id() === position) && (!stance || e.data('stance') === stance)),
          )
          .addClass('filtered');
      }
      for (const [type, chosen] of /** @type {const} */ ([
        ['position', position],
        ['outlet', outlet],
      ])) {
        if (!chosen) continue;
        cy.nodes(`[type = "${type}"]`)
          .filter((n) => n.id() !== chosen && !keepIds.has(n.id()))
          .addClass('filtered');
      }
      cy.nodes('.filtered').connectedEdges().addClass('filtered');
      // Drop what only hung off hidden statements; repeat because hiding one node can orphan the next.
      for (let round = 0; round < 3; round += 1) {
        const orphans = cy
          .nodes()
          .not('.filtered')
          .filter(
            (n) =>
              !keepIds.has(n.id()) &&
              /** @type {NodeSingular} */ (n).connectedEdges().nonempty() &&
              /** @type {NodeSingular} */ (n).connectedEdges().not('.filtered').empty(),
          );
        if (orphans.empty()) break;
        orphans.addClass('filtered');
        orphans.connectedEdges().addClass('filtered');
      }
    }
    // Hiding a type is a choice of what to look at, not a claim about the rest: nothing else goes with it.
    for (const type of hide) {
      const nodes = cy.nodes(`[type = "${type}"]`).filter((n) => !keepIds.has(n.id()));
      nodes.addClass('filtered');
      nodes.connectedEdges().addClass('filtered');
    }
  });
  return {
    shownNodes: cy.nodes().not('.filtered').length,
    totalNodes: cy.nodes().length,
    shownEdges: cy.edges().not('.filtered').length,
    totalEdges: cy.edges().length,
    undated: cy.nodes('.undated').not('.filtered').length,
  };
}
