// One measured figure of `npm run bench`, and its goal: what bench/results.json lists.
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** "<= 16": the figure meets its goal when value <= 16. */
  goal: string;
  met: boolean;
}

/** A figure whose `met` is computed from its goal ("<= n" or ">= n"). */
export function figure(name: string, value: number, unit: string, goal: string): Figure {
  const m = /^(<=|>=)\s*(-?\d+(?:\.\d+)?)$/.exec(goal.trim());
  if (!m) throw new Error(`goal of ${name} is not "<= n" or ">= n": ${goal}`);
  const bound = Number(m[2]);
  const met = Number.isFinite(value) && (m[1] === '<=' ? value <= bound : value >= bound);
  return { name, value, unit, goal, met };
}

/** The unit and goal of each figure a measurement reports, by name. */
export type Goals = Readonly<Record<string, readonly [unit: string, goal: string]>>;

/** `values` as figures against their `goals`, in the goals' order. */
export function figures<G extends Goals>(goals: G, values: Readonly<Record<keyof G & string, number>>): Figure[] {
  return Object.entries(goals).map(([name, [unit, goal]]) => figure(name, values[name as keyof G & string], unit, goal));
}
