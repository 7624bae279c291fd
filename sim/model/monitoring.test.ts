// Supervisor monitoring with the official CometD client: arming on both paths (agent idle,
// agent already talking), NextCall, Cancel, one supervisor per agent, one target per supervisor,
// and logout (docs/gws-notes.md, "Monitoring subscription", "Monitoring rules").
import { describe, expect, it } from 'vitest';
import { ok, useSimulator, type SignedIn } from '../test-support/fixture';
import { participantNumbers, type CallMessage } from '../test-support/gws-types';

const customer = '+14155550123';
const modes = [
  { state: 'ListenIn', mute: 'On', switches: ['SwitchToBargeIn'] },
  { state: 'Coach', mute: 'On', switches: ['SwitchToBargeIn', 'SwitchToListenIn'] },
  { state: 'BargeIn', mute: 'Off', switches: ['SwitchToListenIn'] },
] as const;

const isLeg = (state: string) => (m: CallMessage) => m.call.state === state;

describe('supervisor monitoring', () => {
  const sim = useSimulator();
  const monitor = (who: SignedIn, operationName: string, params: Record<string, unknown> = {}) =>
    sim.deviceOperation(who, { operationName, targetDeviceUri: sim.deviceUri('agent1'), ...params });

  it('answers the seed page’s BargeIn sample with statusCode 0 and the monitoring state', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const targetDeviceUri = sim.deviceUri('agent1');
    const res = await supervisor.client.post(`/api/v2/me/devices/${supervisor.deviceId}`, {
      operationName: 'BargeIn',
      targetDeviceUri,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ statusCode: 0 });
    const device = await supervisor.notifications.nextDevice();
    expect(device.supervisorMonitoringState).toEqual({ state: 'BargeIn', mode: 'AllCalls', scope: 'Call', targetDeviceUri });
    expect(device.capabilities).toEqual(['DoNotDisturbOn', 'ListenIn', 'Coach', 'BargeIn', 'CancelSupervisorMonitoring']);
    expect(device.id).toBe(supervisor.deviceId);
  });

  it.each(modes)('$state on an idle agent joins the next call, muted $mute', async ({ state, mute, switches }) => {
    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent1');
    expect((await monitor(supervisor, state)).body).toEqual(ok);
    expect((await supervisor.notifications.nextDevice()).supervisorMonitoringState?.state).toBe(state);
    expect(await supervisor.client.myCalls()).toEqual([]);

    const callId = await sim.talking('agent1');
    const { call, phoneNumber, notificationType } = await supervisor.notifications.nextCall();
    expect([phoneNumber, notificationType]).toEqual(['5005', 'StatusChange']);
    expect(call).toMatchObject({
      id: callId,
      state: 'Established',
      mute,
      monitoring: true,
      monitoredUserMuted: false,
      supervisorMonitoringState: { state },
      deviceUri: sim.deviceUri('supervisor1'),
    });
    expect(participantNumbers(call)).toEqual(['7001', customer]);
    expect(call.capabilities).toEqual(['Hangup', ...switches, 'MuteMonitoredUser']);

    // The agent's leg shows the supervisor; an audible one (Coach, BargeIn) as a participant.
    const agentLeg = await agent.notifications.nextCall((m) => m.call.supervisorListeningIn);
    expect(agentLeg.call.supervisorMonitoringState).toEqual({ state });
    expect(participantNumbers(agentLeg.call)).toEqual(state === 'ListenIn' ? [customer] : ['5005', customer]);

    await sim.sim('POST', `/sim/calls/${callId}/release`);
    expect((await supervisor.notifications.nextCall()).call.state).toBe('Released');
    expect((await agent.notifications.nextCall(isLeg('Released'))).call.id).toBe(callId);
    // AllCalls: still armed for the agent's next call.
    expect((await supervisor.client.myDevice()).supervisorMonitoringState?.state).toBe(state);
    await sim.talking('agent1');
    expect((await supervisor.notifications.nextCall()).call.state).toBe('Established');
  });

  it.each(modes)('$state on an agent already talking: only BargeIn joins at once (intrusion on)', async ({ state }) => {
    const supervisor = await sim.signIn('supervisor1');
    const current = await sim.talking('agent1');
    expect((await monitor(supervisor, state)).body).toEqual(ok);
    await supervisor.notifications.nextDevice();
    if (state === 'BargeIn') {
      const { call } = await supervisor.notifications.nextCall();
      expect(call).toMatchObject({ id: current, state: 'Established', mute: 'Off' });
      return;
    }
    expect(await supervisor.client.myCalls()).toEqual([]);
    await sim.sim('POST', `/sim/calls/${current}/release`);
    const next = await sim.talking('agent1');
    expect((await supervisor.notifications.nextCall()).call).toMatchObject({ id: next, state: 'Established' });
  });

  it('NextCall monitors one call, then drops supervisorMonitoringState', async () => {
    const supervisor = await sim.signIn('supervisor1');
    await monitor(supervisor, 'ListenIn', { supervisorMonitoringMode: 'NextCall' });
    expect((await supervisor.notifications.nextDevice()).supervisorMonitoringState?.mode).toBe('NextCall');
    const callId = await sim.talking('agent1');
    await supervisor.notifications.nextCall(isLeg('Established'));
    await sim.sim('POST', `/sim/calls/${callId}/release`);
    await supervisor.notifications.nextCall(isLeg('Released'));
    const device = await supervisor.notifications.nextDevice();
    expect(device).not.toHaveProperty('supervisorMonitoringState');
    expect(device.capabilities).not.toContain('CancelSupervisorMonitoring');

    await sim.talking('agent1');
    expect(await supervisor.client.myCalls()).toEqual([]);
  });

  it('CancelSupervisorMonitoring disarms, takes the supervisor off the call, and is refused when not armed', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const cancel = () => sim.deviceOperation(supervisor, { operationName: 'CancelSupervisorMonitoring' });
    expect((await cancel()).body.statusCode).toBe(2);

    await monitor(supervisor, 'BargeIn');
    await supervisor.notifications.nextDevice();
    await sim.talking('agent1');
    await supervisor.notifications.nextCall(isLeg('Established'));

    expect((await cancel()).body).toEqual(ok);
    const device = await supervisor.notifications.nextDevice();
    expect(device).not.toHaveProperty('supervisorMonitoringState');
    expect(device.capabilities).toEqual(['DoNotDisturbOn', 'ListenIn', 'Coach', 'BargeIn']);
    expect((await supervisor.notifications.nextCall()).call.state).toBe('Released');
    expect((await cancel()).body.statusCode).toBe(2);
  });

  it('allows one supervisor per agent: a second one gets statusCode 3 until the first cancels', async () => {
    const first = await sim.signIn('supervisor1');
    const second = await sim.signIn('supervisor2');
    expect((await monitor(first, 'ListenIn')).body).toEqual(ok);
    const refused = await monitor(second, 'BargeIn');
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ statusCode: 3, statusMessage: expect.stringContaining('7001') as unknown });
    expect((await second.client.myDevice()).supervisorMonitoringState).toBeUndefined();

    // The same supervisor may re-arm its own target.
    expect((await monitor(first, 'Coach')).body).toEqual(ok);
    await sim.deviceOperation(first, { operationName: 'CancelSupervisorMonitoring' });
    expect((await monitor(second, 'BargeIn')).body).toEqual(ok);
  });

  it('allows one target per supervisor: a new target replaces the old one and its call', async () => {
    const supervisor = await sim.signIn('supervisor1');
    await monitor(supervisor, 'BargeIn');
    await sim.talking('agent1');
    await supervisor.notifications.nextCall(isLeg('Established'));

    expect((await monitor(supervisor, 'ListenIn', { targetDeviceUri: sim.deviceUri('agent2') })).body).toEqual(ok);
    await supervisor.notifications.nextCall(isLeg('Released'));
    expect((await supervisor.client.myDevice()).supervisorMonitoringState?.targetDeviceUri).toBe(sim.deviceUri('agent2'));
    const other = await sim.signIn('supervisor2');
    expect((await monitor(other, 'ListenIn')).body).toEqual(ok);
  });

  it('targets a device by phoneNumber, and refuses disagreeing targets', async () => {
    const supervisor = await sim.signIn('supervisor1');
    expect((await sim.deviceOperation(supervisor, { operationName: 'Coach', phoneNumber: '7003' })).body).toEqual(ok);
    expect((await supervisor.notifications.nextDevice()).supervisorMonitoringState?.targetDeviceUri).toBe(sim.deviceUri('agent3'));
    const both = await monitor(supervisor, 'Coach', { phoneNumber: '7004' });
    expect(both.body.statusCode).toBe(2);
  });

  it('ends monitoring when the agent or the supervisor logs out', async () => {
    const supervisor = await sim.signIn('supervisor1');
    await monitor(supervisor, 'ListenIn');
    await supervisor.notifications.nextDevice();
    await sim.sim('POST', '/sim/agents/agent1/state', { state: 'Offline' });
    expect(await supervisor.notifications.nextDevice()).not.toHaveProperty('supervisorMonitoringState');

    await sim.sim('POST', '/sim/agents/agent1/state', { state: 'Ready' });
    await monitor(supervisor, 'ListenIn');
    await supervisor.notifications.nextDevice((d) => d.supervisorMonitoringState !== undefined);
    await supervisor.client.post('/api/v2/me/channels/voice', { operationName: 'Offline' });
    const loggedOut = await supervisor.notifications.nextDevice();
    expect(loggedOut.userState?.state).toBe('LoggedOut');
    expect(loggedOut).not.toHaveProperty('supervisorMonitoringState');
    expect(loggedOut.capabilities).toEqual(['DoNotDisturbOn']);
  });

  it('monitors a routing point: the next call through it, once an agent answers', async () => {
    const supervisor = await sim.signIn('supervisor1');
    expect((await sim.deviceOperation(supervisor, { operationName: 'ListenIn', phoneNumber: '8001' })).body).toEqual(ok);
    const device = await supervisor.notifications.nextDevice();
    expect(device.supervisorMonitoringState?.targetDeviceUri).toMatch(/\/api\/v2\/devices\/[0-9a-f-]{36}$/);
    const callId = await sim.talking('agent5', { via: '8001' });
    const { call } = await supervisor.notifications.nextCall();
    expect(call).toMatchObject({ id: callId, dnis: '8001', state: 'Established' });
    expect(participantNumbers(call)).toEqual(['7005', customer]);
    const agentScope = await sim.deviceOperation(supervisor, {
      operationName: 'ListenIn',
      phoneNumber: '8002',
      supervisorMonitoringScope: 'Agent',
    });
    expect(agentScope.body.statusCode).toBe(2);
  });
});

