// Figure 3, the window's part: with 2,000 agents in the team and the supervisor monitoring one
// of them with AllCalls, monitored calls start and end every 20 ms, ≈50 messages a second to the
// supervisor, for the run's duration. Counted: the window's long tasks (over 50 ms, the
// browser's own 'longtask' entries), how far behind the window is when the traffic stops (the
// last call's end to its card gone), and its JavaScript heap after a forced GC, at start and end.
import type { CDPSession } from 'playwright-core';
import type { Simulator } from '../sim/index';
import { now } from './clock';
import type { LaunchedApp } from './app-launch';
import { round2 } from './stats';
import { figures, type Figure, type Goals } from './figure';

export interface ScaleRun {
  sim: Simulator;
  app: LaunchedApp;
  supervisorId: string;
  agent: string;
  seconds: number;
  log: (line: string) => void;
}

export const SCALE_GOALS = {
  scale_events_per_s: ['events/s', '>= 45'],
  scale_long_tasks: ['tasks', '<= 0'],
  scale_window_behind_ms: ['ms', '<= 100'],
  scale_renderer_heap_start_mb: ['MB', '<= 100'],
  scale_renderer_heap_end_mb: ['MB', '<= 100'],
  scale_renderer_heap_growth_mb: ['MB', '<= 5'],
} as const satisfies Goals;

const STEP_MS = 20;
const MB = 1024 * 1024;

/** The window's heap in use after a full GC, over CDP; or performance.memory without a GC. */
async function heapUsed(app: LaunchedApp, cdp: CDPSession | undefined): Promise<{ bytes: number; how: string }> {
  if (cdp) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { bytes: usedSize, how: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage' };
  }
  const bytes = await app.page.evaluate(() => window.__benchPage.heapUsed());
  if (bytes === null) throw new Error('the window has neither CDP nor performance.memory');
  return { bytes, how: 'performance.memory (no forced GC: CDP unavailable)' };
}

export async function measureScale(run: ScaleRun): Promise<Figure[]> {
  const { sim, app, supervisorId, agent, seconds, log } = run;
  const cdp = await app.page
    .context()
    .newCDPSession(app.page)
    .catch((error: unknown) => {
      log(`  scale: no CDP session for the window (${String(error)}); memory from performance.memory`);
      return undefined;
    });
  let events = 0;
  const detach = sim.probe({
    notificationPublished: (userId) => {
      if (userId === supervisorId) events += 1;
    },
  });
  try {
    const start = await heapUsed(app, cdp);
    const from = now();
    let live: string | undefined;
    let lastEnd = from;
    let steps = 0;
    let n = 0;
    // Steps are due every 20 ms from the start; a late timer catches up, so the rate holds.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(Math.floor((now() - from) / STEP_MS), (seconds * 1000) / STEP_MS);
        for (; steps < due; steps++) {
          if (live) {
            sim.scenario.release(live);
            live = undefined;
            lastEnd = now();
          } else {
            live = sim.scenario.ringAgent({ to: agent, from: `+1666${String((n += 1)).padStart(7, '0')}` }).callId;
            sim.scenario.answer(live);
          }
        }
        if (steps >= (seconds * 1000) / STEP_MS) {
          clearInterval(timer);
          resolve();
        }
      }, STEP_MS / 2);
    });
    const elapsed = (now() - from) / 1000;
    if (live) {
      sim.scenario.release(live);
      lastEnd = now();
    }
    // Long tasks count while the traffic runs; how late the window catches up after it is
    // scale_window_behind_ms.
    const trafficEnd = now();
    // How far behind the window fell: from the last call's end to its card leaving the screen.
    // Under 0 when main got the last call's start and end together and never showed it: the
    // window was up to date.
    const behind = Math.max(0, (await app.page.evaluate(() => window.__benchPage.noCard(120_000))) - lastEnd);
    const longTasks = await app.page.evaluate(([since, until]) => window.__benchPage.longTasks(since, until), [from, trafficEnd] as const);
    const end = await heapUsed(app, cdp);
    log(`  scale: ${events} messages to the supervisor in ${elapsed.toFixed(1)} s (${(events / elapsed).toFixed(1)}/s), ${n} monitored calls`);
    log(`  scale: the window showed the last call's end ${round2(behind)} ms after it`);
    log(
      `  scale: window long tasks ${longTasks.length}${longTasks.length ? ` (longest ${round2(Math.max(...longTasks.map((t) => t.durationMs)))} ms)` : ''}; heap ${round2(start.bytes / MB)} → ${round2(end.bytes / MB)} MB (${end.how})`,
    );
    return figures(SCALE_GOALS, {
      scale_events_per_s: round2(events / elapsed),
      scale_long_tasks: longTasks.length,
      scale_window_behind_ms: round2(behind),
      scale_renderer_heap_start_mb: round2(start.bytes / MB),
      scale_renderer_heap_end_mb: round2(end.bytes / MB),
      scale_renderer_heap_growth_mb: round2((end.bytes - start.bytes) / MB),
    });
  } finally {
    detach();
    await cdp?.detach().catch(() => undefined);
  }
}
