// One measured figure of `npm run bench`, its goal and its verdict: what bench/results.json lists.
import { bootstrapInterval, percentileAdded, percentileRatio, verdict, type Paired, type Verdict } from './interval';
import { percentile, round2 } from './stats';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** "<= 16": the figure meets its goal when value <= 16 (for a figure with an interval: its upper bound). */
  goal: string;
  /** The verdict is "met". */
  met: boolean;
  verdict: Verdict;
  /** The 95% bootstrap interval of a comparison with a baseline (docs/benchmarks.md, "Intervals and verdicts"). */
  interval?: [number, number];
  /** The first measurement was inconclusive; these figures are from both measurements' samples. */
  remeasured?: boolean;
}

function parseGoal(name: string, goal: string): { op: '<=' | '>='; bound: number } {
  const m = /^(<=|>=)\s*(-?\d+(?:\.\d+)?)$/.exec(goal.trim());
  if (!m) throw new Error(`goal of ${name} is not "<= n" or ">= n": ${goal}`);
  return { op: m[1] as '<=' | '>=', bound: Number(m[2]) };
}

/** A figure judged against its goal ("<= n" or ">= n") by its interval, or by its value when it has none. */
export function figure(name: string, value: number, unit: string, goal: string, interval?: [number, number]): Figure {
  const judged = verdict(parseGoal(name, goal), interval ?? [value, value]);
  return { name, value, unit, goal, met: judged === 'met', verdict: judged, ...(interval && { interval: [round2(interval[0]), round2(interval[1])] }) };
}

/** The unit and goal of each figure a measurement reports, by name. */
export type Goals = Readonly<Record<string, readonly [unit: string, goal: string]>>;

/** `values` as figures against their `goals`, in the goals' order. */
export function figures<G extends Goals>(goals: G, values: Readonly<Record<keyof G & string, number>>): Figure[] {
  return Object.entries(goals).map(([name, [unit, goal]]) => figure(name, values[name as keyof G & string], unit, goal));
}

/** p(app) / p(base) over paired rounds, with its bootstrap interval. */
export function ratioFigure(name: string, rounds: Paired, p: number, goal: string): Figure {
  const value = percentile(rounds.app, p) / percentile(rounds.base, p);
  return figure(name, round2(value), 'x', goal, bootstrapInterval(rounds, percentileRatio(p)));
}

/** p(app) − p(base) in ms over paired rounds, with its bootstrap interval. */
export function addedFigure(name: string, rounds: Paired, p: number, goal: string): Figure {
  const value = percentile(rounds.app, p) - percentile(rounds.base, p);
  return figure(name, round2(value), 'ms', goal, bootstrapInterval(rounds, percentileAdded(p)));
}

/**
 * The samples of one phase so far, by series (a comparison's app and base, say): a second
 * measurement adds its samples to the first's, so its figures are read from all of them. A
 * round's series are added together, so the app's and the baseline's samples stay paired.
 */
export class SamplePool {
  readonly #series = new Map<string, number[]>();

  add<K extends string>(series: Readonly<Record<K, readonly number[]>>): Record<K, number[]> {
    const all = {} as Record<K, number[]>;
    for (const key of Object.keys(series) as K[]) {
      const kept = this.#series.get(key) ?? [];
      for (const v of series[key]) kept.push(v);
      this.#series.set(key, kept);
      all[key] = kept;
    }
    return all;
  }
}

/** A full run's rounds a side. */
export const FULL_ROUNDS = 3000;

/**
 * How many rounds a second measurement takes: three times the first, so that the pool judged is
 * four times the first and its interval about half as wide (a p99's spread shrinks as 1/√n).
 * Inconclusive at 2,000 paired rounds, the quiet machine's p99 ratios spanned ±0.2.
 */
export const roundsAgain = (first: number): number => 3 * first;

/**
 * Runs `measure`; when any of its figures is inconclusive, measures once more, with more rounds
 * (`roundsAgain`), and judges on the samples of both measurements (the `pool` they share),
 * marked `remeasured`. A second look with more data, never a search for a lucky run: the first
 * run's samples stay in.
 */
export async function measureAgainIfInconclusive(
  what: string,
  measure: (pool: SamplePool, again: boolean) => Promise<Figure[]>,
  log: (line: string) => void,
): Promise<Figure[]> {
  const pool = new SamplePool();
  const first = await measure(pool, false);
  const open = first.filter((f) => f.verdict === 'inconclusive');
  if (open.length === 0) return first;
  log(
    `  ${what}: ${open.map((f) => `${f.name} ${f.value} [${f.interval?.join(', ')}]`).join('; ')} inconclusive against the goal: measuring again with more rounds, judged on both`,
  );
  return (await measure(pool, true)).map((f) => ({ ...f, remeasured: true }));
}
