import { describe, expect, it } from 'vitest';
import { bootstrapInterval, percentileAdded, percentileInPlace, percentileRatio, verdict } from './interval';
import { percentile } from './stats';

/** Deterministic, spread-out timings: a slow tail every 50th round. */
const timings = (n: number, scale: number) => Array.from({ length: n }, (_, i) => scale * (1 + ((i * 7919) % 97) / 97 + (i % 50 === 0 ? 5 : 0)));

describe('percentileInPlace', () => {
  it('agrees with the nearest-rank percentile of bench/stats.ts', () => {
    const samples = timings(1234, 1);
    for (const p of [50, 95, 99]) expect(percentileInPlace(Float64Array.from(samples), p)).toBe(percentile(samples, p));
  });
});

describe('bootstrapInterval', () => {
  it('brackets the statistic of the whole sample', () => {
    const rounds = { app: timings(1000, 1.1), base: timings(1000, 1) };
    const [low, high] = bootstrapInterval(rounds, percentileRatio(99));
    const whole = percentile(rounds.app, 99) / percentile(rounds.base, 99);
    expect(low).toBeLessThanOrEqual(whole);
    expect(high).toBeGreaterThanOrEqual(whole);
  });

  it('is a single point when every round is the same', () => {
    const rounds = { app: Array(500).fill(3), base: Array(500).fill(2) };
    expect(bootstrapInterval(rounds, percentileAdded(99))).toEqual([1, 1]);
  });

  it('narrows as rounds are added: 3,000 rounds give a tighter p99 than 100', () => {
    const width = (n: number) => {
      const [low, high] = bootstrapInterval({ app: timings(n, 1), base: timings(n, 1).reverse() }, percentileAdded(99));
      return high - low;
    };
    expect(width(3000)).toBeLessThan(width(100));
  });

  it('gives the same interval for the same samples: the resampling is seeded', () => {
    const rounds = { app: timings(600, 1), base: timings(600, 0.9).reverse() };
    const first = bootstrapInterval(rounds, percentileAdded(99));
    expect(bootstrapInterval(rounds, percentileAdded(99))).toEqual(first);
  });

  it('keeps the rounds paired: a shared slow moment does not widen the difference', () => {
    // App and baseline are slow in the same rounds; the app always adds exactly 0.5 ms.
    const base = timings(800, 1);
    const rounds = { app: base.map((b) => b + 0.5), base };
    const [low, high] = bootstrapInterval(rounds, percentileAdded(99));
    expect(low).toBeCloseTo(0.5, 10);
    expect(high).toBeCloseTo(0.5, 10);
  });

  it('refuses unpaired rounds', () => {
    expect(() => bootstrapInterval({ app: [1, 2], base: [1] }, percentileAdded(99))).toThrow(/paired/);
  });
});

describe('verdict', () => {
  const atMost = { op: '<=', bound: 1.2 } as const;
  const atLeast = { op: '>=', bound: 45 } as const;

  it('"<=": met when the upper bound meets it, missed when the lower bound misses it, else inconclusive', () => {
    expect(verdict(atMost, [0.8, 1.2])).toBe('met');
    expect(verdict(atMost, [1.21, 1.5])).toBe('missed');
    expect(verdict(atMost, [1.1, 1.3])).toBe('inconclusive');
  });

  it('">=": met when the lower bound meets it, missed when the upper bound misses it', () => {
    expect(verdict(atLeast, [45, 50])).toBe('met');
    expect(verdict(atLeast, [40, 44.9])).toBe('missed');
    expect(verdict(atLeast, [44, 46])).toBe('inconclusive');
  });

  it('a point value is met or missed, never inconclusive; NaN is missed', () => {
    expect(verdict(atMost, [1.2, 1.2])).toBe('met');
    expect(verdict(atMost, [1.3, 1.3])).toBe('missed');
    expect(verdict(atMost, [Number.NaN, Number.NaN])).toBe('missed');
  });
});
