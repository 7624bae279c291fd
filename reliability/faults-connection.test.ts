// Faults of the connection, against the simulator over real HTTP and CometD, driving the app's
// core as main/index.ts composes it: each test checks what the supervisor sees (session view,
// supervisor view, notices) and that no alert or state is lost on the way.
import { describe, expect, it } from 'vitest';
import '../test-support/no-unhandled-rejections';
import { including, matching } from '../test-support/matchers';
import { afterTest, testSimulator } from './test-support/after-test';
import { connectionKind, faultWorld, type FaultWorld } from './test-support/fault-world';
import { cuttableProxy, type CuttableProxy } from './test-support/fault-tcp-proxy';
import { startSimProcess, type SimProcess } from './test-support/fault-sim-process';

/** Signs in as supervisor1 and arms ListenIn, all calls, on agent3. */
async function armedOnAgent3(w: FaultWorld, serverUrl: string): Promise<void> {
  const signedIn = await w.core.signIn({ serverUrl, userName: 'supervisor1', password: 'demo123', remember: false });
  expect(signedIn.ok).toBe(true);
  await w.viewWhere((v) => v.team.some((m) => m.userName === 'agent3'), 'the team');
  const agent3 = w.supervisor().team.find((m) => m.userName === 'agent3');
  expect(await w.core.supervisor.monitor({ target: { userId: agent3?.userId ?? '' }, state: 'ListenIn', mode: 'AllCalls', scope: 'Call' })).toEqual({
    ok: true,
    value: null,
  });
  await w.viewWhere((v) => v.armed?.target.userName === 'agent3', 'armed on agent3');
}

const liveCall = (w: FaultWorld) => {
  const call = w.supervisor().monitoredCall;
  return (
    call && {
      callId: call.callId,
      callState: call.callState,
      agent: call.agent.userName,
      customer: call.customerNumber,
      monitoring: call.monitoring,
      agentMuted: call.agentMuted,
      actions: call.actions,
    }
  );
};

