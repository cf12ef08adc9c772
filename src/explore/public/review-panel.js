import { ApiError, graphql } from './api.js';
import { h, word } from './dom.js';
import { ORPHAN_FIELDS, orphanNotice } from './orphan-notice.js';
import { section, stanceChip } from './panel-parts.js';

/**
 * The statement panel's "Review" section: what the extractor proposed and how surely, whether a re-extraction
 * no longer finds it (orphan-notice.js), the review history, and a
 * form that sends `reviewStatement` under the API key the person types in (a review records the key's name as
 * its reviewer). Without a key, or with one the server refuses, the panel says so and nothing is written.
 *
 * @typedef {import('./panel-parts.js').PanelActions} PanelActions
 * @typedef {{ reviewer: string, reviewedAt: string, status: string, note: string | null,
 *   changes: { field: string, from: unknown, to: unknown }[] }} Review
 * @typedef {{ reviewStatus: string | null, needsReview: boolean, confidence: number | null,
 *   extractedBy: { name: string, version: string } | null,
 *   positions: { stance: string, position: { id: string, name: string } | null }[],
 *   reviewHistory: Review[] } & import('./orphan-notice.js').OrphanState} ReviewState
 */

const STATE_FIELDS = `reviewStatus needsReview confidence extractedBy { name version }
  positions { stance position { id name } }
  reviewHistory { reviewer reviewedAt status note changes { field from to } }
  ${ORPHAN_FIELDS}`;

export const REVIEW_STATE_QUERY = `query ReviewState($id: ID!) {
  node(id: $id) { ... on Statement { ${STATE_FIELDS} } }
}`;

export const REVIEW_MUTATION = `mutation ReviewStatement($id: ID!, $correction: StatementCorrection!) {
  reviewStatement(id: $id, correction: $correction) {
    review { reviewer status }
    statement { ${STATE_FIELDS} }
  }
}`;

const STANCES = ['SUPPORTS', 'OPPOSES', 'DEMANDS', 'JUSTIFIES', 'DISMISSES', 'WARNS', 'NEUTRAL'];

/** The key stays in this page's memory only (never in storage), so one person reviews several statements. */
let rememberedKey = '';

/** A changed value as a person reads it: stances as "position stance", lists joined, nothing as "none". */
/** @param {unknown} value @returns {string} */
function shown(value) {
  if (value === null || value === undefined) return 'none';
  if (!Array.isArray(value)) return String(value);
  if (value.length === 0) return 'none';
  return value
    .map((v) =>
      v && typeof v === 'object' && 'position' in v ? `${v.position} ${word(v.stance)}` : String(v),
    )
    .join(', ');
}

/** @param {Review[]} history */
function historyList(history) {
  if (history.length === 0) return h('p', { class: 'muted rv-none', text: 'Not reviewed yet.' });
  return h(
    'ol',
    { class: 'rv-history' },
    ...history.map((r) =>
      h(
        'li',
        { class: 'rv-entry', 'data-status': r.status },
        h(
          'div',
          {},
          h('strong', { text: word(r.status) }),
          ` by ${r.reviewer}, ${r.reviewedAt.replace('T', ' ').slice(0, 16)} UTC`,
        ),
        r.note ? h('div', { class: 'rv-note', text: `“${r.note}”` }) : null,
        r.changes.length
          ? h(
              'ul',
              { class: 'rv-changes' },
              ...r.changes.map((c) => h('li', { text: `${c.field}: ${shown(c.from)} → ${shown(c.to)}` })),
            )
          : null,
      ),
    ),
  );
}

/** @param {ReviewState} s */
function statusLine(s) {
  const origin = s.extractedBy
    ? `Proposed by ${s.extractedBy.name} ${s.extractedBy.version}`
    : 'Annotated by hand';
  const parts = [
    s.reviewStatus ? `Reviewed: ${word(s.reviewStatus)}.` : 'Not reviewed.',
    s.needsReview ? 'In the review queue: the extractor doubts it.' : null,
    typeof s.confidence === 'number' ? `${origin}, confidence ${s.confidence}.` : `${origin}.`,
  ];
  return h(
    'p',
    { class: 'rv-status', 'data-status': s.reviewStatus ?? 'none' },
    parts.filter(Boolean).join(' '),
  );
}

/**
 * @param {string} statementId
 * @param {PanelActions} actions
 */