describe.each([
  { intrusion: 'off', state: 'BargeIn', joinsAtOnce: false },
  { intrusion: 'all', state: 'ListenIn', joinsAtOnce: true },
] as const)('intrusion $intrusion', ({ intrusion, state, joinsAtOnce }) => {
  const sim = useSimulator({ intrusion });

  it(`${state} on an agent already talking ${joinsAtOnce ? 'joins at once' : 'waits for the next call'}`, async () => {
    const supervisor = await sim.signIn('supervisor1');
    const current = await sim.talking('agent1');
    await sim.deviceOperation(supervisor, { operationName: state, targetDeviceUri: sim.deviceUri('agent1') });
    await supervisor.notifications.nextDevice();
    if (!joinsAtOnce) {
      expect(await supervisor.client.myCalls()).toEqual([]);
      await sim.sim('POST', `/sim/calls/${current}/release`);
    }
    const expected = joinsAtOnce ? current : await sim.talking('agent1');
    expect((await supervisor.notifications.nextCall()).call).toMatchObject({ id: expected, state: 'Established' });
  });
});

describe('cancel keeps the call (--cancel-releases-call off)', () => {
  const sim = useSimulator({ cancelReleasesCall: false });

  it('disarms but leaves the supervisor on the call', async () => {
    const supervisor = await sim.signIn('supervisor1');
    await sim.deviceOperation(supervisor, { operationName: 'BargeIn', targetDeviceUri: sim.deviceUri('agent1') });
    await sim.talking('agent1');
    await supervisor.notifications.nextCall(isLeg('Established'));
    await sim.deviceOperation(supervisor, { operationName: 'CancelSupervisorMonitoring' });
    await supervisor.notifications.nextDevice((d) => d.supervisorMonitoringState === undefined);
    expect((await supervisor.client.myCalls()).map((c) => c.state)).toEqual(['Established']);
  });
});