describe('faults of the connection', () => {
  it('CometD dropped mid-call: reconnected within 5 s (production pacing), the live call card still right, a change made meanwhile not lost', async () => {
    const sim = await testSimulator();
    // No timing overrides: the production reconnect policy (1 s base, 30 s cap).
    const w = await faultWorld({});
    await armedOnAgent3(w, sim.url);
    const { callId } = sim.scenario.ringAgent({ to: 'agent3', from: '+19165550104' });
    sim.scenario.answer(callId);
    await w.viewWhere((v) => v.monitoredCall?.callState === 'Established', 'the monitored call');
    const before = liveCall(w);
    expect(before).toMatchObject({ callId, agent: 'agent3', customer: '+19165550104', monitoring: 'ListenIn', agentMuted: false });
    const snapshots = () => sim.scenario.requests().filter((r) => r.method === 'GET' && r.path.startsWith('/api/v2/me?')).length;
    const resyncsBefore = snapshots();

    // Measured from the drop itself. The production policy's worst case fits with margin: the
    // simulator answers the held connect at once, the client's next connect learns it is unknown,
    // then one backoff (1 s base, equal jitter: 0.5-1 s), a handshake, subscriptions, the snapshot.
    const dropped = Date.now();
    sim.scenario.applyFaults({ dropNotifications: true });
    // The agent is muted while the app has no CometD client: the message of it goes nowhere.
    expect((await w.core.supervisor.muteAgent()).ok).toBe(true);
    // Waited for past the bound, so that a slow reconnect fails with its measured time, not a timeout.
    await w.viewWhere(
      () => snapshots() > resyncsBefore && w.supervisor().monitoredCall?.agentMuted === true && connectionKind(w.core.sessionView()) === 'connected',
      'the resync after the re-handshake',
      15_000,
    );
    const reconnectedMs = Date.now() - dropped;
    console.log(`CometD dropped: connected and resynced again after ${reconnectedMs} ms`);
    expect(reconnectedMs, 'reconnected and resynced after the drop (ms)').toBeLessThan(5_000);
    expect(liveCall(w)).toEqual({ ...before, agentMuted: true, actions: including(['bargeIn', 'unmuteAgent', 'leave']) });
    expect(w.events.filter((e) => e.type === 'monitoredCallStarted')).toHaveLength(1);

    // Notifications flow again: the end of the call reaches the card.
    sim.scenario.release(callId);
    await w.viewWhere((v) => v.monitoredCall === null, 'the call ended');
    expect(w.notices.at(-1)?.message).toBe('The monitored call has ended.');
    expect(w.supervisor().armed?.target.userName).toBe('agent3');
  });

  it('a monitored call that starts while the network is down is alerted after the reconnect', async () => {
    const sim = await testSimulator();
    const proxy: CuttableProxy = await cuttableProxy(Number(new URL(sim.url).port));
    afterTest(() => proxy.close());
    const w = await faultWorld();
    await armedOnAgent3(w, proxy.url);

    const cutAt = w.views.length;
    await proxy.cut();
    await w.sessionWhere((v) => connectionKind(v) === 'reconnecting' || connectionKind(v) === 'offline', 'the connection lost', cutAt);
    const { callId } = sim.scenario.ringAgent({ to: 'agent3', from: '+19165550177' });
    sim.scenario.answer(callId);
    // The simulator has given the supervisor a leg; the app cannot know yet.
    expect((sim.scenario.state() as { monitoring: { callId?: string }[] }).monitoring[0]?.callId).toBe(callId);
    expect(w.supervisor().monitoredCall).toBeNull();

    const restoredAt = w.views.length;
    await proxy.restore();
    await w.sessionWhere((v) => connectionKind(v) === 'connected', 'reconnected', restoredAt);
    await w.viewWhere((v) => v.monitoredCall?.callId === callId, 'the call made meanwhile');
    expect(liveCall(w)).toMatchObject({ callState: 'Established', agent: 'agent3', customer: '+19165550177', monitoring: 'ListenIn' });
    expect(w.events).toContainEqual({ type: 'monitoredCallStarted', callId });
    expect(w.notices).toContainEqual({ kind: 'alert', message: matching(/ is on a call with \+19165550177: you are listening\.$/) });
    expect(w.supervisor().armed?.target.userName).toBe('agent3');
  });

  it('the simulator process killed and restarted on the same port: signs in again by itself, flags the monitoring lost, re-arms in one step', async () => {
    const first: SimProcess = await startSimProcess();
    let current = first;
    afterTest(() => current.kill());
    const w = await faultWorld();
    await armedOnAgent3(w, first.url);

    const killedAt = w.views.length;
    await first.kill();
    await w.sessionWhere((v) => connectionKind(v) === 'reconnecting' || connectionKind(v) === 'offline', 'the connection lost', killedAt);
    current = await startSimProcess(first.port);

    // The new server knows no session, no CometD client and no monitoring.
    await w.viewWhere((v) => v.lost !== null, 'the monitoring flagged lost', 20_000);
    expect(w.core.sessionView()).toMatchObject({ status: 'signed-in', userName: 'supervisor1' });
    expect(connectionKind(w.core.sessionView())).toBe('connected');
    expect(w.supervisor()).toMatchObject({ armed: null, lost: { state: 'ListenIn', mode: 'AllCalls', scope: 'Call', target: { userName: 'agent3' } } });
    expect(w.notices).toContainEqual({ kind: 'alert', message: matching(/^Monitoring of .+ was lost\. Re-arm it to go on monitoring\.$/) });

    expect((await w.core.supervisor.rearm()).ok).toBe(true);
    await w.viewWhere((v) => v.armed?.target.userName === 'agent3' && v.lost === null, 're-armed');
    const { callId } = await current.sim<{ callId: string }>('POST', '/sim/calls', { to: 'agent3', from: '+19165550188' });
    await current.sim('POST', `/sim/calls/${callId}/answer`);
    await w.viewWhere((v) => v.monitoredCall?.callId === callId, 'the next call, monitored');
    expect(w.views.some((entry) => entry.view.status === 'signed-out')).toBe(false);
  });

  it('sessions expired: signed in again silently, the subscription kept, and an action right after succeeds', async () => {
    const sim = await testSimulator();
    const w = await faultWorld();
    await armedOnAgent3(w, sim.url);
    const expiredAt = w.views.length;
    const meWithBasic = () => sim.scenario.requests().filter((r) => r.method === 'GET' && r.path === '/api/v2/me').length;
    const signIns = meWithBasic();

    sim.scenario.applyFaults({ expireSessions: true });
    // An operation on the dead session: renewed and sent again, invisibly.
    expect((await w.core.supervisor.monitor({ target: { phoneNumber: '7004' }, state: 'Coach' })).ok).toBe(true);
    await w.viewWhere((v) => v.armed?.state === 'Coach' && v.armed.target.userName === 'agent4', 'coaching agent4');
    expect(meWithBasic()).toBeGreaterThan(signIns);

    const { callId } = sim.scenario.ringAgent({ to: 'agent4', from: '+19165550199' });
    sim.scenario.answer(callId);
    await w.viewWhere((v) => v.monitoredCall?.callId === callId, 'the call after the expiry');
    expect(w.views.slice(expiredAt).map((entry) => entry.view.status)).not.toContain('signed-out');
    expect(w.core.sessionView()).toMatchObject({ status: 'signed-in', connection: { kind: 'connected' } });
  });
});
