import type { AnnotatedArticle } from './format.js';
import { type Located, quote, type Report } from './validate-issues.js';

/**
 * The document rules of an annotated article about what it declares and how the parts point at each other: ids,
 * names and aliases, references, repeated entries, affiliations, event order, conditions. Each reports every
 * problem it finds with its path; validate.ts runs them all.
 */

export function checkArticleContext({ article }: AnnotatedArticle, report: Report): void {
  for (const field of article.context) {
    if (article[field] === null) {
      report('article.context', `lists "${field}" but article.${field} is not given`);
    }
  }
}

const DECLARATION_LISTS = ['actors', 'outlets', 'positions', 'events', 'statements'] as const;
type DeclarationList = (typeof DECLARATION_LISTS)[number];

/**
 * Ids are unique within the document, so that an id names one thing wherever it appears, with one exception:
 * an actor and an outlet may share an id, because that is how a document says that the organisation which
 * publishes is also the one acting or being talked about.
 */
function mayShareId(a: DeclarationList, b: DeclarationList): boolean {
  return (a === 'actors' && b === 'outlets') || (a === 'outlets' && b === 'actors');
}

export function checkDeclaredIds(doc: AnnotatedArticle, report: Report): void {
  const declared = new Map<string, { list: DeclarationList; path: string }[]>();
  for (const list of DECLARATION_LISTS) {
    doc[list].forEach(({ id }, index) => {
      const path = `${list}[${index}]`;
      const earlier = declared.get(id) ?? [];
      const sameList = earlier.find((d) => d.list === list);
      const otherList = earlier.find((d) => d.list !== list && !mayShareId(d.list, list));
      if (sameList) report(`${path}.id`, `${quote(id)} is declared twice (first at ${sameList.path})`);
      else if (otherList) report(`${path}.id`, `${quote(id)} is already declared at ${otherList.path}`);
      declared.set(id, [...earlier, { list, path }]);
    });
  }
}

/** Statements belong to their article; the prefix keeps their ids unique across all imported articles. */
export function checkStatementIds(doc: AnnotatedArticle, report: Report): void {
  const prefix = `${doc.article.id}:`;
  doc.statements.forEach(({ id }, index) => {
    if (!id.startsWith(prefix)) {
      report(
        `statements[${index}].id`,
        `${quote(id)} must start with the article id and a colon (${quote(prefix)})`,
      );
    }
  });
}

/** A name or alias must resolve to one actor (or one outlet), otherwise speaker resolution is ambiguous. */
export function checkSurfaceForms(
  list: 'actors' | 'outlets',
  items: readonly { id: string; name: string; aliases: string[] }[],
  report: Report,
): void {
  const owners = new Map<string, { index: number; id: string; kind: 'name' | 'alias' }>();
  items.forEach(({ id, name, aliases }, index) => {
    const forms = [
      { form: name, kind: 'name' as const, path: `${list}[${index}].name` },
      ...aliases.map((form, a) => ({
        form,
        kind: 'alias' as const,
        path: `${list}[${index}].aliases[${a}]`,
      })),
    ];
    for (const { form, kind, path } of forms) {
      const key = form.toLowerCase();
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, { index, id, kind });
      else if (owner.index !== index) {
        report(
          path,
          `${quote(form)} is already the ${owner.kind} of ${list}[${owner.index}] (${quote(owner.id)})`,
        );
      }
    }
  });
}

type ReferenceKind = 'actor' | 'outlet' | 'position' | 'event';
type Reference = Located<{ kind: ReferenceKind; id: string }>;

function* references({ article, affiliations, events, statements }: AnnotatedArticle): Generator<Reference> {
  if (article.publisher !== null) yield { kind: 'outlet', id: article.publisher, path: 'article.publisher' };
  for (const [i, id] of article.imageCredits.entries()) {
    yield { kind: 'outlet', id, path: `article.imageCredits[${i}]` };
  }
  for (const [i, { actor, of }] of affiliations.entries()) {
    yield { kind: 'actor', id: actor, path: `affiliations[${i}].actor` };
    yield { kind: 'actor', id: of, path: `affiliations[${i}].of` };
  }
  for (const [i, event] of events.entries()) {
    for (const [j, { actor }] of event.participants.entries()) {
      yield { kind: 'actor', id: actor, path: `events[${i}].participants[${j}].actor` };
    }
    if (event.follows !== undefined) yield { kind: 'event', id: event.follows, path: `events[${i}].follows` };
  }
  for (const [i, statement] of statements.entries()) {
    const at = `statements[${i}]`;
    if (statement.speaker !== null) yield { kind: 'actor', id: statement.speaker, path: `${at}.speaker` };
    for (const [j, { actor }] of statement.mentions.entries()) {
      yield { kind: 'actor', id: actor, path: `${at}.mentions[${j}].actor` };
    }
    if (statement.originalMedium !== null) {
      yield { kind: 'outlet', id: statement.originalMedium, path: `${at}.originalMedium` };
    }
    for (const [j, id] of statement.citedVia.entries()) {
      yield { kind: 'outlet', id, path: `${at}.citedVia[${j}]` };
    }
    for (const [j, { position }] of statement.positions.entries()) {
      yield { kind: 'position', id: position, path: `${at}.positions[${j}].position` };
    }
    for (const [j, id] of statement.events.entries()) yield { kind: 'event', id, path: `${at}.events[${j}]` };
  }
}