describe('monitoring call rings first (--monitoring-call ringing)', () => {
  const sim = useSimulator({ monitoringCall: 'ringing' });

  it('delivers the supervisor’s leg Ringing with Answer, then Established', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent1');
    await sim.deviceOperation(supervisor, { operationName: 'Coach', targetDeviceUri: sim.deviceUri('agent1') });
    const callId = await sim.talking('agent1');
    const ringing = await supervisor.notifications.nextCall();
    expect(ringing.call).toMatchObject({ id: callId, state: 'Ringing', capabilities: ['Answer', 'Hangup'] });
    expect((await agent.client.myCalls())[0]?.supervisorListeningIn).toBe(false);

    expect((await sim.callOperation(supervisor, callId, 'Answer')).body).toEqual(ok);
    expect((await supervisor.notifications.nextCall()).call).toMatchObject({ state: 'Established', mute: 'On' });
    expect((await agent.notifications.nextCall((m) => m.call.supervisorListeningIn)).notificationType).toBe('ParticipantsUpdated');
  });
});

describe('SIP Cluster (--sip-cluster)', () => {
  const sim = useSimulator({ sipCluster: true });

  it('refuses routing-point monitoring (3) and scope Agent (2), accepts scope Call', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const routingPoint = await sim.deviceOperation(supervisor, { operationName: 'ListenIn', phoneNumber: '8001' });
    expect(routingPoint.body.statusCode).toBe(3);
    const agentScope = await sim.deviceOperation(supervisor, {
      operationName: 'ListenIn',
      targetDeviceUri: sim.deviceUri('agent1'),
      supervisorMonitoringScope: 'Agent',
    });
    expect(agentScope.body.statusCode).toBe(2);
    const callScope = await sim.deviceOperation(supervisor, {
      operationName: 'ListenIn',
      targetDeviceUri: sim.deviceUri('agent1'),
      supervisorMonitoringScope: 'Call',
    });
    expect(callScope.body).toEqual(ok);
  });
});
