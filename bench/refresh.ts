// Team refresh with a large contact center (issue 18): GET /api/v2/users?subresources=* for
// 10,000 agents, read, parsed and applied by the core as its refresh timer does it
// (supervisor.refreshTeam), while the main loop is watched for the longest stretch it could not
// run anything else (an alert, a click, the barge-in key). Beside it, a bare client: the same GET
// with the app's own session cookie, and JSON.parse of the reply, which no client can avoid.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Child } from './child';
import { signedInWithTeam, type BenchCore } from './core';
import { figure, type Figure } from './figure';
import type { SimHost } from './sim-host';
import { round2 } from './stats';

export interface RefreshOptions {
  agents: number;
  refreshes: number;
  log: (line: string) => void;
}

/** agent1 of seedWithAgents. */
const AGENT = { phoneNumber: '100001' };
/** The loop-delay histogram's resolution: a stall shows as the delay beyond it. */
const RESOLUTION_MS = 1;

/** The longest the main loop was held while `work` ran, in ms. */
async function longestStall(work: () => Promise<unknown>): Promise<{ stallMs: number; totalMs: number }> {
  const lag = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  lag.enable();
  const started = performance.now();
  await work();
  const totalMs = performance.now() - started;
  // One more timer turn, so a stall at the very end is recorded.
  await new Promise((resolve) => setTimeout(resolve, 2 * RESOLUTION_MS));
  lag.disable();
  return { stallMs: Math.max(0, lag.max / 1e6 - RESOLUTION_MS), totalMs };
}

export async function measureTeamRefresh({ agents, refreshes, log }: RefreshOptions): Promise<Figure[]> {
  const sim = Child.start<SimHost>('simulator', new URL('./sim-host.ts', import.meta.url));
  let app: BenchCore | undefined;
  try {
    const { url, password } = await sim.call('start', { agents });
    app = await signedInWithTeam(url, password, agents, AGENT.phoneNumber);
    const { core } = app;

    const byApp: Array<{ stallMs: number; totalMs: number }> = [];
    for (let i = 0; i < refreshes; i++) {
      byApp.push(
        await longestStall(async () => {
          const result = await core.supervisor.refreshTeam();
          if (!result.ok) throw new Error(`the team refresh failed: ${result.error.message}`);
        }),
      );
    }
    const cookie = await sim.call('cookie');
    const bare: Array<{ stallMs: number; totalMs: number; bytes: number }> = [];
    for (let i = 0; i < refreshes; i++) {
      let bytes = 0;
      const timed = await longestStall(async () => {
        const reply = await fetch(`${url}/api/v2/users?subresources=*`, { headers: { Accept: 'application/json', Cookie: cookie } });
        const text = await reply.text();
        bytes = Buffer.byteLength(text);
        JSON.parse(text);
      });
      bare.push({ ...timed, bytes });
    }
    const worst = (runs: Array<{ stallMs: number }>) => Math.max(...runs.map((r) => r.stallMs));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const kB = mean(bare.map((b) => b.bytes)) / 1000;
    log(`  ${agents} agents, ${refreshes} refreshes each; reply ${kB.toFixed(0)} kB (${((kB * 1000) / agents).toFixed(0)} bytes an agent)`);
    log(
      `  app (refreshTeam): longest main-loop stall ms ${byApp.map((r) => r.stallMs.toFixed(1)).join(', ')}; whole refresh mean ${mean(byApp.map((r) => r.totalMs)).toFixed(0)} ms`,
    );
    log(
      `  bare (fetch + JSON.parse): longest stall ms ${bare.map((r) => r.stallMs.toFixed(1)).join(', ')}; whole read mean ${mean(bare.map((r) => r.totalMs)).toFixed(0)} ms`,
    );
    return [
      figure('team_refresh_longest_task_ms', round2(worst(byApp)), 'ms', '<= 50'),
      // No goal of its own: what a bare client pays for the same reply, to read the app's against.
      figure('team_refresh_base_longest_task_ms', round2(worst(bare)), 'ms', '<= 1000'),
      // The issue sets no goal; about 1 kB an agent is what GWS's users-with-devices reply costs.
      figure('team_refresh_kb', round2(kB), 'kB', `<= ${agents * 1.5}`),
    ];
  } finally {
    await app?.dispose();
    await sim.close();
  }
}
