import type { ExportStatement } from '../graph/export.js';
import { claimReview } from './claim-review.js';
import { cutDate } from './dates.js';

/**
 * The JSON-LD export in schema.org terms, for fact-checkers and linked-data tools: one `@graph` whose items are
 * the statements. A statement is a `Claim` (its paraphrase as `text`); one with a verbatim quote is also a
 * `Quotation` (the quote as `text`, the paraphrase as `abstract`, the speaker as `spokenByCharacter`). The
 * speaker is the `author` (a list of them when further reports credit the statement to more than one); each evidence span is an `appearance`: a part (`isPartOf`) of the reporting
 * `NewsArticle`, addressed by an RFC 5147 fragment (`#char=start,end`), with the excerpt as `text`; the earliest
 * reporting article is the `firstAppearance`. A remark the article re-reports from another medium
 * (said to CNN, cited via Sputnik) `isBasedOn` that medium's report. Positions and events are what the claim is
 * `about`; schema.org has no term for a stance, so stances travel as `keywords` ("opposes: NATO expansion").
 * Mentioned actors are `mentions`. A statement a person reviewed carries a `ClaimReview` as its `review`
 * (src/export/claim-review.ts): a review of the attribution (who said it, on what, through whom), not a verdict
 * on whether what was said is true.
 * Related nodes are written inline with their `@id` each time they occur (JSON-LD merges nodes by `@id`), so
 * nothing is remembered between pages.
 */

const BASE = 'urn:claimgraph:';

/** schema.org types for actor kinds; the rest are organisations. */
const ACTOR_TYPES: Record<string, string> = {
  person: 'Person',
  state: 'Country',
  government_body: 'GovernmentOrganization',
};

type Node = Record<string, unknown>;

const actor = (a: { id: string; name: string; kind: string }): Node => ({
  '@id': `${BASE}actor:${a.id}`,
  '@type': ACTOR_TYPES[a.kind] ?? 'Organization',
  identifier: a.id,
  name: a.name,
});

const outlet = (o: { id: string; name: string }): Node => ({
  '@id': `${BASE}outlet:${o.id}`,
  '@type': 'Organization',
  identifier: o.id,
  name: o.name,
});

/** A property with one value as that value, with several as their list, with none left out. */
const valued = (property: string, values: Node[]): Node =>
  values.length === 0 ? {} : { [property]: values.length === 1 ? values[0] : values };

export function claim(s: ExportStatement): Node {
  const articles = new Map(s.reports.map((r) => [r.id, r]));
  const article = (id: string): Node => {
    const r = articles.get(id);
    return {
      '@id': `${BASE}article:${id}`,
      '@type': 'NewsArticle',
      identifier: id,
      ...(r?.title ? { headline: r.title } : {}),
      ...(r?.url ? { url: r.url } : {}),
      ...(r?.publishedOn ? { datePublished: cutDate(r.publishedOn, r.publishedOnPrecision) } : {}),
      ...(r?.publisher
        ? { publisher: outlet({ id: r.publisher, name: r.publisherName ?? r.publisher }) }
        : {}),
    };
  };
  const media = [...s.media, ...s.citedVia];
  const seenMedia = new Set<string>();
  const basedOn = media
    .filter((o) => !seenMedia.has(o.id) && seenMedia.add(o.id))
    .map((o) => ({ '@type': 'CreativeWork', publisher: outlet(o) }));
  const quoted = s.quote !== null;
  // The earliest report known; undated ones last.
  const first = [...s.reports].sort((a, b) =>
    (a.publishedOn ?? '9999').localeCompare(b.publishedOn ?? '9999'),
  )[0];
  return {
    '@id': `${BASE}statement:${s.id}`,
    '@type': quoted ? ['Claim', 'Quotation'] : 'Claim',
    identifier: s.id,
    text: quoted ? s.quote : s.text,
    ...(quoted ? { abstract: s.text } : {}),
    ...valued('author', s.speakers.map(actor)),
    ...(quoted
      ? valued(
          'spokenByCharacter',
          s.speakers.map((a) => ({ '@id': `${BASE}actor:${a.id}` })),
        )
      : {}),
    ...(s.statedOn ? { dateCreated: cutDate(s.statedOn, s.statedOnPrecision) } : {}),
    appearance: s.evidence.map((e) => ({
      '@id': `${BASE}article:${e.article}#char=${e.start},${e.end}`,
      '@type': 'CreativeWork',
      text: e.text,
      isPartOf: article(e.article),
    })),
    ...(first ? { firstAppearance: article(first.id) } : {}),
    ...(basedOn.length > 0 ? { isBasedOn: basedOn } : {}),
    about: [
      ...s.positions.map((p) => ({ '@id': `${BASE}position:${p.id}`, '@type': 'DefinedTerm', name: p.name })),
      ...s.events.map((e) => ({ '@id': `${BASE}event:${e.id}`, '@type': 'Event', name: e.name })),
    ],
    ...(s.positions.length > 0 ? { keywords: s.positions.map((p) => `${p.stance}: ${p.name}`) } : {}),
    ...(s.mentions.length > 0 ? { mentions: s.mentions.map(actor) } : {}),
    ...(s.review ? { review: claimReview(`${BASE}statement:${s.id}`, s.text, s.review) } : {}),
  };
}

export class JsonLdWriter {
  private written = 0;

  head(): string {
    return '{\n"@context": "https://schema.org/",\n"@graph": [\n';
  }

  page(statements: ExportStatement[]): string {
    return statements.map((s) => `${this.written++ === 0 ? '' : ',\n'}${JSON.stringify(claim(s))}`).join('');
  }

  tail(): string {
    return '\n]\n}\n';
  }
}
