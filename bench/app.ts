// The in-app figures of `npm run bench`: the built app (out/) launched once in the Electron
// stand-in (or real Electron when installed) through Playwright, against a simulator in this
// process with 2,000 agents; supervisor1 signs in from the page and monitors agent1 with
// ListenIn, AllCalls. In turn: the team list (4), monitored-call alerts (1 b, c), the barge-in
// key (2), the window under load (3). A phase that fails reports its figures as NaN (goal not
// met) with the reason in the log, and the next phase still runs.
import { startSimulator, type Simulator } from '../sim/index';
import { seedWithAgents } from '../sim/test-support/seed-with-agents';
import { ALERT_GOALS, customerNumber, measureAlerts } from './app-alert';
import { BARGE_GOALS, measureBargeIn } from './app-barge';
import { IdleClients } from './idle-clients';
import { launchApp, signIn, type LaunchedApp } from './app-launch';
import { measureScale, SCALE_GOALS } from './app-scale';
import { measureTeam, TEAM_10K_GOALS, TEAM_GOALS } from './app-team';
import { measureTimeInStateTicks, TICK_GOALS } from './app-tick';
import { figure, FULL_ROUNDS, measureAgainIfInconclusive, roundsAgain, type Figure, type Goals, type SamplePool } from './figure';

export interface AppBenchOptions {
  quick: boolean;
  log: (line: string) => void;
}

const AGENTS = 2000;
/** A large contact center's team, for the team list alone (issue 18), in a second launch. */
const LARGE_TEAM = 10_000;
const AGENT = 'agent1';

/** What each phase reports, so that a failed phase still lists its figures, unmet, with their goals. */
const PHASES: Readonly<Record<'team' | 'tick' | 'alerts' | 'barge' | 'scale' | 'team10k', Goals>> = {
  team: TEAM_GOALS,
  tick: TICK_GOALS,
  alerts: ALERT_GOALS,
  barge: BARGE_GOALS,
  scale: SCALE_GOALS,
  team10k: TEAM_10K_GOALS,
};

export async function measureApp(options: AppBenchOptions): Promise<Figure[]> {
  const { quick, log } = options;
  const figures: Figure[] = [];
  const phase = async (name: keyof typeof PHASES, run: () => Promise<Figure[]>) => {
    const started = Date.now();
    try {
      figures.push(...(await run()));
    } catch (error) {
      log(`  ${name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      figures.push(...Object.entries(PHASES[name]).map(([n, [unit, goal]]) => figure(n, Number.NaN, unit, goal)));
    }
    log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };

  const sim = await startSimulator({ seed: seedWithAgents(AGENTS) });
  const supervisorId = userId(sim, 'supervisor1');
  const idle = new IdleClients(sim, supervisorId, '/v2/me/calls');
  let launched: LaunchedApp | undefined;
  try {
    launched = await launchApp();
    const app = launched;
    const teamShown = app.page.evaluate((n) => window.__benchPage.team(n), AGENTS);
    const session = await signIn(app.page, sim);
    await phase('team', async () => measureTeam(app.page, await teamShown, log));
    await phase('tick', () => measureTimeInStateTicks(app, quick ? 10 : 30, log));
    await arm(app, userId(sim, AGENT));
    // 1,000 rounds a side (quick) or 3,000 (full), three times as many again when inconclusive.
    const calls = quick ? 1000 : FULL_ROUNDS;
    let firstCustomer = 1;
    const alerts = (pool: SamplePool, again: boolean) => {
      const n = again ? roundsAgain(calls) : calls;
      const run = measureAlerts({ sim, app, session, supervisorId, agent: AGENT, idle, calls: n, firstCustomer, pool, log });
      firstCustomer += n;
      return run;
    };
    await phase('alerts', () => measureAgainIfInconclusive('alerts', alerts, log));
    const rounds = quick ? 1000 : FULL_ROUNDS;
    const barge = (pool: SamplePool, again: boolean) =>
      withLiveCall(sim, app, (callId) => measureBargeIn({ sim, app, session, callId, rounds: again ? roundsAgain(rounds) : rounds, pool, log }));
    await phase('barge', () => measureAgainIfInconclusive('barge', barge, log));
    await phase('scale', () => measureScale({ sim, app, supervisorId, agent: AGENT, seconds: quick ? 20 : 60, log }));
  } finally {
    idle.detach();
    await launched?.close();
    await sim.close();
  }
  await phase('team10k', () => measureLargeTeam(log));
  return figures;
}

/** A fresh launch against 10,000 agents: the team list's first render and filtering. */
async function measureLargeTeam(log: (line: string) => void): Promise<Figure[]> {
  const sim = await startSimulator({ seed: seedWithAgents(LARGE_TEAM) });
  let launched: LaunchedApp | undefined;
  try {
    launched = await launchApp();
    const { page } = launched;
    const teamShown = page.evaluate((n) => window.__benchPage.team(n), LARGE_TEAM);
    await signIn(page, sim);
    return await measureTeam(page, await teamShown, log, TEAM_10K_GOALS);
  } finally {
    await launched?.close();
    await sim.close();
  }
}

function userId(sim: Simulator, userName: string): string {
  const user = sim.seed.users.find((u) => u.userName === userName);
  if (!user) throw new Error(`no ${userName} in the bench seed`);
  return user.id;
}

/** Monitoring armed from the page, as the monitor panel does, once the tray says so. */
async function arm(app: LaunchedApp, agentId: string): Promise<void> {
  const reply = await app.page.evaluate((id) => window.softphone.monitor.start({ target: { userId: id }, state: 'ListenIn', mode: 'AllCalls' }), agentId);
  if (!reply.ok) throw new Error(`monitoring was not armed: ${JSON.stringify(reply)}`);
  await app.app.evaluate(() => globalThis.__bench.tooltip('Listening to'));
}

/** A monitored call in progress for `run`, its card shown; released afterwards. */
async function withLiveCall<T>(sim: Simulator, app: LaunchedApp, run: (callId: string) => Promise<T>): Promise<T> {
  const customer = customerNumber(0);
  const { callId } = sim.scenario.ringAgent({ to: AGENT, from: customer });
  sim.scenario.answer(callId);
  try {
    await app.page.evaluate((n) => window.__benchPage.card(n), customer);
    return await run(callId);
  } finally {
    sim.scenario.release(callId);
    await app.page.evaluate(() => window.__benchPage.noCard());
  }
}