export function checkReferences(doc: AnnotatedArticle, report: Report): void {
  const declared: Record<ReferenceKind, Set<string>> = {
    actor: new Set(doc.actors.map(({ id }) => id)),
    outlet: new Set(doc.outlets.map(({ id }) => id)),
    position: new Set(doc.positions.map(({ id }) => id)),
    event: new Set(doc.events.map(({ id }) => id)),
  };
  for (const { kind, id, path } of references(doc)) {
    if (!declared[kind].has(id)) report(path, `${quote(id)} is not a declared ${kind}`);
  }
}

/**
 * The same reference twice in one list is at best noise and at worst a contradiction (two stances on one
 * position in one statement), so each may appear once.
 */
export function checkRepeatedEntries(doc: AnnotatedArticle, report: Report): void {
  const once = <T>(list: string, items: readonly T[], key: (item: T) => string, field = '') => {
    const at = (index: number) => `${list}[${index}]${field}`;
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      const k = key(item);
      const earlier = first.get(k);
      if (earlier === undefined) first.set(k, index);
      else report(at(index), `${quote(k)} is listed twice (first at ${at(earlier)})`);
    });
  };
  const self = (id: string) => id;
  once('article.context', doc.article.context, self);
  once('article.imageCredits', doc.article.imageCredits, self);
  once('affiliations', doc.affiliations, (a) => `${a.actor} ${a.role} ${a.of}`);
  doc.events.forEach((event, i) => {
    once(`events[${i}].participants`, event.participants, (p) => p.actor, '.actor');
  });
  doc.statements.forEach((statement, i) => {
    const at = `statements[${i}]`;
    once(`${at}.citedVia`, statement.citedVia, self);
    once(`${at}.events`, statement.events, self);
    once(`${at}.positions`, statement.positions, (p) => p.position, '.position');
    once(`${at}.mentions`, statement.mentions, (m) => m.actor, '.actor');
  });
}

export function checkSelfAffiliations({ affiliations }: AnnotatedArticle, report: Report): void {
  affiliations.forEach(({ actor, of }, i) => {
    if (actor === of) report(`affiliations[${i}].of`, `${quote(of)} is the affiliated actor itself`);
  });
}

/** `follows` orders events in time, so it can neither point at the event itself nor go round in a circle. */
export function checkEventOrder({ events }: AnnotatedArticle, report: Report): void {
  const follows = new Map(events.map((event) => [event.id, event.follows]));
  const inReportedCycle = new Set<string>();
  events.forEach((event, index) => {
    if (event.follows === undefined) return;
    const path = `events[${index}].follows`;
    if (event.follows === event.id) {
      report(path, `${quote(event.follows)} is the event itself`);
      return;
    }
    const chain = [event.id];
    let next: string | undefined = event.follows;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = follows.get(next);
    }
    if (next === event.id && !chain.some((id) => inReportedCycle.has(id))) {
      for (const id of chain) inReportedCycle.add(id);
      report(path, `${quote(event.follows)} makes a cycle: ${[...chain, event.id].join(' follows ')}`);
    }
  });
}

/**
 * `conditional` and `condition` must agree both ways: a condition on an unconditional statement is a
 * contradiction, and a conditional statement without its condition cannot be read correctly ("Russia will
 * be forced to take countermeasures" means something else without "if NATO's expansion continues").
 */
export function checkConditions({ statements }: AnnotatedArticle, report: Report): void {
  statements.forEach(({ conditional, condition }, index) => {
    const path = `statements[${index}].condition`;
    if (!conditional && condition !== null) report(path, 'is given but conditional is false');
    if (conditional && condition === null) report(path, 'is required when conditional is true');
  });
}
