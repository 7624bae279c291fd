// Figure 3: 2,000 agents, the supervisor monitoring one of them with AllCalls, and monitored
// calls at a steady rate (the supervisor's app gets eventsPerSecond CometD messages): this
// process's event-loop lag, beside an idle process's (the machine's own), and memory. Then heap
// growth: events as fast as the simulator sends them, with forced GC before and after. The
// simulator runs in its own process, so the figures are the app's alone.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AppCore } from '../main/app-core';
import { nextEvent } from '../test-support/events';
import { Child } from './child';
import { signedInWithTeam, type BenchCore } from './core';
import { figure, type Figure } from './figure';
import type { IdleHost } from './idle-host';
import type { SimHost } from './sim-host';
import { round2 } from './stats';

export interface ScaleOptions {
  agents: number;
  eventsPerSecond: number;
  durationMs: number;
  /** The quiet spell before the traffic, over which the idle request rate is counted. */
  idleMs: number;
  /** Events for the heap figure (normalised to 100,000). */
  heapEvents: number;
  log: (line: string) => void;
}

/** agent1 of seedWithAgents: the monitored agent. */
const AGENT = { userName: 'agent1', phoneNumber: '100001' };
const LOOP_RESOLUTION_MS = 10;
const MB = 1024 * 1024;

const gc = (): void => {
  if (!global.gc) throw new Error('run with node --expose-gc (npm run bench does)');
  global.gc();
};

/** Resolves once the core has received `count` messages in all. */
function received(core: AppCore, counter: { count: number }, count: number, timeoutMs = 60_000): Promise<unknown> {
  if (counter.count >= count) return Promise.resolve();
  return nextEvent(core.session, 'message', () => counter.count >= count, timeoutMs);
}

/** Per minute, from a count over `ms`. */
const perMinute = (count: number, ms: number) => round2((count * 60_000) / ms);

