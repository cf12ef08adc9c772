import type { EntityType, ExportEntity, ExportStatement } from '../graph/export.js';
import { cutDate } from './dates.js';

/**
 * The GraphML export: statements and what they point at (speakers, positions, outlets, mentioned actors,
 * events, reporting articles and their publishers) as a directed graph with typed attributes, which Gephi,
 * NetworkX, igraph and yEd read as they are. Node ids are the API's global ids (`Actor:dmitry-peskov`). The
 * entity nodes come first, each type from its own walk (export/page-entities, which writes each once), then
 * the statements with their edges: every node is declared before an edge names it, and the writer remembers
 * nothing across pages but an edge counter, so its memory does not grow with the graph.
 */

type AttrType = 'string' | 'boolean' | 'int';
type Key = { id: string; for: 'node' | 'edge'; name: string; type: AttrType };

const KEYS: Key[] = [
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_text', for: 'node', name: 'text', type: 'string' },
  { id: 'n_quote', for: 'node', name: 'quote', type: 'string' },
  { id: 'n_speech_act', for: 'node', name: 'speech_act', type: 'string' },
  { id: 'n_negated', for: 'node', name: 'negated', type: 'boolean' },
  { id: 'n_conditional', for: 'node', name: 'conditional', type: 'boolean' },
  { id: 'n_stated_on', for: 'node', name: 'stated_on', type: 'string' },
  { id: 'n_url', for: 'node', name: 'url', type: 'string' },
  { id: 'n_published_on', for: 'node', name: 'published_on', type: 'string' },
  { id: 'n_evidence_count', for: 'node', name: 'evidence_count', type: 'int' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_stance', for: 'edge', name: 'stance', type: 'string' },
  { id: 'e_role', for: 'edge', name: 'role', type: 'string' },
  { id: 'e_article', for: 'edge', name: 'article', type: 'string' },
  { id: 'e_evidence_start', for: 'edge', name: 'evidence_start', type: 'int' },
  { id: 'e_evidence_end', for: 'edge', name: 'evidence_end', type: 'int' },
];

/** XML 1.0 text: the five special characters escaped, characters XML forbids dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Data = Record<string, string | number | boolean | null | undefined>;

function data(prefix: 'n' | 'e', values: Data): string {
  return Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `<data key="${prefix}_${k}">${xmlText(String(v))}</data>`)
    .join('');
}

const node = (id: string, values: Data) => `  <node id="${xmlText(id)}">${data('n', values)}</node>\n`;

export class GraphmlWriter {
  private edges = 0;

  head(): string {
    const keys = KEYS.map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`,
    ).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `${keys}<graph id="claimgraph" edgedefault="directed">\n`
    );
  }

  private edge(source: string, target: string, values: Data): string {
    this.edges += 1;
    return `  <edge id="e${this.edges}" source="${xmlText(source)}" target="${xmlText(target)}">${data('e', values)}</edge>\n`;
  }

  /**
   * A page of entity nodes of one type; an article comes with its edge to its publisher, which, an outlet, was
   * written before the articles.
   */
  entities(type: EntityType, page: readonly ExportEntity[]): string {
    let out = '';
    for (const e of page) {
      const id = `${type}:${e.id}`;
      if (type === 'Article') {
        out += node(id, {
          type,
          label: e.title ?? e.id,
          url: e.url,
          published_on: cutDate(e.publishedOn, e.publishedOnPrecision),
        });
        if (e.publisher) out += this.edge(id, `Outlet:${e.publisher}`, { type: 'PUBLISHED_BY' });
      } else {
        out += node(id, { type, label: e.name, kind: type === 'Actor' ? e.kind : null });
      }
    }
    return out;
  }

  /** A page of statement nodes with their edges to the entities written before them. */
  page(statements: readonly ExportStatement[]): string {
    let out = '';
    for (const s of statements) {
      const id = `Statement:${s.id}`;
      out += node(id, {
        type: 'Statement',
        label: s.quote ?? s.text,
        text: s.text,
        quote: s.quote,
        speech_act: s.speechAct,
        negated: s.negated,
        conditional: s.conditional,
        stated_on: cutDate(s.statedOn, s.statedOnPrecision),
        evidence_count: s.evidence.length,
      });
      for (const a of s.speakers) out += this.edge(`Actor:${a.id}`, id, { type: 'SAID' });
      for (const o of s.media) out += this.edge(id, `Outlet:${o.id}`, { type: 'SAID_TO' });
      for (const c of s.citedVia) {
        out += this.edge(id, `Outlet:${c.id}`, { type: 'CITED_VIA', article: c.article });
      }
      for (const p of s.positions) {
        out += this.edge(id, `Position:${p.id}`, { type: 'TAKES_POSITION', stance: p.stance });
      }
      for (const m of s.mentions) out += this.edge(id, `Actor:${m.id}`, { type: 'MENTIONS', role: m.role });
      for (const e of s.events) out += this.edge(id, `Event:${e.id}`, { type: 'CONCERNS' });
      for (const r of s.reports) {
        const span = s.evidence.find((e) => e.article === r.id);
        out += this.edge(`Article:${r.id}`, id, {
          type: 'REPORTS',
          evidence_start: span?.start,
          evidence_end: span?.end,
        });
      }
    }
    return out;
  }

  tail(): string {
    return '</graph>\n</graphml>\n';
  }
}
