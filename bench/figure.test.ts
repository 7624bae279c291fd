import { describe, expect, it } from 'vitest';
import { addedFigure, figure, measureAgainIfInconclusive, ratioFigure, roundsAgain, SamplePool, type Figure } from './figure';

describe('figure', () => {
  it('is judged by its value when it has no interval', () => {
    expect(figure('x_ms', 12, 'ms', '<= 16')).toMatchObject({ verdict: 'met', met: true });
    expect(figure('x_ms', 17, 'ms', '<= 16')).toMatchObject({ verdict: 'missed', met: false });
    expect(figure('x_ms', 17, 'ms', '<= 16')).not.toHaveProperty('interval');
  });

  it('is judged by its interval when it has one, and records it', () => {
    expect(figure('x_ratio', 1.1, 'x', '<= 1.2', [1.05, 1.3])).toMatchObject({ verdict: 'inconclusive', met: false, interval: [1.05, 1.3] });
  });

  it('refuses a goal it cannot read', () => {
    expect(() => figure('x', 1, 'ms', '< 2')).toThrow(/goal of x/);
  });
});

describe('ratio and added figures', () => {
  const base = Array.from({ length: 600 }, (_, i) => 1 + (i % 100) / 100);
  it('give the whole sample as the value and a bootstrap interval around it', () => {
    const rounds = { app: base.map((b) => b * 2), base };
    const ratio = ratioFigure('r', rounds, 99, '<= 1.2');
    expect(ratio).toMatchObject({ value: 2, unit: 'x', verdict: 'missed', interval: [2, 2] });
    const added = addedFigure('a', { app: base, base }, 99, '<= 1');
    expect(added).toMatchObject({ value: 0, unit: 'ms', verdict: 'met', interval: [0, 0] });
  });
});

describe('measureAgainIfInconclusive', () => {
  const open = figure('r', 1.2, 'x', '<= 1.2', [1.1, 1.3]);
  const met = figure('r', 1.0, 'x', '<= 1.2', [0.9, 1.1]);
  const run = (...results: Figure[][]) => {
    const agains: boolean[] = [];
    return { measure: (_pool: SamplePool, again: boolean) => Promise.resolve(results[agains.push(again) - 1]!), agains };
  };

  it('measures once when every verdict is settled', async () => {
    const r = run([met]);
    expect(await measureAgainIfInconclusive('x', r.measure, () => {})).toEqual([met]);
    expect(r.agains).toEqual([false]);
  });

  it('measures again once, with more rounds, when a figure is inconclusive, and keeps the second, marked', async () => {
    const lines: string[] = [];
    const r = run([open], [open]);
    expect(await measureAgainIfInconclusive('x', r.measure, (l) => lines.push(l))).toEqual([{ ...open, remeasured: true }]);
    expect(r.agains).toEqual([false, true]);
    expect(lines.join()).toMatch(/r 1.2 \[1.1, 1.3\] inconclusive/);
    expect(roundsAgain(500)).toBe(1500);
    expect(roundsAgain(3000)).toBe(9000);
  });

  it("a pool keeps both measurements' samples, paired, and the interval from both is narrower", () => {
    // A first measurement too short to decide, then a second: the interval from both is narrower.
    const noisy = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 1 + (((i * 7919 + seed) % 97) / 97) * (i % 50 === 0 ? 3 : 1));
    const figuresOf = (pool: SamplePool, n: number, seed: number) => {
      const rounds = pool.add({ app: noisy(n, seed), base: noisy(n, seed + 1) });
      return [ratioFigure('r', rounds, 99, '<= 1.5'), figure('n', rounds.app.length, 'rounds', '>= 0')];
    };
    const pool = new SamplePool();
    const first = figuresOf(pool, 100, 1);
    const both = figuresOf(pool, 300, 2);
    expect(both[1]!.value).toBe(400);
    const width = (f: Figure) => f.interval![1] - f.interval![0];
    expect(width(both[0]!)).toBeLessThan(width(first[0]!));
  });
});