export async function measureScale({ agents, eventsPerSecond, durationMs, idleMs, heapEvents, log }: ScaleOptions): Promise<Figure[]> {
  const sim = Child.start<SimHost>('simulator', new URL('./sim-host.ts', import.meta.url));
  const control = Child.start<IdleHost>('idle control', new URL('./idle-host.ts', import.meta.url));
  let app: BenchCore | undefined;
  try {
    const { url, password } = await sim.call('start', { agents });
    app = await signedInWithTeam(url, password, agents, AGENT.phoneNumber);
    const { core } = app;
    await sim.call('idle', { clients: 1 });

    // GWS load of one signed-in supervisor: first idle (monitoring armed, no calls), then busy.
    await sim.call('requests');
    const idleStarted = performance.now();
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const idleRequests = await sim.call('requests');
    const idleSpan = performance.now() - idleStarted;

    // Registered before the listener nextEvent adds, so counts are current when it checks.
    const counter = { count: 0 };
    core.session.on('message', () => counter.count++);
    const sentBefore = await sim.call('sentToSupervisor');
    const countBefore = counter.count;
    gc();
    const rssStart = process.memoryUsage().rss / MB;
    const lag = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    lag.enable();
    await control.call('start', { resolutionMs: LOOP_RESOLUTION_MS });
    const started = performance.now();
    await sim.call('requests');
    const { calls } = await sim.call('traffic', { to: AGENT.userName, eventsPerSecond, durationMs });
    await received(core, counter, countBefore + (await sim.call('sentToSupervisor')) - sentBefore);
    const seconds = (performance.now() - started) / 1000;
    const busyRequests = await sim.call('requests');
    lag.disable();
    const machine = await control.call('stop', { resolutionMs: LOOP_RESOLUTION_MS });
    const rssEnd = process.memoryUsage().rss / MB;
    const delivered = counter.count - countBefore;
    // The histogram records each timer interval; the lag is what exceeds the resolution.
    const lagMs = (p: number) => Math.max(0, lag.percentile(p) / 1e6 - LOOP_RESOLUTION_MS);
    log(
      `  ${agents} agents, ${calls} monitored calls: ${delivered} events delivered in ${seconds.toFixed(1)} s = ${(delivered / seconds).toFixed(1)} events/s (aim ${eventsPerSecond})`,
    );
    log(
      `  event-loop lag ms: p50 ${lagMs(50).toFixed(2)}  p99 ${lagMs(99).toFixed(2)}  max ${(lag.max / 1e6 - LOOP_RESOLUTION_MS).toFixed(2)}  (resolution ${LOOP_RESOLUTION_MS} ms, ${lag.count} samples)`,
    );
    log(
      `  the machine alone (an idle Node process, same time and resolution): lag p50 ${machine.p50.toFixed(2)}  p99 ${machine.p99.toFixed(2)}  max ${machine.max.toFixed(2)} ms`,
    );
    const rest = (counted: typeof idleRequests) => Object.values(counted.rest).reduce((a, b) => a + b, 0);
    const listed = (counted: typeof idleRequests) =>
      Object.entries(counted.rest)
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ') || 'none';
    log(`  GWS requests, idle ${(idleSpan / 1000).toFixed(1)} s: REST ${listed(idleRequests)}; long polls ${idleRequests.longPolls}`);
    log(`  GWS requests, busy ${seconds.toFixed(1)} s: REST ${listed(busyRequests)}; long polls ${busyRequests.longPolls}`);
    log(`  RSS MB: start ${rssStart.toFixed(1)}, end ${rssEnd.toFixed(1)}`);

    // Heap: a warm-up batch, GC, then heapEvents more events, GC, and the difference.
    const burst = async (events: number) => {
      const target = counter.count + events;
      while (counter.count < target) {
        const sent = await sim.call('sentToSupervisor');
        const before = counter.count;
        await sim.call('burst', { to: AGENT.userName, calls: 250 });
        await received(core, counter, before + (await sim.call('sentToSupervisor')) - sent);
      }
    };
    await burst(2_000);
    gc();
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    const heapCountStart = counter.count;
    const heapStarted = performance.now();
    await burst(heapEvents);
    const heapSeconds = (performance.now() - heapStarted) / 1000;
    gc();
    gc();
    const heapAfter = process.memoryUsage().heapUsed;
    const heapCount = counter.count - heapCountStart;
    const growthPer100k = ((heapAfter - heapBefore) / MB) * (100_000 / heapCount);
    log(
      `  heap: ${heapCount} events in ${heapSeconds.toFixed(1)} s (${(heapCount / heapSeconds).toFixed(0)}/s); heapUsed ${(heapBefore / MB).toFixed(2)} → ${(heapAfter / MB).toFixed(2)} MB after GC`,
    );

    const heapUnit = heapCount >= 100_000 ? 'MB' : `MB (from ${heapCount} events, scaled to 100k)`;
    return [
      figure('scale_core_events_per_s', round2(delivered / seconds), 'events/s', `>= ${eventsPerSecond * 0.9}`),
      figure('scale_loop_lag_p99_ms', round2(lagMs(99)), 'ms', '<= 20'),
      // The same measure in an idle process: when it misses too, the machine is what lags.
      figure('scale_loop_lag_machine_p99_ms', round2(machine.p99), 'ms', '<= 20'),
      // The issue sets no memory goal: 250 MB is the bench's sanity bound for the core in Node.
      // One supervisor's GWS load. REST: the team refresh every 15 s reads the users, 4 a minute;
      // the features are read at sign-in and then every 5 minutes (main/supervisor/features.ts);
      // nothing else should recur, idle or busy (a count over 20 s can catch two refreshes and a
      // features read: 9 a minute, the bound); long polls: a held
      // /meta/connect lasts the server's long-poll time (25 s) when idle, and at most one per
      // message when busy.
      figure('gws_rest_per_min_idle', perMinute(rest(idleRequests), idleSpan), 'requests/min', '<= 9'),
      figure('gws_long_polls_per_min_idle', perMinute(idleRequests.longPolls, idleSpan), 'requests/min', '<= 6'),
      figure('gws_rest_per_min_busy', perMinute(rest(busyRequests), seconds * 1000), 'requests/min', '<= 9'),
      figure('gws_long_polls_per_min_busy', perMinute(busyRequests.longPolls, seconds * 1000), 'requests/min', `<= ${eventsPerSecond * 60}`),
      figure('scale_rss_start_mb', round2(rssStart), 'MB', '<= 250'),
      figure('scale_rss_end_mb', round2(rssEnd), 'MB', '<= 250'),
      figure('heap_growth_mb_per_100k', round2(growthPer100k), heapUnit, '<= 5'),
    ];
  } finally {
    await app?.dispose();
    await control.close();
    await sim.close();
  }
}
