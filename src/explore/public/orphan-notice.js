import { h, truncate } from './dom.js';
import { entityLink } from './panel-parts.js';

/**
 * The review panel's note on an orphan: a reviewed statement that an article, re-extracted, no longer finds. The
 * review keeps it; the note names each such article and says where its passage stands in that article's text
 * now (the API moves the evidence there when the text holds it at one place) or that it stands nowhere that can
 * be named, with the words the review saw.
 *
 * @typedef {import('./panel-parts.js').PanelActions} PanelActions
 * @typedef {{ id: string, title: string | null }} ArticleRef
 * @typedef {{ orphanedIn: ArticleRef[],
 *   evidence: { article: { id: string }, start: number, end: number }[],
 *   lostEvidence: { article: { id: string }, excerpt: string }[] }} OrphanState
 */

export const ORPHAN_FIELDS = `orphanedIn { id title } evidence { article { id } start end }
  lostEvidence { article { id } excerpt }`;

/** @param {ArticleRef} article @param {OrphanState} s */
function whereNow(article, s) {
  const placed = s.evidence.filter((e) => e.article.id === article.id);
  const lost = s.lostEvidence.filter((e) => e.article.id === article.id);
  return [
    ...placed.map((e) =>
      h('div', {
        class: 'rv-orphan-placed',
        text: `Its passage is still in the article's text, now at characters ${e.start}–${e.end}.`,
      }),
    ),
    ...lost.map((e) =>
      h(
        'div',
        { class: 'rv-orphan-lost' },
        'The text no longer holds its passage at one place; the review saw: ',
        h('q', { text: truncate(e.excerpt, 200) }),
      ),
    ),
  ];
}

/**
 * @param {OrphanState} s
 * @param {PanelActions} actions
 * @returns {HTMLElement | null}
 */
export function orphanNotice(s, actions) {
  if (s.orphanedIn.length === 0) return null;
  return h(
    'div',
    { class: 'rv-orphan', role: 'note' },
    h('strong', { text: 'No longer found by a re-extraction' }),
    h('p', {
      text:
        s.orphanedIn.length === 1
          ? 'The latest extraction of this article does not find the remark; the review keeps it:'
          : 'The latest extraction of these articles does not find the remark; the review keeps it:',
    }),
    h(
      'ul',
      {},
      ...s.orphanedIn.map((article) =>
        h(
          'li',
          { class: 'rv-orphan-article', 'data-id': article.id },
          entityLink(article, actions, 'article'),
          ...whereNow(article, s),
        ),
      ),
    ),
  );
}
