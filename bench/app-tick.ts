// Time in state (issue 18): each team row shows "state · N min", read from the window's one
// clock, which ticks twice a second while something on screen reads it. With the 2,000-agent
// team on screen and nothing else happening, the ticks must cost no long task (50 ms or more:
// the browser's own 'longtask' entries) over the spell.
import type { LaunchedApp } from './app-launch';
import { now } from './clock';
import { round2 } from './stats';
import { figures, type Figure, type Goals } from './figure';

export const TICK_GOALS = {
  team_tick_long_tasks: ['tasks', '<= 0'],
} as const satisfies Goals;

export async function measureTimeInStateTicks(app: LaunchedApp, seconds: number, log: (line: string) => void): Promise<Figure[]> {
  const rows = await app.page.evaluate(() => ({
    rows: document.querySelectorAll('[data-testid="team-row"]').length,
    ticking: [...document.querySelectorAll('[data-testid="team-row"]')].filter((r) => / min/.test(r.textContent ?? '')).length,
  }));
  if (rows.ticking === 0) throw new Error(`no team row shows a time in state (${rows.rows} rows on screen)`);
  const from = now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const until = now();
  const longTasks = await app.page.evaluate(([since, end]) => window.__benchPage.longTasks(since, end), [from, until] as const);
  log(
    `  ticks: ${rows.ticking} of ${rows.rows} rows on screen show a time in state; ${seconds} s of ticks (twice a second): ` +
      `${longTasks.length} long task(s)${longTasks.length ? `, longest ${round2(Math.max(...longTasks.map((t) => t.durationMs)))} ms` : ''}`,
  );
  return figures(TICK_GOALS, { team_tick_long_tasks: longTasks.length });
}
