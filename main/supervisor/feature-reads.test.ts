// When the contact center's features are read (features.ts, FeatureReads): not with every team
// refresh, which doubled an idle supervisor's REST requests, but at sign-in, every 5 minutes and
// after a refusal that may mean one was switched off. Real session, real simulator.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index';
import '../../test-support/no-unhandled-rejections';
import { until } from '../../test-support/events';
import { quiet } from '../../test-support/quiet-log';
import { ActivityLog } from '../activity/activity-log';
import { sessionFixture, type SessionFixture } from '../session/test-support/session-fixture';
import { FEATURES_MAX_AGE_MS } from './features';
import { SupervisorService } from './service';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const preferences = () => ({ monitoringScope: 'Call' as const, monitoringMode: 'AllCalls' as const, autoAnswerMonitoringCalls: false });

/** supervisor1 signed in to a new simulator, with a service on a clock the test moves. */
async function signedIn(): Promise<{
  sim: Simulator;
  fixture: SessionFixture;
  service: SupervisorService;
  clock: { now: number };
  signIn: () => Promise<void>;
}> {
  const sim = await startSimulator({ longPollMs: 2000 });
  cleanups.push(() => sim.close());
  const fixture = await sessionFixture();
  const dir = await mkdtemp(path.join(tmpdir(), 'feature-reads-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  cleanups.push(() => fixture.dispose());
  const clock = { now: Date.parse('2026-12-07T09:00:00Z') };
  const service = new SupervisorService({ session: fixture.session, activity: new ActivityLog(dir), preferences, log: quiet, now: () => clock.now });
  const signIn = async () => {
    expect(await fixture.session.signIn({ serverUrl: sim.gwsUrl, userName: 'supervisor1', password: 'demo123', remember: false })).toMatchObject({ ok: true });
  };
  await signIn();
  return { sim, fixture, service, clock, signIn };
}

const reads = (sim: Simulator, what: string) => sim.scenario.requests().filter((r) => r.method === 'GET' && r.path.includes(what)).length;
const featureReads = (sim: Simulator) => reads(sim, '/api/v2/features');
const teamReads = (sim: Simulator) => reads(sim, '/api/v2/users?subresources=*');

describe('the features, read rarely', () => {
  it('read with the first team refresh after sign-in, not with the next ones; again once 5 minutes have passed', async () => {
    const { sim, service, clock } = await signedIn();
    for (let i = 0; i < 4; i++) {
      expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
      clock.now += 15_000;
    }
    expect(teamReads(sim)).toBe(4);
    expect(featureReads(sim)).toBe(1);
    expect(service.agentControlAvailable).toBe(true);

    clock.now += FEATURES_MAX_AGE_MS;
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(featureReads(sim)).toBe(2);
  });

  it('switched off meanwhile: the refusal has the next refresh read them, and the view says agent control is off', async () => {
    const { sim, service } = await signedIn();
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(service.view().agentControl).toBe(true);
    const agent1 = service.view().team.find((m) => m.userName === 'agent1')!;

    sim.scenario.reset({ agentControlFeature: false });
    expect(await service.setTeamMemberState(agent1.userId, 'makeNotReady')).toMatchObject({ ok: false, error: { code: 'agent-control-off' } });
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(featureReads(sim)).toBe(2);
    expect(service.agentControlAvailable).toBe(false);
    expect(service.view().agentControl).toBe(false);
  });

  it('read again after a reconnect (the resync), not for the snapshot of the sign-in itself', async () => {
    const { sim, fixture, service } = await signedIn();
    const snapshots: unknown[] = [];
    fixture.session.on('snapshot', (s) => snapshots.push(s));
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(featureReads(sim)).toBe(1);

    // The CometD server forgets the client: the app handshakes again and resyncs.
    const dropped = await fetch(`${sim.url}/sim/faults`, { method: 'POST', body: JSON.stringify({ dropNotifications: true }) });
    expect(dropped.ok).toBe(true);
    await until(() => snapshots.length > 0, 'the resync after the reconnect', 15_000);
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(featureReads(sim)).toBe(2);
  });

  it('read again after signing out and in', async () => {
    const { sim, fixture, service, signIn } = await signedIn();
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    await fixture.session.signOut();
    service.reset();
    await signIn();
    expect(await service.refreshTeam()).toEqual({ ok: true, value: null });
    expect(featureReads(sim)).toBe(2);
  });
});
