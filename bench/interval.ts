// Confidence intervals for the bench's comparisons (issue 18): a p99 from a few hundred rounds
// moves with one late sample, so each ratio and added-ms figure carries a 95% interval from a
// bootstrap over its rounds, and its verdict is read from the interval, not from the one value.
import { seededRandom } from '../test-support/seeded-random';

/** A round's two timings: the app's and the baseline's, measured one after the other. */
export interface Paired {
  app: readonly number[];
  base: readonly number[];
}

export interface BootstrapOptions {
  /** Resamples drawn; 2,000 puts the 2.5th and 97.5th percentiles 50 resamples from each end. */
  resamples?: number;
  /** 0.95 for a 95% interval. */
  confidence?: number;
  /** The PRNG's seed: the same samples give the same interval, run after run. */
  seed?: number;
}

/**
 * The percentile-bootstrap interval of `statistic` over paired rounds: each resample draws
 * whole rounds with replacement (app and baseline of one round stay together, so a moment when
 * the machine was slow for both stays one round), and the interval is the resampled statistics'
 * (1 − confidence)/2 and (1 + confidence)/2 quantiles.
 */
export function bootstrapInterval(
  rounds: Paired,
  statistic: (app: Float64Array, base: Float64Array) => number,
  { resamples = 2000, confidence = 0.95, seed = 1 }: BootstrapOptions = {},
): [number, number] {
  const n = rounds.app.length;
  if (n === 0 || rounds.base.length !== n) throw new Error(`bootstrap needs paired rounds: ${n} app, ${rounds.base.length} baseline`);
  // Seeded, unlike Math.random: the same samples give the same interval.
  const next = seededRandom(seed);
  // Typed arrays: their native numeric sort keeps 2,000 resamples of 3,000 rounds under a second.
  const app = new Float64Array(n);
  const base = new Float64Array(n);
  const stats = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) {
      const k = Math.floor(next() * n);
      app[i] = rounds.app[k]!;
      base[i] = rounds.base[k]!;
    }
    stats[r] = statistic(app, base);
  }
  stats.sort();
  const at = (q: number) => stats[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))]!;
  return [at((1 - confidence) / 2), at((1 + confidence) / 2)];
}

/** The nearest-rank percentile of `samples` (as bench/stats.ts's), sorting them in place: for a resample buffer. */
export function percentileInPlace(samples: Float64Array, p: number): number {
  samples.sort();
  const rank = Math.ceil((p / 100) * samples.length);
  return samples[Math.min(samples.length, Math.max(1, rank)) - 1]!;
}

/** p(app) / p(base) and p(app) − p(base) over one resample: the comparisons the goals are set on. */
export const percentileRatio = (p: number) => (app: Float64Array, base: Float64Array) => percentileInPlace(app, p) / percentileInPlace(base, p);
export const percentileAdded = (p: number) => (app: Float64Array, base: Float64Array) => percentileInPlace(app, p) - percentileInPlace(base, p);

export type Verdict = 'met' | 'missed' | 'inconclusive';

/**
 * A goal ("<= g" or ">= g") against an interval: met when even its worst bound meets the goal,
 * missed when even its best bound misses it, inconclusive when the goal lies inside it.
 * A point value is the interval [v, v]; NaN (a failed measurement) is missed.
 */
export function verdict(goal: { op: '<=' | '>='; bound: number }, [low, high]: readonly [number, number]): Verdict {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return 'missed';
  const meets = (v: number) => (goal.op === '<=' ? v <= goal.bound : v >= goal.bound);
  const worst = goal.op === '<=' ? high : low;
  const best = goal.op === '<=' ? low : high;
  if (meets(worst)) return 'met';
  if (!meets(best)) return 'missed';
  return 'inconclusive';
}
