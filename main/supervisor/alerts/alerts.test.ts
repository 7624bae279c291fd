// Alerts against the simulator: the real session and service over real HTTP and CometD, agents
// put in states through the simulator's control. The clock the watcher reads is moved forward
// instead of waiting minutes; GWS's side stays real.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorOptions } from '../../../sim/index';
import { startTestServer, type TestServer } from '../../../test-support/http-server';
import type { Alert } from '../../../common/alerts';
import { defaultSettings, type AlertRules, type AlertSnooze } from '../../../common/settings';
import '../../../test-support/no-unhandled-rejections';
import { quiet } from '../../../test-support/quiet-log';
import { ok } from '../../result';
import { simulatorProfiles } from '../test-support/gws-profiles';
import { agent, viewWhere, worldsPerTest, type World } from '../test-support/service-world';
import { AlertWatcher, type AlertConnection } from './alert-watcher';
import { endOfLocalDay } from './alert-rules';
import { demoAlertRules } from './demo-rules';

const signedIn = worldsPerTest();
const MIN = 60_000;

/** A watcher on the world's service, with a clock a test moves forward and settings in memory. */
function watch(w: World, rules: AlertRules = defaultSettings.alerts) {
  const world = { offset: 0, snoozes: [] as AlertSnooze[], connection: 'live' as AlertConnection, raised: [] as Alert[][] };
  const watcher = new AlertWatcher({
    supervisor: w.service,
    activity: w.activity,
    log: quiet,
    rules: () => rules,
    snoozes: () => world.snoozes,
    saveSnoozes: (snoozes) => {
      world.snoozes = snoozes;
      return Promise.resolve(ok(null));
    },
    connection: () => world.connection,
    supervisorName: () => 'supervisor1',
    now: () => Date.now() + world.offset,
  });
  watcher.on('raised', (alerts) => world.raised.push(alerts));
  watcher.start();
  const later = (ms: number) => {
    world.offset += ms;
    watcher.check();
  };
  return { watcher, world, later, stop: () => watcher.stop() };
}

/** Puts an agent in a state at the simulator and reads the team again, as the refresh timer does. */
async function agentState(w: World, userName: string, state: 'Ready' | 'NotReady' | 'AfterCallWork' | 'Offline') {
  w.sim.scenario.setAgentState(userName, state);
  expect((await w.service.refreshTeam()).ok).toBe(true);
  // The watcher evaluates once per turn of the event loop, after the view changed.
  await new Promise((resolve) => setImmediate(resolve));
}

const logged = async (w: World) => (await w.activity.read()).map((e) => `${e.operation} ${e.target} ${e.detail ?? ''}`.trim()).reverse();

