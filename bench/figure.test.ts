import { describe, expect, it } from 'vitest';
import { addedFigure, figure, measureAgainIfInconclusive, ratioFigure, type Figure } from './figure';

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
    let calls = 0;
    return { measure: () => Promise.resolve(results[calls++]!), calls: () => calls };
  };

  it('measures once when every verdict is settled', async () => {
    const r = run([met]);
    expect(await measureAgainIfInconclusive('x', r.measure, () => {})).toEqual([met]);
    expect(r.calls()).toBe(1);
  });

  it('measures again once when a figure is inconclusive, and keeps the second, marked', async () => {
    const lines: string[] = [];
    const r = run([open], [open]);
    expect(await measureAgainIfInconclusive('x', r.measure, (l) => lines.push(l))).toEqual([{ ...open, remeasured: true }]);
    expect(r.calls()).toBe(2);
    expect(lines.join()).toMatch(/r 1.2 \[1.1, 1.3\] inconclusive/);
  });
});
