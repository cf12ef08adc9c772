import { graphql } from './api.js';
import { h, key, word } from './dom.js';
import { section } from './panel-parts.js';
import { short, svg } from './svg-dom.js';

/**
 * The side panel's "Stance over time" for an actor (on one of its positions) or a position (every speaker): a
 * small SVG chart, one row per speaker and one column per period, each stance a coloured bar with its statement
 * count; statements dated less precisely than a period and undated ones in columns of their own, apart, since
 * the API never guesses a date (Actor.stanceTimeline, Position.timeline).
 *
 * @typedef {import('./panel-parts.js').PanelActions} PanelActions
 * @typedef {{ actor: { id: string, name: string }, stance: string, statementCount: number,
 *   statements: { id: string }[] }} TimelineStance
 * @typedef {{ label: string, start: string, end: string, statementCount: number, stances: TimelineStance[] }} TimelinePeriod
 * @typedef {{ statementCount: number, periods: TimelinePeriod[], imprecise: TimelineStance[],
 *   undated: TimelineStance[] }} Timeline
 */

const TIMELINE_FIELDS = `statementCount
  periods { label start end statementCount stances { ...TimelineStance } }
  imprecise { ...TimelineStance }
  undated { ...TimelineStance }`;
const STANCE_FRAGMENT = `fragment TimelineStance on TimelineStance {
  actor { id name } stance statementCount statements { id }
}`;

export const ACTOR_TIMELINE_QUERY = `query ActorTimeline($id: ID!, $position: ID!, $granularity: TimelineGranularity) {
  node(id: $id) { ... on Actor { stanceTimeline(position: $position, granularity: $granularity, statementsPerPeriod: 5) {
    ${TIMELINE_FIELDS} } } }
}
${STANCE_FRAGMENT}`;

export const POSITION_TIMELINE_QUERY = `query PositionTimeline($id: ID!, $granularity: TimelineGranularity) {
  node(id: $id) { ... on Position { timeline(granularity: $granularity, statementsPerPeriod: 5) {
    ${TIMELINE_FIELDS} } } }
}
${STANCE_FRAGMENT}`;

const NAME_WIDTH = 86;
// With the period labels' 10px type (analysis-views.css), the longest label ("2025-03-04") leaves a gap to the
// next, and four columns still fit the side panel.
const COLUMN = 64;
const BAR = 13;
const HEAD = 34;

/**
 * The chart. Columns: the periods that hold statements (oldest first), then, past a dashed rule, "imprecise"
 * and "undated" when there are any. Clicking a bar shows its newest statement.
 *
 * @param {Timeline} timeline
 * @param {PanelActions} actions
 * @returns {SVGSVGElement}
 */
export function timelineSvg(timeline, actions) {
  /** @type {{ label: string, title: string, stances: TimelineStance[], count: number, apart: boolean }[]} */
  const columns = timeline.periods.map((p) => ({
    label: p.label,
    title: p.start === p.end ? p.start : `${p.start} to ${p.end}`,
    stances: p.stances,
    count: p.statementCount,
    apart: false,
  }));
  const sum = (/** @type {TimelineStance[]} */ list) => list.reduce((n, c) => n + c.statementCount, 0);
  if (timeline.imprecise.length)
    columns.push({
      label: 'imprecise',
      title: 'Dated less precisely than one period',
      stances: timeline.imprecise,
      count: sum(timeline.imprecise),
      apart: true,
    });
  if (timeline.undated.length)
    columns.push({
      label: 'undated',
      title: 'No known date',
      stances: timeline.undated,
      count: sum(timeline.undated),
      apart: true,
    });
  /** @type {Map<string, string>} */
  const actors = new Map();
  for (const c of columns) for (const s of c.stances) actors.set(s.actor.id, s.actor.name);
  const rows = [...actors.keys()];
  // A row is as tall as its busiest cell (one bar per stance).
  const heights = rows.map((id) =>
    Math.max(1, ...columns.map((c) => c.stances.filter((s) => s.actor.id === id).length)),
  );
  const tops = heights.map((_, i) => HEAD + heights.slice(0, i).reduce((a, b) => a + b * (BAR + 3) + 8, 0));
  const bodyBottom = HEAD + heights.reduce((a, b) => a + b * (BAR + 3) + 8, 0);
  const firstApart = columns.findIndex((c) => c.apart);
  const gap = (/** @type {number} */ i) => (firstApart >= 0 && i >= firstApart ? 14 : 0);
  const x = (/** @type {number} */ i) => NAME_WIDTH + i * COLUMN + gap(i);
  const width = x(columns.length) + 4;
  const height = bodyBottom + 18;
  const chart = /** @type {SVGSVGElement} */ (
    svg('svg', {
      class: 'timeline-chart',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': `Stances over time: ${timeline.statementCount} statements`,
    })
  );
  columns.forEach((c, i) => {
    chart.append(
      svg(
        'g',
        {},
        svg('title', {}, c.title),
        svg(
          'text',
          {
            class: `tl-period${c.apart ? ' tl-apart' : ''}`,
            x: x(i) + COLUMN / 2,
            y: 14,
            'text-anchor': 'middle',
          },
          c.label,
        ),
      ),
      svg(
        'text',
        { class: 'tl-total', x: x(i) + COLUMN / 2, y: height - 5, 'text-anchor': 'middle' },
        `n=${c.count}`,
      ),
    );
  });
  if (firstApart >= 0) {
    const at = x(firstApart) - 8;
    chart.append(svg('line', { class: 'tl-rule', x1: at, x2: at, y1: 2, y2: height - 2 }));
  }
  rows.forEach((id, r) => {
    const top = tops[r] ?? HEAD;
    chart.append(
      svg('line', { class: 'tl-lane', x1: 0, x2: width, y1: top - 5, y2: top - 5 }),
      svg(
        'g',
        { 'data-actor': actors.get(id) ?? id },
        svg('title', {}, actors.get(id) ?? id),
        svg('text', { class: 'tl-actor', x: 0, y: top + BAR - 3 }, short(actors.get(id) ?? id, 15)),
      ),
    );
    columns.forEach((c, i) => {
      c.stances
        .filter((s) => s.actor.id === id)
        .forEach((s, k) => {
          const y = top + k * (BAR + 3);
          const barWidth = Math.min(COLUMN - 8, 16 + 6 * (s.statementCount - 1));
          const first = s.statements[0]?.id;
          const mark = svg(
            'g',
            {
              class: `tl-mark stance-${key(s.stance)}`,
              'data-period': c.label,
              'data-stance': key(s.stance),
              'data-count': s.statementCount,
              tabindex: first ? 0 : -1,
              role: first ? 'button' : 'img',
            },
            svg(
              'title',
              {},
              `${actors.get(id)}: ${word(s.stance)}, ${s.statementCount} statement${s.statementCount === 1 ? '' : 's'} (${c.title})`,
            ),
            svg('rect', { class: 'tl-bar', x: x(i) + 4, y, width: barWidth, height: BAR, rx: 3 }),
            svg(
              'text',
              { class: 'tl-count', x: x(i) + 8 + barWidth, y: y + BAR - 3 },
              String(s.statementCount),
            ),
          );
          if (first) {
            mark.addEventListener('click', () => actions.select(first));
            mark.addEventListener('keydown', (event) => {
              if (/** @type {KeyboardEvent} */ (event).key === 'Enter') actions.select(first);
            });
          }
          chart.append(mark);
        });
    });
  });
  return chart;
}

