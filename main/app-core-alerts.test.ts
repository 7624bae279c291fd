// Alerts as the app composes them (settings, session, service, watcher), against the simulator:
// the demo's short thresholds, and a snooze that outlives a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../sim/index';
import { until } from '../test-support/events';
import { createAppCore, type AppCore } from './app-core';

let sim: Simulator;
let userData: string;
const cores: AppCore[] = [];
let offset = 0;

beforeEach(async () => {
  offset = 0;
  sim = await startSimulator({ longPollMs: 2000 });
  userData = await mkdtemp(path.join(tmpdir(), 'softphone-alerts-'));
});
afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
  await sim.close();
  await rm(userData, { recursive: true, force: true });
});

async function demo(): Promise<AppCore> {
  const core = await createAppCore({ userData, consoleLogLevel: false, alertClock: () => Date.now() + offset });
  cores.push(core);
  await core.signInDemo(sim.gwsUrl);
  await until(() => core.supervisor.view().team.length > 0, 'the team read');
  return core;
}

it('the demo raises an alert on an agent Not Ready within its first two minutes, and a snooze outlives a restart', async () => {
  sim.scenario.setAgentState('agent3', 'NotReady');
  const core = await demo();
  await until(() => core.session.state.status === 'signed-in' && core.session.state.connection.kind === 'connected', 'connected');
  offset = 61_000;
  core.alerts.check();
  const [alert] = core.alerts.active();
  expect(alert).toMatchObject({ kind: 'notReady', userName: 'agent3', text: 'Not Ready 1 min+' });

  expect(await core.alerts.act(alert!.id, 'snooze')).toEqual({ ok: true, value: null });
  expect(core.alerts.active()).toEqual([]);
  await core.dispose();
  cores.splice(0);

  // Launched again the same day: the agent is still snoozed, whatever the time in state.
  const again = await demo();
  await until(() => again.session.state.status === 'signed-in' && again.session.state.connection.kind === 'connected', 'connected');
  offset = 2 * 60_000;
  again.alerts.check();
  expect(again.alerts.active()).toEqual([]);
  expect(again.settings.get().alertSnoozes).toEqual([{ userId: alert!.userId, until: expect.any(Number) as number }]);
});
