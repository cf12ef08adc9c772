import { describe, expect, it } from 'vitest';

/**
 * The explorer's pure logic (browser modules without DOM work at import): date ranges, the CSV export, the
 * deterministic layouts and the URL state. Imported by URL: they are plain browser JavaScript, not TypeScript.
 */
const load = async <T>(name: string) =>
  (await import(new URL(`../../../src/explore/public/${name}`, import.meta.url).href)) as T;

type Point = { x: number; y: number };
const filter = await load<{ inRange(value: string, since: string | null, until: string | null): boolean }>(
  'graph-filter.js',
);
const exporter = await load<{
  statementRecords(statements: unknown[]): unknown[];
  toCsv(records: unknown[]): string;
  CSV_COLUMNS: string[];
}>('statements-export.js');
const layout = await load<{
  fanOut(origin: Point, existing: Point[], count: number): Point[];
  ellipseRings(levels: string[][], flatness: number): Map<string, Point>;
}>('graph-layout.js');
const viewState = await load<{
  parseHash(hash: string): { filters: { since: string | null; until: string | null; hide: string[] } };
  formatHash(state: unknown): string;
}>('view-state.js');

describe('date range filter', () => {
  it('keeps a fuzzy date when any day of it can fall in the range', () => {
    expect(filter.inRange('2022-01-16', '2022-01-10', '2022-01-20')).toBe(true);
    expect(filter.inRange('2022-01-16', '2022-01-20', null)).toBe(false);
    expect(filter.inRange('2022-01', '2022-01-20', null)).toBe(true);
    expect(filter.inRange('2022-01', null, '2021-12-31')).toBe(false);
    expect(filter.inRange('2021', null, '2021-06-01')).toBe(true);
    expect(filter.inRange('2022-02', '2022-02-28', '2022-02-28')).toBe(true);
    expect(filter.inRange('2022-02', '2022-03-01', null)).toBe(false);
  });
});

describe('CSV export', () => {
  const statement = {
    id: 'Statement:a:s1',
    text: '=HYPERLINK("x") said, "quoted"\nand more',
    quote: null,
    speechAct: 'CLAIM',
    statedOn: { value: '2022-01-16' },
    speaker: { id: 'Actor:p', name: 'P' },
    positions: [
      { stance: 'OPPOSES', position: { id: 'Position:a', name: 'A' } },
      { stance: 'WARNS', position: { id: 'Position:b', name: 'B' } },
    ],
    originalMedium: null,
    citedVia: [{ id: 'Outlet:o', name: 'O' }],
    evidence: [
      { start: 10, end: 20, excerpt: 'ten chars!', article: { id: 'Article:a', title: 'T', url: null } },
    ],
  };

  it('writes one row per statement, pairs positions with stances, quotes and neutralises formulas', () => {
    const csv = exporter.toCsv(exporter.statementRecords([statement]));
    const [header, ...rest] = csv.split('\r\n');
    expect(header).toBe(exporter.CSV_COLUMNS.join(','));
    const row = rest.join('\r\n');
    expect(row).toContain(`"'=HYPERLINK(""x"") said, ""quoted""\nand more"`);
    expect(row).toContain('A | B,opposes | warns');
    expect(row).toContain('10-20');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('deterministic layouts', () => {
  const slotClear = (a: Point, b: Point) => Math.abs(a.x - b.x) >= 150 || Math.abs(a.y - b.y) >= 58;

  it('fans new nodes out the same way every time, clear of what is drawn', () => {
    const existing = [
      { x: 0, y: 0 },
      { x: 200, y: 0 },
      { x: -200, y: 50 },
    ];
    const first = layout.fanOut({ x: 200, y: 0 }, existing, 6);
    expect(layout.fanOut({ x: 200, y: 0 }, existing, 6)).toEqual(first);
    const others = existing.filter((p) => p.x !== 200);
    for (const p of first) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
      for (const q of others) expect(slotClear(p, q)).toBe(true);
    }
  });

  it('draws rings whose label slots never overlap, identically on every call', () => {
    const levels = [
      ['focus'],
      Array.from({ length: 14 }, (_, i) => `n${i}`),
      Array.from({ length: 30 }, (_, i) => `m${i}`),
    ];
    for (const flatness of [0.55, 1.8]) {
      const placed = layout.ellipseRings(levels, flatness);
      expect(layout.ellipseRings(levels, flatness)).toEqual(placed);
      const points = [...placed.values()];
      expect(points.length).toBe(45);
      for (let i = 0; i < points.length; i += 1) {
        for (let j = i + 1; j < points.length; j += 1) {
          expect(slotClear(points[i] as Point, points[j] as Point), `${i} and ${j}`).toBe(true);
        }
      }
    }
  });
});

describe('view state in the URL', () => {
  it('keeps the date range and the hidden types, and drops what it cannot read', () => {
    const state = viewState.parseHash(
      '#mode=neighborhood&focus=Actor:x&since=2022-01-01&until=2022-13-45&hide=article,bogus,event',
    );
    expect(state.filters).toMatchObject({ since: '2022-01-01', until: null, hide: ['article', 'event'] });
    const hash = viewState.formatHash(state);
    expect(hash).toContain('since=2022-01-01');
    expect(hash).toContain('hide=article,event');
    expect(viewState.parseHash(hash)).toEqual(state);
  });

  it('keeps whether paths may pass through hubs, off unless the link says so', () => {
    const through = viewState.parseHash('#mode=paths&from=Actor:x&to=Actor:y&hubs=1');
    expect(through).toMatchObject({ throughHubs: true });
    expect(viewState.formatHash(through)).toContain('hubs=1');
    expect(viewState.parseHash(viewState.formatHash(through))).toEqual(through);
    const around = viewState.parseHash('#mode=paths&from=Actor:x&to=Actor:y&hubs=yes');
    expect(around).toMatchObject({ throughHubs: false });
    expect(viewState.formatHash(around)).not.toContain('hubs');
  });
});
