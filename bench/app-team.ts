// Figure 4: the 2,000-agent team list. First render: from the view with the whole team arriving
// in the window to the end of the frame showing the list. Filter: per keystroke in the search
// box, from the key event to the filtered list updated in the DOM and laid out: the work that
// must fit in one 16 ms frame for typing to feel instant (app-page.ts). The span on to the end
// of the next frame, which adds the wait for the display's refresh, is logged beside it.
import type { Page } from 'playwright-core';
import { percentile, round2 } from './stats';
import { figures, type Figure, type Goals } from './figure';

export const TEAM_GOALS = {
  team_first_render_ms: ['ms', '<= 100'],
  team_filter_p95_ms: ['ms', '<= 16'],
} as const satisfies Goals;

/** The same with a large contact center's 10,000 agents (issue 18), in a second launch. */
export const TEAM_10K_GOALS = {
  team_10k_first_render_ms: ['ms', '<= 100'],
  team_10k_filter_p95_ms: ['ms', '<= 16'],
} as const satisfies Goals;

/** Typed, then erased one key at a time: each key filters the whole team again. */
const QUERIES = ['Number 1999', 'agent42', 'number 12', '100 7'];

export async function measureTeam(
  page: Page,
  shown: { arrived: number; rendered: number },
  log: (line: string) => void,
  goals: typeof TEAM_GOALS | typeof TEAM_10K_GOALS = TEAM_GOALS,
): Promise<Figure[]> {
  const firstRender = shown.rendered - shown.arrived;
  await page.focus('#team-search');
  let count = 0;
  for (const query of QUERIES) {
    for (const key of [...query, ...[...query].map(() => 'Backspace')]) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      count += 1;
      await page.evaluate((n) => window.__benchPage.keystrokes(n), count);
    }
  }
  const keys = await page.evaluate((n) => window.__benchPage.keystrokes(n), count);
  const work = keys.map((k) => k.work);
  const frame = keys.map((k) => k.frame);
  const p95 = percentile(work, 95);
  const label = goals === TEAM_GOALS ? 'team' : 'team, 10,000 agents';
  log(
    `  ${label}: first render ${round2(firstRender)} ms; filter over ${keys.length} keystrokes, key to list laid out p50 ${round2(percentile(work, 50))} p95 ${round2(p95)} max ${round2(Math.max(...work))} ms; to the end of the next frame p50 ${round2(percentile(frame, 50))} p95 ${round2(percentile(frame, 95))} ms`,
  );
  const [renderName, filterName] = Object.keys(goals);
  return figures(goals, { [renderName!]: round2(firstRender), [filterName!]: round2(p95) } as Record<keyof typeof goals, number>);
}
