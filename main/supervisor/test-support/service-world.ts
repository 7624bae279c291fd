// A supervisor signed in to a simulator through the real session and service (real HTTP, real
// CometD, the real keychain), as the app composes them; disposed after each test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import type { SupervisorView } from '../../../common/supervisor-view';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../../sim/index';
import { ActivityLog } from '../../activity/activity-log';
import { until } from '../../../test-support/events';
import { quiet } from '../../../test-support/quiet-log';
import { sessionFixture, type SessionFixture } from '../../session/test-support/session-fixture';
import { SupervisorService } from '../service';
import type { DomainEvent } from '../types';

export interface World {
  sim: Simulator;
  fixture: SessionFixture;
  service: SupervisorService;
  activity: ActivityLog;
  events: DomainEvent[];
  dispose(): Promise<void>;
}

const defaults = { monitoringScope: 'Call' as const, monitoringMode: 'AllCalls' as const, autoAnswerMonitoringCalls: true };

/** Signs `userName` in to the simulator's GWS address (its context path included) and reads the team. */
export async function signedInWorld(sim: Simulator, userName = 'supervisor1'): Promise<World> {
  const fixture = await sessionFixture();
  const dir = await mkdtemp(path.join(tmpdir(), 'service-'));
  const activity = new ActivityLog(dir);
  const service = new SupervisorService({ session: fixture.session, activity, preferences: () => defaults, log: quiet });
  const events: DomainEvent[] = [];
  service.on('domain', (e) => events.push(e));
  const dispose = async () => {
    await fixture.dispose();
    await rm(dir, { recursive: true, force: true });
  };
  const signIn = await fixture.session.signIn({ serverUrl: sim.gwsUrl, userName, password: 'demo123', remember: false });
  if (!signIn.ok) await dispose();
  expect(signIn).toMatchObject({ ok: true });
  expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
  return { sim, fixture, service, activity, events, dispose };
}

export const agent = (w: World, userName: string) => {
  const member = w.service.view().team.find((m) => m.userName === userName);
  if (!member) throw new Error(`${userName} is not in the team`);
  return member;
};

export const viewWhere = (w: World, test: (v: SupervisorView) => boolean, what: string) => until(() => test(w.service.view()), what);

/**
 * `signedIn(options | sim, userName)` for a test file: a new simulator with these options (or
 * the one given) and a world signed in to it; both closed after each test.
 */
export function worldsPerTest(): (options?: SimulatorOptions | Simulator, userName?: string) => Promise<World> {
  const worlds: World[] = [];
  const sims: Simulator[] = [];
  afterEach(async () => {
    for (const w of worlds.splice(0).reverse()) await w.dispose();
    await Promise.all(sims.splice(0).map((s) => s.close()));
  });
  return async (options = {}, userName = 'supervisor1') => {
    const sim = 'scenario' in options ? options : await startSimulator({ longPollMs: 2000, ...options });
    if (!sims.includes(sim)) sims.push(sim);
    const world = await signedInWorld(sim, userName);
    worlds.push(world);
    return world;
  };
}
