// The coaching round as the app composes it (main/app-core.ts) against the simulator: its steps
// logged under the signed-in supervisor, and sign-out ending it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Notice } from '../../common/contract';
import type { RoundView } from '../../common/supervisor-view';
import { startSimulator, type Simulator } from '../../sim/index';
import { until } from '../../test-support/events';
import { createAppCore, type AppCore } from '../app-core';
import { ROUND_LOG } from './coaching-round';

let sim: Simulator;
let userData: string;
let core: AppCore;

beforeEach(async () => {
  sim = await startSimulator({ longPollMs: 2000 });
  userData = await mkdtemp(path.join(tmpdir(), 'softphone-round-'));
  core = await createAppCore({ userData, consoleLogLevel: false });
});
afterEach(async () => {
  await core.dispose();
  await sim.close();
  await rm(userData, { recursive: true, force: true });
});

it('sign-out ends the round, says so, and logs it under the supervisor who started it', async () => {
  expect((await core.signIn({ serverUrl: sim.gwsUrl, userName: 'supervisor1', password: 'demo123', remember: false })).ok).toBe(true);
  await until(() => core.supervisor.view().team.length > 10, 'the team read');
  const views: RoundView[] = [];
  const notices: Notice[] = [];
  core.round.on('round', (v) => views.push(v));
  core.round.on('notice', (n) => notices.push(n));
  const ids = ['agent1', 'agent2'].map((u) => core.supervisor.view().team.find((m) => m.userName === u)!.userId);

  expect(await core.round.start(ids, 'ListenIn')).toEqual({ ok: true, value: null });
  await until(() => core.supervisor.view().armed?.target.userName === 'agent1', 'armed on agent1');
  expect(core.round.view()).toMatchObject({ position: 1, total: 2, agentName: 'Emily Carter', how: 'ListenIn' });

  await core.signOut(false);
  expect(core.round.view()).toBeNull();
  expect(views.at(-1)).toBeNull();
  expect(notices.at(-1)).toEqual({ kind: 'info', message: 'Coaching round ended: signed out.' });
  await until(async () => (await core.activity.read()).some((e) => e.operation === ROUND_LOG.stopped), 'the end logged');
  const log = (await core.activity.read()).reverse();
  expect(log.map((e) => `${e.supervisor} ${e.operation} ${e.target ?? ''}`.trim())).toEqual([
    `supervisor1 ${ROUND_LOG.started}`,
    'supervisor1 ListenIn agent1',
    `supervisor1 ${ROUND_LOG.stopped} agent1`,
  ]);
  // A round that is over cannot be stopped again.
  expect(await core.round.stop()).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
});
