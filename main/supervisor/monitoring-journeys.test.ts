// The supervisor's monitoring journeys, unchanged, against every server variation the GWS docs
// show (test-support/gws-profiles.ts): the real session and service over real HTTP and
// CometD. Every variation writes a decoy's address into resource URIs where it can, and the decoy
// must never be asked anything: the app calls only the server address it was given.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index';
import { startTestServer, type TestServer } from '../../test-support/http-server';
import { nextEvent } from '../../test-support/events';
import '../../test-support/no-unhandled-rejections';
import { simulatorProfiles } from './test-support/gws-profiles';
import { agent, signedInWorld, viewWhere, type World } from './test-support/service-world';
import type { DomainEvent } from './types';
import { TARGET_NOT_REPORTED } from '../../common/words';

const customer = '+19165550104';
const established = (w: World) => viewWhere(w, (v) => v.monitoredCall?.callState === 'Established', 'the monitored call, established');
const types = (events: DomainEvent[]) => events.map((e) => e.type);

describe.each(simulatorProfiles)('monitoring journeys on GWS %s', (_name, options) => {
  let decoy: TestServer;
  let sim: Simulator;
  let world: World | undefined;
  let other: World | undefined;

  beforeAll(async () => {
    decoy = await startTestServer((_req, res) => res.writeHead(418).end());
    sim = await startSimulator({ longPollMs: 2000, ...options(decoy.url) });
  });
  afterEach(async () => {
    await other?.dispose();
    await world?.dispose();
    world = other = undefined;
    sim.scenario.reset();
    // Checked after each journey, so a request off the server names the journey that sent it.
    expect(decoy.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });
  afterAll(async () => {
    await sim.close();
    await decoy.close();
  });

  const signIn = async () => (world = await signedInWorld(sim));
  const talking = (to: string) => {
    const { callId } = sim.scenario.ringAgent({ to, from: customer });
    sim.scenario.answer(callId);
    return callId;
  };

  /** Armed on `from` with this scope, the call monitored, then `from` transfers it to `to`. */
  const transferredWhileMonitored = async (scope: 'Agent' | 'Call', from: string, to: string) => {
    const w = await signIn();
    expect((await w.service.monitor({ target: { userId: agent(w, from).userId }, state: 'ListenIn', scope })).ok).toBe(true);
    await viewWhere(w, (v) => v.armed?.scope === scope, `armed with scope ${scope}`);
    const callId = talking(from);
    await established(w);
    sim.scenario.transfer(callId, to);
    return { w, callId };
  };

  it('arms on an agent picked from the team, alerts, shows the card, barges in, mutes, goes back to listening, leaves', async () => {
    const w = await signIn();
    expect(await w.service.monitor({ target: { userId: agent(w, 'agent3').userId }, state: 'ListenIn' })).toEqual({ ok: true, value: null });
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent3', 'armed on agent3');
    expect(w.service.view().armed).toMatchObject({ state: 'ListenIn', mode: 'AllCalls', scope: 'Call' });
    expect(
      w.service
        .view()
        .team.filter((m) => m.armed)
        .map((m) => m.userName),
    ).toEqual(['agent3']);

    const alerted = nextEvent(w.service, 'domain', (e: DomainEvent) => e.type === 'monitoredCallStarted');
    talking('agent3');
    await alerted;
    await established(w);
    expect(w.service.view().monitoredCall).toMatchObject({ agent: { userName: 'agent3' }, customerNumber: customer, monitoring: 'ListenIn' });

    expect(await w.service.switchToBargeIn()).toEqual({ ok: true, value: null });
    await viewWhere(w, (v) => v.monitoredCall?.monitoring === 'BargeIn', 'barged in');
    expect((await w.service.muteAgent()).ok).toBe(true);
    await viewWhere(w, (v) => v.monitoredCall?.agentMuted === true, 'agent muted');
    expect((await w.service.unmuteAgent()).ok).toBe(true);
    await viewWhere(w, (v) => v.monitoredCall?.agentMuted === false, 'agent unmuted');
    expect((await w.service.switchToListenIn()).ok).toBe(true);
    await viewWhere(w, (v) => v.monitoredCall?.monitoring === 'ListenIn', 'listening again');
    expect((await w.service.leaveCall()).ok).toBe(true);
    await viewWhere(w, (v) => v.monitoredCall === null, 'left the call');
    expect(w.service.view().armed?.target.userName).toBe('agent3'); // AllCalls: armed for the next call

    expect(types(w.events)).toEqual([
      'monitoringArmed',
      'monitoredCallStarted',
      'monitoredCallModeChanged',
      'monitoredCallModeChanged',
      'monitoredCallModeChanged',
      'monitoredCallModeChanged',
      'monitoredCallEnded',
    ]);
    // A leg that rang first was answered by the app itself (auto-answer), and logged as such.
    const logged = (await w.activity.read()).filter((e) => e.operation !== 'Answer');
    expect(logged.map((e) => `${e.operation} ${e.target} ${e.result.ok ? 'ok' : 'failed'}`).reverse()).toEqual([
      'ListenIn agent3 ok',
      'SwitchToBargeIn agent3 ok',
      'MuteMonitoredUser agent3 ok',
      'UnmuteMonitoredUser agent3 ok',
      'SwitchToListenIn agent3 ok',
      'Hangup agent3 ok',
    ]);
  });

  it('arms by number to coach, names the agent with that number, and the card says Coach', async () => {
    const w = await signIn();
    expect((await w.service.monitor({ target: { phoneNumber: agent(w, 'agent5').phoneNumber! }, state: 'Coach' })).ok).toBe(true);
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent5', 'armed on agent5');
    talking('agent5');
    await established(w);
    expect(w.service.view().monitoredCall).toMatchObject({
      agent: { userName: 'agent5' },
      monitoring: 'Coach',
      actions: expect.arrayContaining(['bargeIn', 'listenIn']) as string[],
    });
  });

  it('transfer with scope Call: the card follows the customer to the agent who takes the call', async () => {
    const { w, callId } = await transferredWhileMonitored('Call', 'agent6', 'agent7');
    sim.scenario.answer(callId);
    await viewWhere(w, (v) => v.monitoredCall?.agent.userName === 'agent7', 'the card on agent7');
    expect(w.service.view().monitoredCall).toMatchObject({ callId, customerNumber: customer });
    expect(w.service.view().armed?.target.userName).toBe('agent6');
    expect(types(w.events)).not.toContain('monitoredCallEnded');
  });

  it('transfer with scope Agent: the supervisor is released and stays armed on the agent', async () => {
    const { w } = await transferredWhileMonitored('Agent', 'agent8', 'agent9');
    await viewWhere(w, (v) => v.monitoredCall === null, 'released from the call');
    expect(w.service.view().armed).toMatchObject({ scope: 'Agent', target: { userName: 'agent8' } });
  });

  it('NextCall: barges in at once by device URI on an agent already talking, and ends with that call', async () => {
    const w = await signIn();
    const callId = talking('agent4');
    const started = nextEvent(w.service, 'domain', (e: DomainEvent) => e.type === 'monitoredCallStarted');
    const agent4 = sim.seed.users.find((u) => u.userName === 'agent4')!;
    const deviceUri = `${sim.gwsUrl}/api/v2/devices/${agent4.device.id}`;
    expect((await w.service.monitor({ target: { deviceUri }, state: 'BargeIn', mode: 'NextCall' })).ok).toBe(true);
    await started;
    await established(w);
    expect(w.service.view().monitoredCall).toMatchObject({ agent: { userName: 'agent4' }, monitoring: 'BargeIn' });
    sim.scenario.release(callId);
    await viewWhere(w, (v) => v.armed === null, 'NextCall over');
    expect(w.events.at(-1)).toMatchObject({ type: 'monitoringCancelled', reason: 'next-call-completed' });
    expect(w.service.view().lost).toBeNull();
  });

  it('Cancel: disarms, says cancelled, and logs it', async () => {
    const w = await signIn();
    expect((await w.service.monitor({ target: { userId: agent(w, 'agent10').userId }, state: 'BargeIn' })).ok).toBe(true);
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent10', 'armed on agent10');
    expect(await w.service.cancelMonitoring()).toEqual({ ok: true, value: null });
    await viewWhere(w, (v) => v.armed === null, 'cancelled');
    expect(w.events.at(-1)).toMatchObject({ type: 'monitoringCancelled', reason: 'cancelled' });
    expect((await w.activity.read())[0]).toMatchObject({ operation: 'CancelSupervisorMonitoring', target: 'agent10', result: { ok: true } });
  });

  it('lost when the agent logs off, flagged with whom it was on, and re-armed in one step', async () => {
    const w = await signIn();
    expect((await w.service.monitor({ target: { userId: agent(w, 'agent11').userId }, state: 'ListenIn', scope: 'Agent', mode: 'AllCalls' })).ok).toBe(true);
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent11', 'armed on agent11');
    sim.scenario.setAgentState('agent11', 'Offline');
    await viewWhere(w, (v) => v.lost !== null, 'monitoring lost');
    expect(w.service.view().lost).toMatchObject({ state: 'ListenIn', scope: 'Agent', target: { userName: 'agent11' } });
    sim.scenario.setAgentState('agent11', 'Ready');
    expect(await w.service.rearm()).toEqual({ ok: true, value: null });
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent11' && v.lost === null, 're-armed on agent11');
    expect(w.service.view().armed).toMatchObject({ state: 'ListenIn', scope: 'Agent' });
  });

  it('resync after a reconnect: a call that started while notifications were down is alerted, the armed agent still named', async () => {
    const w = await signIn();
    expect((await w.service.monitor({ target: { userId: agent(w, 'agent12').userId }, state: 'ListenIn' })).ok).toBe(true);
    await viewWhere(w, (v) => v.armed?.target.userName === 'agent12', 'armed on agent12');
    const reconnecting = nextEvent(w.fixture.session, 'state', (s: { status: string; connection?: { kind: string } }) => s.connection?.kind === 'reconnecting');
    sim.scenario.applyFaults({ dropNotifications: true });
    await reconnecting;
    talking('agent12');
    await established(w);
    expect(w.service.view().monitoredCall).toMatchObject({ agent: { userName: 'agent12' }, customerNumber: customer });
    expect(w.service.view().armed?.target.userName).toBe('agent12');
    expect(types(w.events)).toEqual(['monitoringArmed', 'monitoredCallStarted']);
  });

  it('armed by another instance: named where GWS names the target, honestly unnamed where it does not, and cancelled from here', async () => {
    const first = await signIn();
    expect((await first.service.monitor({ target: { userId: agent(first, 'agent13').userId }, state: 'ListenIn' })).ok).toBe(true);
    await viewWhere(first, (v) => v.armed?.target.userName === 'agent13', 'armed on agent13 by the first instance');
    const second = (other = await signedInWorld(sim));
    await viewWhere(second, (v) => v.armed !== null, 'the second instance sees the subscription');
    const named = sim.variation.gwsVersion === '8.5.1' ? TARGET_NOT_REPORTED : agent(second, 'agent13').name;
    expect(second.service.view().armed?.target.name).toBe(named);
    expect(await second.service.cancelMonitoring()).toEqual({ ok: true, value: null });
    await viewWhere(second, (v) => v.armed === null, 'cancelled from the second instance');
    await viewWhere(first, (v) => v.armed === null, 'the first instance sees it gone');
  });
});
