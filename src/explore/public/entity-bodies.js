import { h, word } from './dom.js';
import {
  articleExcerpt,
  entityLink,
  facts,
  fuzzyDate,
  safeHref,
  section,
  stanceChip,
} from './panel-parts.js';

/**
 * What the side panel says about each kind of node, from the API's details (DETAILS_QUERY).
 *
 * @typedef {import('./panel-parts.js').PanelActions} PanelActions
 */

/**
 * @param {import('./types.js').StatementDetails} s
 * @param {PanelActions} actions
 */
function statementBody(s, actions) {
  /** @type {HTMLElement[]} */
  const parts = [];
  // The paraphrase is the panel's title; a verbatim quote, when there is one, goes first.
  if (s.quote) parts.push(h('blockquote', { class: 'quote', text: `“${s.quote}”` }));
  const flags = [s.negated ? 'negated' : null, s.conditional ? 'conditional' : null].filter(Boolean);
  parts.push(
    facts([
      ['Speaker', s.speaker ? entityLink(s.speaker, actions, 'actor') : 'the article itself'],
      ['Speech act', word(s.speechAct)],
      ['Cue', s.cue ? h('q', { text: s.cue }) : null],
      ['Condition', s.condition],
      ['Stated on', fuzzyDate(s.statedOn)],
      ['Original medium', s.originalMedium ? entityLink(s.originalMedium, actions, 'outlet') : null],
      [
        'Cited via',
        s.citedVia?.length
          ? h('span', { class: 'inline-list' }, ...s.citedVia.map((o) => entityLink(o, actions, 'outlet')))
          : null,
      ],
      ['Flags', flags.length ? flags.join(', ') : null],
      [
        'Sources',
        typeof s.corroboration === 'number'
          ? s.corroboration === 1
            ? 'one outlet (uncorroborated)'
            : `${s.corroboration} outlets`
          : null,
      ],
    ]),
  );
  if (s.positions?.length) {
    parts.push(
      section(
        'Positions',
        h(
          'ul',
          { class: 'stance-list' },
          ...s.positions.map((p) =>
            h('li', {}, stanceChip(p.stance), ' ', entityLink(p.position, actions, 'position')),
          ),
        ),
      ),
    );
  }
  if (s.evidence?.length) {
    /** @type {Map<string, { article: import('./types.js').Evidence['article'], spans: import('./types.js').Evidence[] }>} */
    const byArticle = new Map();
    for (const ev of s.evidence) {
      const group = byArticle.get(ev.article.id) ?? { article: ev.article, spans: [] };
      group.spans.push(ev);
      byArticle.set(ev.article.id, group);
    }
    const groups = [...byArticle.values()].map(({ article, spans }) => {
      const href = article.url ? safeHref(article.url) : null;
      const title = article.title ?? article.id;
      return h(
        'div',
        { class: 'evidence-group' },
        h(
          'div',
          { class: 'evidence-source' },
          href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', text: title }) : title,
        ),
        h(
          'ul',
          { class: 'evidence-spans' },
          ...spans.map((ev) =>
            h(
              'li',
              {},
              h('span', {
                class: 'span-range',
                title:
                  'Where the span sits in the article text (offsets in characters, the end not included)',
                text: `characters ${ev.start}–${ev.end}`,
              }),
              ` ${ev.excerpt}`,
            ),
          ),
        ),
        articleExcerpt(article, spans),
      );
    });
    parts.push(section('Evidence', ...groups));
  }
  return parts;
}

/**
 * @param {import('./types.js').ActorDetails} a
 * @param {PanelActions} actions
 */
function actorBody(a, actions) {
  /** @type {HTMLElement[]} */
  const parts = [];
  if (a.description) parts.push(h('p', { class: 'description', text: a.description }));
  parts.push(facts([['Also known as', a.aliases?.length ? a.aliases.join(', ') : null]]));
  if (a.positions?.length) {
    const rows = a.positions.map((p) =>
      h(
        'li',
        { class: 'actor-position' },
        h(
          'div',
          { class: 'actor-position-head' },
          stanceChip(p.stance),
          ' ',
          entityLink(p.position, actions, 'position'),
          h('span', {
            class: 'count',
            text: p.statementCount === 1 ? '1 statement' : `${p.statementCount} statements`,
          }),
        ),
        p.statements?.length
          ? h(
              'details',
              {},
              h('summary', { text: 'Statements' }),
              h(
                'ul',
                { class: 'plain-list' },
                ...p.statements.map((st) => h('li', {}, entityLink(st, actions, 'statement'))),
              ),
            )
          : null,
      ),
    );
    parts.push(section('Stance by position', h('ul', { class: 'stance-list' }, ...rows)));
  } else {
    parts.push(
      section('Stance by position', h('p', { class: 'muted', text: 'No statements take a stance.' })),
    );
  }
  return parts;
}

/**
 * @param {import('./types.js').PositionDetails} p
 * @param {PanelActions} actions
 */
function positionBody(p, actions) {
  const parts = [
    h('p', { class: p.description ? 'description' : 'muted', text: p.description ?? 'No description.' }),
  ];
  if (p.stances?.length) {
    parts.push(
      section(
        'Who takes which stance',
        h(
          'ul',
          { class: 'stance-list' },
          ...p.stances.map((st) =>
            h(
              'li',
              { class: 'actor-position-head' },
              stanceChip(st.stance),
              ' ',
              entityLink(st.actor, actions, 'actor'),
              h('span', {
                class: 'count',
                text: st.statementCount === 1 ? '1 statement' : `${st.statementCount} statements`,
              }),
            ),
          ),
        ),
      ),
    );
  }
  return parts;
}

/**
 * The panel's body for a node, by its type.
 *
 * @param {import('./types.js').NodeDetails} node
 * @param {PanelActions} actions
 * @returns {HTMLElement[]}
 */
export function bodyFor(node, actions) {
  switch (node.__typename) {
    case 'Statement':
      return statementBody(node, actions);
    case 'Actor':
      return actorBody(node, actions);
    case 'Position':
      return positionBody(node, actions);
    case 'Outlet':
      return [
        facts([
          ['Kind', word(node.outletKind)],
          ['Country', node.country],
          ['Also known as', node.aliases?.length ? node.aliases.join(', ') : null],
        ]),
      ];
    case 'Article': {
      const href = node.url ? safeHref(node.url) : null;
      return [
        facts([
          ['Published', fuzzyDate(node.publishedOn)],
          ['Publisher', node.publisher ? entityLink(node.publisher, actions, 'outlet') : null],
          ['Link', href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', text: href }) : null],
        ]),
        section('Text', articleExcerpt(node, [])),
      ];
    }
    case 'Event':
      return /** @type {HTMLElement[]} */ (
        [
          node.description ? h('p', { class: 'description', text: node.description }) : null,
          facts([
            ['Date', fuzzyDate(node.date)],
            [
              'Participants',
              node.participants?.length
                ? h(
                    'span',
                    { class: 'inline-list' },
                    ...node.participants.map((pt) => entityLink(pt.actor, actions, 'actor')),
                  )
                : null,
            ],
          ]),
        ].filter(Boolean)
      );
    default:
      return [];
  }
}

/** @param {import('./types.js').NodeDetails} node @param {string} fallback @returns {string} */
export function titleOf(node, fallback) {
  if ('name' in node && node.name) return node.name;
  if ('title' in node && node.title) return node.title;
  return 'text' in node && node.text ? node.text : fallback;
}
