/** The seeded randomness of the synthetic corpus (src/bench/corpus.ts): a generator, Zipf ranks, picks. */

/** sfc32: small, fast and good enough for synthetic data; seeded through splitmix32 so that close seeds diverge. */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^exponent, by binary search over the cumulative weights. */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(
    readonly n: number,
    exponent: number,
  ) {
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += 1 / (i + 1) ** exponent;
      this.cdf[i] = total;
    }
    for (let i = 0; i < n; i++) this.cdf[i] = (this.cdf[i] ?? 0) / total;
  }

  sample(random: () => number): number {
    const u = random();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Picks uniformly, or with `head` probability the first element (a dominant value such as `claim`). */
export function pick<T>(values: readonly T[], random: () => number, head = 0): T {
  const value = random() < head ? values[0] : values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}