// On every server variation the GWS docs show (test-support/gws-profiles.ts): a resource URI
// may name a decoy host, which must never be called.
describe.each(simulatorProfiles)('on GWS %s', (_name, profile) => {
  let decoy: TestServer;
  beforeAll(async () => {
    decoy = await startTestServer((_req, res) => res.writeHead(418).end());
  });
  afterEach(() => {
    expect(decoy.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
  afterAll(async () => {
    await decoy.close();
  });
  const gws = (): SimulatorOptions => profile(decoy.url);

  describe('alerts against the simulator', () => {
    it('an agent Not Ready past the threshold raises an alert that clears when they are Ready; both are logged', async () => {
      const w = await signedIn(gws());
      const { watcher, later, stop } = watch(w);
      await agentState(w, 'agent2', 'NotReady');
      // Real time passes too, between the read and the check: a few seconds short of the threshold.
      later(10 * MIN - 5000);
      expect(watcher.active()).toEqual([]);
      later(MIN + 5000);
      expect(watcher.active()).toEqual([
        expect.objectContaining({ kind: 'notReady', userName: 'agent2', agentName: agent(w, 'agent2').name, text: 'Not Ready 11 min' }),
      ]);
      await agentState(w, 'agent2', 'Ready');
      expect(watcher.active()).toEqual([]);
      stop();
      await viewWhere(w, () => true, 'settled');
      expect(await logged(w)).toEqual(['AlertRaised agent2 Not Ready 11 min', 'AlertCleared agent2 Not Ready 11 min']);
    });

    it('After Call Work past 5 minutes raises an alert', async () => {
      const w = await signedIn(gws());
      const { watcher, later, stop } = watch(w);
      await agentState(w, 'agent3', 'AfterCallWork');
      later(6 * MIN);
      expect(watcher.active()).toEqual([expect.objectContaining({ kind: 'afterCallWork', userName: 'agent3', text: 'After Call Work 6 min' })]);
      stop();
    });

    it('the armed agent logging off raises an alert at once: GWS ended the monitoring', async () => {
      const w = await signedIn(gws());
      const { watcher, stop } = watch(w);
      expect((await w.service.monitor({ target: { userId: agent(w, 'agent4').userId }, state: 'ListenIn' })).ok).toBe(true);
      await viewWhere(w, (v) => v.armed?.target.userName === 'agent4', 'armed on agent4');
      await agentState(w, 'agent4', 'Offline');
      await viewWhere(w, (v) => v.lost !== null, 'monitoring lost');
      expect(watcher.active()).toEqual([
        expect.objectContaining({ kind: 'armedAgentUnavailable', userName: 'agent4', text: 'Logged off while armed: GWS ended the monitoring' }),
      ]);
      stop();
    });

    it('Listen in from the alert arms monitoring on its agent, and the alert offers no Listen in once armed', async () => {
      const w = await signedIn(gws());
      const { watcher, later, stop } = watch(w);
      await agentState(w, 'agent5', 'NotReady');
      later(11 * MIN);
      const [alert] = watcher.active();
      expect(alert?.actions).toEqual(['listenIn', 'bargeIn', 'snooze']);
      expect(await watcher.act(alert!.id, 'listenIn')).toEqual({ ok: true, value: null });
      await viewWhere(w, (v) => v.armed?.target.userName === 'agent5' && v.armed.state === 'ListenIn', 'listening in on agent5');
      // Armed on a Not Ready agent: now the armed agent is unavailable, which says monitoring waits for Ready.
      await viewWhere(w, () => watcher.active()[0]?.kind === 'armedAgentUnavailable', 'the alert saying monitoring waits');
      expect(watcher.active()[0]?.actions).toEqual(['snooze']);
      expect(await logged(w)).toContain('ListenIn agent5');
      stop();
    });

    it('a long monitored call raises an alert whose Barge in barges in on the call', async () => {
      const w = await signedIn(gws());
      const { watcher, later, stop } = watch(w);
      expect((await w.service.monitor({ target: { userId: agent(w, 'agent6').userId }, state: 'ListenIn' })).ok).toBe(true);
      await viewWhere(w, (v) => v.armed !== null, 'armed');
      const { callId } = w.sim.scenario.ringAgent({ to: 'agent6', from: '+19165550104' });
      w.sim.scenario.answer(callId);
      await viewWhere(w, (v) => v.monitoredCall?.callState === 'Established', 'the monitored call');
      later(11 * MIN);
      const [alert] = watcher.active();
      expect(alert).toMatchObject({ kind: 'longCall', userName: 'agent6', text: 'On a monitored call 11 min', actions: ['bargeIn', 'snooze'] });
      expect(await watcher.act(alert!.id, 'bargeIn')).toEqual({ ok: true, value: null });
      await viewWhere(w, (v) => v.monitoredCall?.monitoring === 'BargeIn', 'barged in');
      w.sim.scenario.release(callId);
      await viewWhere(w, (v) => v.monitoredCall === null, 'the call ended');
      expect(watcher.active()).toEqual([]);
      stop();
    });

    it('Snooze for today clears the agent’s alert until the end of the day, keeps it cleared on the next read, and is logged', async () => {
      const w = await signedIn(gws());
      const { watcher, world, later, stop } = watch(w);
      await agentState(w, 'agent7', 'NotReady');
      later(11 * MIN);
      const [alert] = watcher.active();
      expect(await watcher.act(alert!.id, 'snooze')).toEqual({ ok: true, value: null });
      expect(watcher.active()).toEqual([]);
      expect(world.snoozes).toEqual([{ userId: agent(w, 'agent7').userId, until: endOfLocalDay(Date.now() + world.offset) }]);
      expect((await w.service.refreshTeam()).ok).toBe(true);
      later(30 * MIN);
      expect(watcher.active()).toEqual([]);
      stop();
      expect(await logged(w)).toEqual(['AlertRaised agent7 Not Ready 11 min', 'SnoozeAlerts agent7 Not Ready 11 min', 'AlertCleared agent7 Not Ready 11 min']);
    });

    it('a burst of alerts is raised in one go, so it is told once', async () => {
      const w = await signedIn(gws());
      const { world, later, stop } = watch(w);
      await agentState(w, 'agent2', 'NotReady');
      await agentState(w, 'agent3', 'NotReady');
      later(11 * MIN);
      expect(world.raised.map((burst) => burst.map((a) => a.userName))).toEqual([['agent2', 'agent3']]);
      stop();
    });

    it('while the connection is lost nothing is raised or cleared; once back, the rules apply again', async () => {
      const w = await signedIn(gws());
      const { watcher, world, later, stop } = watch(w);
      await agentState(w, 'agent2', 'NotReady');
      world.connection = 'stale';
      later(11 * MIN);
      expect(watcher.active()).toEqual([]);
      world.connection = 'live';
      later(1000);
      expect(watcher.active()).toHaveLength(1);
      world.connection = 'stale';
      await agentState(w, 'agent2', 'Ready');
      expect(watcher.active()).toHaveLength(1);
      world.connection = 'off';
      watcher.check();
      expect(watcher.active()).toEqual([]);
      stop();
    });

    it('demo thresholds raise a Not Ready alert within the first two minutes', async () => {
      const w = await signedIn(gws());
      const { watcher, later, stop } = watch(w, demoAlertRules(defaultSettings.alerts));
      await agentState(w, 'agent8', 'NotReady');
      later(61_000);
      expect(watcher.active()).toEqual([expect.objectContaining({ kind: 'notReady', userName: 'agent8', text: 'Not Ready 1 min' })]);
      stop();
    });
  });

  describe('an alert’s actions refused, in words', () => {
    it('Listen in when monitoring is switched off on the server', async () => {
      const w = await signedIn({ ...gws(), monitoringFeature: false });
      const { watcher, later, stop } = watch(w);
      await agentState(w, 'agent2', 'NotReady');
      later(11 * MIN);
      const result = await watcher.act(watcher.active()[0]!.id, 'listenIn');
      expect(result).toMatchObject({ ok: false, error: { code: 'monitoring-off' } });
      expect(result.ok || result.error.message).toContain('Monitoring is switched off on this GWS server');
      stop();
    });

    it('Barge in on an agent another supervisor already monitors', async () => {
      const first = await signedIn(gws());
      expect((await first.service.monitor({ target: { userId: agent(first, 'agent6').userId }, state: 'ListenIn' })).ok).toBe(true);
      const second = await signedIn(first.sim, 'supervisor2');
      const { watcher, later, stop } = watch(second);
      await agentState(second, 'agent6', 'NotReady');
      later(11 * MIN);
      const alert = watcher.active().find((a) => a.userName === 'agent6');
      const result = await watcher.act(alert!.id, 'bargeIn');
      expect(result).toEqual({
        ok: false,
        error: { code: 'already-monitored', message: `${agent(second, 'agent6').name} is already monitored by another supervisor.` },
      });
      stop();
    });

    it('an alert that has cleared, and an action the alert does not offer', async () => {
      const w = await signedIn(gws());
      const { watcher, later, stop } = watch(w);
      await agentState(w, 'agent2', 'NotReady');
      later(11 * MIN);
      const [alert] = watcher.active();
      await agentState(w, 'agent2', 'Ready');
      expect(await watcher.act(alert!.id, 'listenIn')).toEqual({
        ok: false,
        error: { code: 'not-allowed', message: 'That alert has cleared, so there is nothing to act on.' },
      });
      expect((await w.service.monitor({ target: { userId: agent(w, 'agent3').userId }, state: 'ListenIn' })).ok).toBe(true);
      await viewWhere(w, (v) => v.armed !== null, 'armed');
      await agentState(w, 'agent3', 'Offline');
      await viewWhere(w, (v) => v.lost !== null, 'monitoring lost');
      const armedAlert = watcher.active()[0]!;
      expect(await watcher.act(armedAlert.id, 'listenIn')).toEqual({
        ok: false,
        error: { code: 'not-allowed', message: 'Listen in is not offered on this alert.' },
      });
      stop();
    });
  });
});