export function reviewSection(statementId, actions) {
  const status = h(
    'div',
    { class: 'rv-state', 'aria-busy': 'true' },
    h('p', { class: 'muted', text: 'Loading…' }),
  );
  const history = h('div', { class: 'rv-history-box' });
  const message = h('p', { class: 'rv-message', role: 'status', 'aria-live': 'polite' });
  const keyInput = /** @type {HTMLInputElement} */ (
    h('input', {
      type: 'password',
      class: 'rv-key',
      autocomplete: 'off',
      spellcheck: 'false',
      value: rememberedKey,
      'aria-describedby': 'rv-key-hint',
    })
  );
  const stance = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { class: 'rv-stance' },
      h('option', { value: '', text: 'keep as is' }),
      ...STANCES.map((s) => h('option', { value: s, text: word(s) })),
    )
  );
  const speaker = /** @type {HTMLInputElement} */ (
    h('input', {
      type: 'text',
      class: 'rv-speaker',
      placeholder: 'actor id, e.g. sergei-ryabkov',
      spellcheck: 'false',
    })
  );
  const position = /** @type {HTMLInputElement} */ (
    h('input', {
      type: 'text',
      class: 'rv-position',
      placeholder: 'position id, e.g. nato-expansion',
      spellcheck: 'false',
    })
  );
  /** The stances as last shown: a new position keeps the stance unless another is chosen. @type {string[]} */
  let shownStances = [];
  const checkbox = (/** @type {string} */ cls) =>
    /** @type {HTMLInputElement} */ (h('input', { type: 'checkbox', class: cls }));
  const negated = checkbox('rv-negated');
  const conditional = checkbox('rv-conditional');
  const reject = checkbox('rv-reject');
  const note = /** @type {HTMLTextAreaElement} */ (h('textarea', { class: 'rv-note-input', rows: '2' }));

  const label = (/** @type {string} */ text, /** @type {HTMLElement} */ control) =>
    h('label', { class: 'rv-field' }, h('span', { text }), control);
  const send = h('button', { type: 'submit', class: 'button rv-send', text: 'Send review' });
  const form = h(
    'form',
    { class: 'rv-form', 'aria-label': 'Review this statement' },
    label('API key', keyInput),
    h('p', {
      id: 'rv-key-hint',
      class: 'muted rv-hint',
      text: 'A key with write access; the review is recorded under its name.',
    }),
    label('Stance', stance),
    label('Speaker', speaker),
    label('Position (replaces its positions)', position),
    h(
      'div',
      { class: 'rv-flags' },
      h('label', {}, negated, ' negated'),
      h('label', {}, conditional, ' conditional'),
      h('label', {}, reject, ' reject: wrong as a whole'),
    ),
    label('Note', note),
    send,
    message,
  );

  /** @param {ReviewState} s */
  const show = (s) => {
    shownStances = s.positions.map((p) => p.stance);
    negated.checked = false;
    conditional.checked = false;
    status.replaceChildren(
      statusLine(s),
      orphanNotice(s, actions) ?? '',
      s.positions.length
        ? h(
            'ul',
            { class: 'stance-list' },
            ...s.positions.map((p) => h('li', {}, stanceChip(p.stance), ` ${p.position?.name ?? ''}`)),
          )
        : '',
    );
    status.removeAttribute('aria-busy');
    history.replaceChildren(historyList(s.reviewHistory));
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = keyInput.value.trim();
    if (!key) {
      message.className = 'rv-message error';
      message.textContent =
        'Enter an API key with write access first: reviews are only accepted from a named key.';
      keyInput.focus();
      return;
    }
    /** @type {Record<string, unknown>} */
    const correction = {};
    if (stance.value) correction.stance = stance.value;
    if (speaker.value.trim()) correction.speaker = speaker.value.trim();
    if (position.value.trim()) {
      const taken = stance.value || shownStances[0];
      if (!taken) {
        message.className = 'rv-message error';
        message.textContent = 'Choose the stance it takes on the new position.';
        stance.focus();
        return;
      }
      delete correction.stance;
      correction.positions = [{ position: position.value.trim(), stance: taken }];
    }
    if (negated.checked) correction.negated = true;
    if (conditional.checked) correction.conditional = true;
    if (reject.checked) correction.reject = true;
    if (note.value.trim()) correction.note = note.value.trim();
    send.setAttribute('disabled', '');
    message.className = 'rv-message';
    message.textContent = 'Sending…';
    try {
      const data = /** @type {{ reviewStatement: { review: { reviewer: string, status: string },
        statement: ReviewState } }} */ (
        await graphql(REVIEW_MUTATION, { id: statementId, correction }, undefined, {
          authorization: `Bearer ${key}`,
        })
      );
      rememberedKey = key;
      const { review, statement } = data.reviewStatement;
      show(statement);
      message.className = 'rv-message ok';
      message.textContent = `Recorded: ${word(review.status)} by ${review.reviewer}.`;
      reject.checked = false;
      note.value = '';
      position.value = '';
      // The canvas drew the statement as it was: its stance colours and hover card are loaded again.
      actions.statementChanged(statementId);
    } catch (error) {
      message.className = 'rv-message error';
      const why = error instanceof Error ? error.message : String(error);
      message.textContent =
        error instanceof ApiError && error.code === 'UNAUTHENTICATED'
          ? `The server refused this key, nothing was written: ${why}`
          : `The review was not recorded: ${why}`;
    } finally {
      send.removeAttribute('disabled');
    }
  });

  graphql(REVIEW_STATE_QUERY, { id: statementId }).then(
    (data) => {
      const s = /** @type {{ node: ReviewState | null }} */ (data).node;
      if (s) show(s);
    },
    (error) => {
      status.removeAttribute('aria-busy');
      status.replaceChildren(
        h('p', {
          class: 'error',
          role: 'alert',
          text: `Could not load the review state: ${error instanceof Error ? error.message : error}`,
        }),
      );
    },
  );
  return section(
    'Review',
    status,
    h('h4', { class: 'rv-subhead', text: 'History' }),
    history,
    h('details', { class: 'rv-details' }, h('summary', { text: 'Review this statement' }), form),
  );
}
