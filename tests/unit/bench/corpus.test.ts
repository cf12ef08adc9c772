import { describe, expect, it } from 'vitest';
import { Corpus, corpusStats, createRandom, Zipf } from '../../../src/bench/corpus.js';

const sizes = { statements: 2_000, actors: 200, outlets: 20, articles: 400, positions: 20, events: 20 };

describe('benchmark corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = new Corpus({ ...sizes, seed: 1 });
    const b = new Corpus({ ...sizes, seed: 1 });
    const c = new Corpus({ ...sizes, seed: 2 });
    expect(b.entities()).toEqual(a.entities());
    expect([...b.articles(0, 50)]).toEqual([...a.articles(0, 50)]);
    expect([...c.articles(0, 50)]).not.toEqual([...a.articles(0, 50)]);
  });

  it('generates any article alone exactly as in sequence', () => {
    const corpus = new Corpus({ ...sizes, seed: 3 });
    const all = [...corpus.articles()];
    expect(new Corpus({ ...sizes, seed: 3 }).article(123)).toEqual(all[123]);
  });

  it('has exactly the requested number of statements, with unique ids', () => {
    const corpus = new Corpus({ ...sizes, seed: 4 });
    const ids = [...corpus.articles()].flatMap((a) => a.statements.map((s) => s.id));
    expect(ids).toHaveLength(sizes.statements);
    expect(new Set(ids).size).toBe(sizes.statements);
    expect(new Set(corpus.entities().actors.map((a) => a.id)).size).toBe(sizes.actors);
  });

  it('grounds every statement in an exact span of its article text', () => {
    const corpus = new Corpus({ ...sizes, seed: 5 });
    for (const article of corpus.articles(0, 100)) {
      for (const s of article.statements) {
        for (const span of s.evidence) {
          expect(article.text.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });

  it('references only entities it declares', () => {
    const corpus = new Corpus({ ...sizes, seed: 6 });
    const { actors, outlets, positions, events } = corpus.entities();
    const known = new Set([...actors, ...outlets, ...positions, ...events].map((e) => e.id));
    for (const article of corpus.articles()) {
      expect(known.has(article.publisher)).toBe(true);
      for (const s of article.statements) {
        const refs = [
          s.speaker,
          ...(s.originalMedium ? [s.originalMedium] : []),
          ...s.citedVia,
          ...s.positions.map((p) => p.position),
          ...s.mentions.map((m) => m.actor),
          ...s.events,
        ];
        for (const ref of refs) expect(known.has(ref)).toBe(true);
      }
    }
  });

  it('is skewed: a few actors and outlets carry most statements', () => {
    const stats = corpusStats(new Corpus({ ...sizes, seed: 7 }));
    expect(stats.statements).toBe(sizes.statements);
    // Uniform speakers would give the top 10 of 200 actors 5% of the statements.
    expect(stats.topActorShare.top10).toBeGreaterThan(0.3);
    // Uniform outlets would give the top 10% of them 10%.
    expect(stats.topOutletShare).toBeGreaterThan(0.35);
  });

  it('draws Zipf ranks with decreasing frequency', () => {
    const zipf = new Zipf(100, 1);
    const random = createRandom(9);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) {
      const rank = zipf.sample(random);
      counts[rank] = (counts[rank] ?? 0) + 1;
    }
    const [first = 0, second = 0] = counts;
    expect(first).toBeGreaterThan(second);
    expect(second).toBeGreaterThan(counts[50] ?? 0);
    expect(counts.every((c) => c >= 0)).toBe(true);
  });
});
