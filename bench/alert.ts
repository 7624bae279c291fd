// Figure 1 (a): a monitored call's start, from the simulator publishing the supervisor's leg
// (t0, in the simulator's process) to the core's domain event monitoredCallStarted (in this
// process), against a bare CometD client on the same session cookie and topics (its own
// process), call after call, each published only when both clients are idle (connect held).
import type { DomainEvent } from '../main/supervisor/types';
import { nextEvent } from '../test-support/events';
import type { BaselineHost } from './baseline-host';
import { Child } from './child';
import { now } from './clock';
import { armListenIn, signedInCore, signedInWithTeam } from './core';
import { addedFigure, figure, ratioFigure, SamplePool, type Figure } from './figure';
import type { SimHost } from './sim-host';
import { describe3, percentile, round2 } from './stats';

export interface AlertOptions {
  calls: number;
  /** Calls before the measured ones: JIT and connection warm-up. */
  warmup: number;
  /**
   * Issue 18's variant: a team of this many agents (seedWithAgents) read again every
   * `teamRefreshMs` while the calls run, the figures named alert_refresh_* instead of alert_main_*.
   */
  refreshing?: { agents: number; teamRefreshMs: number };
  /** Samples of an earlier measurement of this phase, judged together with this one's. */
  pool?: SamplePool;
  log: (line: string) => void;
}

/** The monitored agent: agent1 of the default seed, or of seedWithAgents. */
const AGENT = { userName: 'agent1', phoneNumber: '7001' };
const AGENT_OF_LARGE_TEAM = { userName: 'agent1', phoneNumber: '100001' };

export async function measureAlert({ calls, warmup, refreshing, pool = new SamplePool(), log }: AlertOptions): Promise<Figure[]> {
  const agent = refreshing ? AGENT_OF_LARGE_TEAM : AGENT;
  const name = refreshing ? 'alert_refresh' : 'alert_main';
  const sim = Child.start<SimHost>('simulator', new URL('./sim-host.ts', import.meta.url));
  const baseline = Child.start<BaselineHost>('baseline client', new URL('./baseline-host.ts', import.meta.url));
  let app: Awaited<ReturnType<typeof signedInCore>> | undefined;
  try {
    const { url, password } = await sim.call('start', refreshing ? { agents: refreshing.agents } : {});
    app = refreshing
      ? await signedInWithTeam(url, password, refreshing.agents, agent.phoneNumber, { teamRefreshMs: refreshing.teamRefreshMs })
      : await signedInCore(url, password);
    if (!refreshing) await armListenIn(app.core, agent.phoneNumber);
    await baseline.call('connect', { url, cookie: await sim.call('cookie') });
    const simClock = await sim.clockOffset();
    const baseClock = await baseline.clockOffset();
    log(
      `  clocks: simulator ${simClock.offsetMs.toFixed(3)} ms, baseline ${baseClock.offsetMs.toFixed(3)} ms from this process (round trips ${simClock.roundTripMs.toFixed(2)}, ${baseClock.roundTripMs.toFixed(2)} ms)`,
    );

    // Registered first, so it runs before any other listener of the event.
    const mainAt = new Map<string, number>();
    app.core.supervisor.on('domain', (event) => {
      if (event.type === 'monitoredCallStarted') mainAt.set(event.callId, now());
    });
    const measured: string[] = [];
    const started = performance.now();
    await sim.call('idle', { clients: 2 });
    for (let i = 0; i < warmup + calls; i++) {
      const isStarted = (event: DomainEvent) => event.type === 'monitoredCallStarted';
      const alerted = nextEvent<[DomainEvent]>(app.core.supervisor, 'domain', isStarted);
      const { callId } = await sim.call('call', { to: agent.userName });
      const [event] = await alerted;
      if (event.type !== 'monitoredCallStarted' || event.callId !== callId) throw new Error(`expected call ${callId}, got ${JSON.stringify(event)}`);
      const ended = nextEvent<[DomainEvent]>(app.core.supervisor, 'domain', (e) => e.type === 'monitoredCallEnded' && e.callId === callId);
      await sim.call('release', { callId });
      await ended;
      // Both clients have their /meta/connect held again: the next call finds them idle.
      await sim.call('idle', { clients: 2 });
      if (i >= warmup) measured.push(callId);
    }
    const elapsed = (performance.now() - started) / 1000;

    const t0 = new Map((await sim.call('published')).map(([id, t]) => [id, t - simClock.offsetMs]));
    const tBase = new Map((await baseline.call('received')).map(([id, t]) => [id, t - baseClock.offsetMs]));
    const main: number[] = [];
    const base: number[] = [];
    for (const id of measured) {
      const [p, m, b] = [t0.get(id), mainAt.get(id), tBase.get(id)];
      if (p === undefined || m === undefined || b === undefined) throw new Error(`call ${id}: missing a timestamp (t0 ${p}, main ${m}, baseline ${b})`);
      main.push(m - p);
      base.push(b - p);
    }
    log(`  ${measured.length} calls (+${warmup} warm-up) in ${elapsed.toFixed(1)} s`);
    log(`  main (domain event)  ms: ${describe3(main)}`);
    log(`  bare CometD client   ms: ${describe3(base)}`);
    const rounds = pool.add({ app: main, base });
    if (rounds.app.length > main.length) log(`  judged on ${rounds.app.length} calls: this measurement's and the one before`);
    // No goal of their own (the ratio and the added ms are the goals): a second, as "seconds matter".
    const sanity = '<= 1000';
    return [
      figure(`${name}_p50_ms`, round2(percentile(rounds.app, 50)), 'ms', sanity),
      figure(`${name}_p95_ms`, round2(percentile(rounds.app, 95)), 'ms', sanity),
      figure(`${name}_p99_ms`, round2(percentile(rounds.app, 99)), 'ms', sanity),
      figure(`${name}_base_p50_ms`, round2(percentile(rounds.base, 50)), 'ms', sanity),
      figure(`${name}_base_p95_ms`, round2(percentile(rounds.base, 95)), 'ms', sanity),
      figure(`${name}_base_p99_ms`, round2(percentile(rounds.base, 99)), 'ms', sanity),
      ratioFigure(`${name}_p99_ratio`, rounds, 99, '<= 1.1'),
      addedFigure(`${name}_p99_added_ms`, rounds, 99, '<= 1'),
    ];
  } finally {
    await app?.dispose();
    await baseline.close();
    await sim.close();
  }
}
