import { graphql } from './api.js';
import { h, highlighted, word } from './dom.js';
import { entityLink, section, stanceChip } from './panel-parts.js';

/**
 * The side panel's "Contradictions" for an actor or a position: each pair the API finds (a stance that turned,
 * both stances in a week, a misquote, the same words given to two speakers, allies apart), strongest first,
 * with the two sides next to each other and each side's evidence spans marked in its article's text.
 *
 * @typedef {import('./panel-parts.js').PanelActions} PanelActions
 * @typedef {{ start: number, end: number, excerpt: string, article: { id: string, title: string | null,
 *   text: string | null } }} SideEvidence
 * @typedef {{ statement: { id: string, text: string }, speaker: { id: string, name: string } | null,
 *   position: { id: string, name: string } | null, stance: string | null, statedOn: string | null,
 *   article: { id: string, title: string | null } | null, quotedText: string | null,
 *   evidence: SideEvidence[] }} Side
 * @typedef {{ kind: string, score: number, reason: string, left: Side, right: Side }} Contradiction
 */

const SIDE = `statement { id text }
  speaker { id name }
  position { id name }
  stance
  statedOn
  article { id title }
  quotedText
  evidence { start end excerpt article { id title text } }`;

export const CONTRADICTIONS_QUERY = `query Contradictions($actor: ID, $position: ID) {
  contradictions(actor: $actor, position: $position) {
    kind score reason
    left { ${SIDE} }
    right { ${SIDE} }
  }
}`;

/** Characters of article text kept on each side of a span, so the span is read in its sentence. */
const CONTEXT = 90;

/**
 * One span in its context: the article text around it, the span marked.
 *
 * @param {SideEvidence} ev
 */
function spanInContext(ev) {
  const text = ev.article.text ?? ev.excerpt;
  const known = ev.article.text !== null && ev.article.text !== undefined;
  const from = known ? Math.max(0, ev.start - CONTEXT) : 0;
  const to = known ? Math.min(text.length, ev.end + CONTEXT) : text.length;
  const range = known ? { start: ev.start - from, end: ev.end - from } : { start: 0, end: text.length };
  return h(
    'p',
    { class: 'cx-context' },
    from > 0 ? '…' : '',
    highlighted(text.slice(from, to), [range], 'evidence'),
    to < text.length ? '…' : '',
  );
}

/**
 * @param {Side} side
 * @param {'left' | 'right'} which
 * @param {PanelActions} actions
 */
function sideView(side, which, actions) {
  const articles = [...new Map(side.evidence.map((e) => [e.article.id, e.article])).values()];
  return h(
    'div',
    { class: `cx-side cx-${which}` },
    h(
      'div',
      { class: 'cx-who' },
      side.speaker
        ? entityLink(side.speaker, actions, 'actor')
        : h('span', { class: 'muted', text: 'no speaker' }),
      side.stance ? stanceChip(side.stance) : null,
    ),
    h('div', { class: 'cx-when muted', text: side.statedOn ?? 'date unknown' }),
    side.quotedText ? h('blockquote', { class: 'cx-quote', text: `“${side.quotedText}”` }) : null,
    h(
      'div',
      { class: 'cx-source muted' },
      side.article
        ? `as ${side.article.title ?? side.article.id} reports it`
        : articles.map((a) => a.title ?? a.id).join('; '),
    ),
    ...side.evidence.slice(0, 3).map(spanInContext),
    h('button', {
      type: 'button',
      class: 'link-button cx-statement',
      'data-id': side.statement.id,
      text: 'Show statement',
      onclick: () => actions.select(side.statement.id),
    }),
  );
}

/**
 * @param {Contradiction} c
 * @param {PanelActions} actions
 */
export function contradictionPair(c, actions) {
  return h(
    'li',
    { class: 'cx-pair', 'data-kind': c.kind },
    h(
      'div',
      { class: 'cx-head' },
      h('span', { class: 'cx-kind', text: word(c.kind) }),
      h('span', { class: 'cx-score', title: 'How strong, from 0 to 1', text: `score ${c.score}` }),
    ),
    h('p', { class: 'cx-reason', text: c.reason }),
    h('div', { class: 'cx-sides' }, sideView(c.left, 'left', actions), sideView(c.right, 'right', actions)),
  );
}

/**
 * The section, filled when the contradictions arrive; nothing is shown for a subject without any.
 *
 * @param {{ type: 'Actor' | 'Position', id: string }} subject
 * @param {PanelActions} actions
 */
export function contradictionsSection(subject, actions) {
  const list = h('ol', { class: 'cx-list', 'aria-busy': 'true' });
  const box = section('Contradictions', list);
  box.classList.add('cx-section');
  graphql(
    CONTRADICTIONS_QUERY,
    subject.type === 'Actor' ? { actor: subject.id } : { position: subject.id },
  ).then(
    (data) => {
      const found = /** @type {{ contradictions: Contradiction[] }} */ (data).contradictions;
      list.replaceChildren(
        ...(found.length
          ? found.map((c) => contradictionPair(c, actions))
          : [h('li', { class: 'muted', text: 'None found.' })]),
      );
      list.removeAttribute('aria-busy');
    },
    (error) => {
      list.replaceChildren(
        h('li', {
          class: 'error',
          role: 'alert',
          text: `Could not load contradictions: ${error instanceof Error ? error.message : error}`,
        }),
      );
      list.removeAttribute('aria-busy');
    },
  );
  return box;
}