/** @param {Timeline} timeline */
function legend(timeline) {
  const stances = new Set(
    [...timeline.periods.flatMap((p) => p.stances), ...timeline.imprecise, ...timeline.undated].map((s) =>
      key(s.stance),
    ),
  );
  return h(
    'ul',
    { class: 'tl-legend' },
    ...[...stances]
      .sort()
      .map((s) => h('li', {}, h('span', { class: `tl-swatch stance-${s}`, 'aria-hidden': 'true' }), word(s))),
  );
}

/**
 * The section, filled once the timeline arrives; the granularity buttons and, for an actor, the position
 * picker load it again.
 *
 * @param {{ type: 'Actor', id: string, positions: { id: string, name: string }[] }
 *   | { type: 'Position', id: string }} subject
 * @param {PanelActions} actions
 */
export function timelineSection(subject, actions) {
  if (subject.type === 'Actor' && subject.positions.length === 0) return null;
  let granularity = 'MONTH';
  let position = subject.type === 'Actor' ? (subject.positions[0]?.id ?? '') : '';
  const chartBox = h('div', { class: 'timeline-box', 'aria-live': 'polite' });
  const note = h('p', { class: 'muted tl-note' });
  const buttons = ['DAY', 'WEEK', 'MONTH'].map((g) =>
    h('button', {
      type: 'button',
      class: 'tl-granularity',
      'data-granularity': g,
      'aria-pressed': String(g === granularity),
      text: word(g),
      onclick: () => {
        granularity = g;
        for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.granularity === g));
        load();
      },
    }),
  );
  const picker =
    subject.type === 'Actor' && subject.positions.length > 1
      ? h(
          'select',
          {
            class: 'tl-position',
            'aria-label': 'Position',
            onchange: (/** @type {Event} */ event) => {
              position = /** @type {HTMLSelectElement} */ (event.target).value;
              load();
            },
          },
          ...subject.positions.map((p) => h('option', { value: p.id, text: p.name })),
        )
      : null;
  let seq = 0;
  async function load() {
    const mine = ++seq;
    chartBox.setAttribute('aria-busy', 'true');
    try {
      const data = /** @type {{ node: { stanceTimeline?: Timeline, timeline?: Timeline } | null }} */ (
        subject.type === 'Actor'
          ? await graphql(ACTOR_TIMELINE_QUERY, { id: subject.id, position, granularity })
          : await graphql(POSITION_TIMELINE_QUERY, { id: subject.id, granularity })
      );
      if (mine !== seq) return;
      const timeline = data.node?.stanceTimeline ?? data.node?.timeline;
      const apart = [...(timeline?.imprecise ?? []), ...(timeline?.undated ?? [])].reduce(
        (n, c) => n + c.statementCount,
        0,
      );
      if (!timeline || timeline.statementCount + apart === 0) {
        chartBox.replaceChildren(h('p', { class: 'muted', text: 'No statements take a stance here.' }));
        note.textContent = '';
        return;
      }
      chartBox.replaceChildren(timelineSvg(timeline, actions), legend(timeline));
      // The API's statementCount counts the statements placed in a period; the others are shown apart.
      note.textContent = apart
        ? `${timeline.statementCount + apart} statements; ${apart} without a date this precise, shown apart.`
        : `${timeline.statementCount} statements.`;
    } catch (error) {
      if (mine !== seq) return;
      chartBox.replaceChildren(
        h('p', {
          class: 'error',
          role: 'alert',
          text: `Could not load the timeline: ${error instanceof Error ? error.message : error}`,
        }),
      );
    } finally {
      if (mine === seq) chartBox.removeAttribute('aria-busy');
    }
  }
  load();
  return section(
    'Stance over time',
    h(
      'div',
      { class: 'tl-controls' },
      picker,
      h('span', { class: 'tl-buttons', role: 'group', 'aria-label': 'Period' }, ...buttons),
    ),
    chartBox,
    note,
  );
}
