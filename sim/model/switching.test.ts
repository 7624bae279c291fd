// On the supervisor's own leg: SwitchToBargeIn, SwitchToListenIn (no way back to Coach),
// MuteMonitoredUser and UnmuteMonitoredUser, and hanging up (docs/gws-notes.md, "Monitoring call").
import { describe, expect, it } from 'vitest';
import { ok, useSimulator, type SignedIn } from '../test-support/fixture';
import { participantNumbers, type CallMessage } from '../test-support/gws-types';

describe('switching and muting on the monitoring call', () => {
  const sim = useSimulator();

  /** supervisor1 monitors agent1 in `state`; agent1 is on a customer call; both see it. */
  async function monitoredCall(state: string): Promise<{ supervisor: SignedIn; agent: SignedIn; callId: string }> {
    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent1');
    await sim.deviceOperation(supervisor, { operationName: state, targetDeviceUri: sim.deviceUri('agent1') });
    await supervisor.notifications.nextDevice();
    const callId = await sim.talking('agent1');
    await supervisor.notifications.nextCall((m) => m.call.state === 'Established');
    await agent.notifications.nextCall((m) => m.call.supervisorListeningIn);
    return { supervisor, agent, callId };
  }
  const caps = (m: CallMessage) => m.call.capabilities;

  it('goes ListenIn → BargeIn → ListenIn, changing mute and capabilities', async () => {
    const { supervisor, agent, callId } = await monitoredCall('ListenIn');
    expect((await sim.callOperation(supervisor, callId, 'SwitchToListenIn')).body.statusCode).toBe(2);

    expect((await sim.callOperation(supervisor, callId, 'SwitchToBargeIn')).body).toEqual(ok);
    const barged = await supervisor.notifications.nextCall();
    expect(barged).toMatchObject({ notificationType: 'StatusChange', call: { state: 'Established', mute: 'Off' } });
    expect(caps(barged)).toEqual(['Hangup', 'SwitchToListenIn', 'MuteMonitoredUser']);
    // The agent now hears the supervisor: a participant.
    const seen = await agent.notifications.nextCall();
    expect(seen.notificationType).toBe('ParticipantsUpdated');
    expect(participantNumbers(seen.call)).toContain('5005');
    expect(seen.call.supervisorMonitoringState).toEqual({ state: 'BargeIn' });

    await sim.callOperation(supervisor, callId, 'SwitchToListenIn');
    const listening = await supervisor.notifications.nextCall();
    expect([listening.call.mute, caps(listening)]).toEqual(['On', ['Hangup', 'SwitchToBargeIn', 'MuteMonitoredUser']]);
    expect(participantNumbers((await agent.notifications.nextCall()).call)).not.toContain('5005');
  });

  it('never returns to Coach once left', async () => {
    const { supervisor, callId } = await monitoredCall('Coach');
    const coaching = (await supervisor.client.myCalls())[0];
    expect(coaching).toMatchObject({ mute: 'On', supervisorMonitoringState: { state: 'Coach' } });
    expect(coaching?.capabilities).toEqual(['Hangup', 'SwitchToBargeIn', 'SwitchToListenIn', 'MuteMonitoredUser']);

    await sim.callOperation(supervisor, callId, 'SwitchToListenIn');
    expect(caps(await supervisor.notifications.nextCall())).toEqual(['Hangup', 'SwitchToBargeIn', 'MuteMonitoredUser']);
    await sim.callOperation(supervisor, callId, 'SwitchToBargeIn');
    expect(caps(await supervisor.notifications.nextCall())).toEqual(['Hangup', 'SwitchToListenIn', 'MuteMonitoredUser']);
    // GWS v2 has no switch to Coach (docs/gws-notes.md, "Monitoring call"): the operation does not exist.
    const back = await sim.callOperation(supervisor, callId, 'SwitchToCoach');
    expect(back.body.statusCode).toBe(2);
  });

  it('mutes and unmutes the monitored agent', async () => {
    const { supervisor, agent, callId } = await monitoredCall('BargeIn');
    expect((await sim.callOperation(supervisor, callId, 'UnmuteMonitoredUser')).body.statusCode).toBe(2);
    expect((await sim.callOperation(supervisor, callId, 'MuteMonitoredUser')).body).toEqual(ok);
    const muted = await supervisor.notifications.nextCall();
    expect(muted).toMatchObject({ notificationType: 'MonitoredUserMutedStateChange', call: { monitoredUserMuted: true } });
    expect(caps(muted)).toEqual(['Hangup', 'SwitchToListenIn', 'UnmuteMonitoredUser']);
    expect(await agent.notifications.nextCall()).toMatchObject({
      notificationType: 'MonitoredUserMutedStateChange',
      call: { monitoredUserMuted: true },
    });
    expect((await sim.callOperation(supervisor, callId, 'MuteMonitoredUser')).body.statusCode).toBe(2);

    await sim.callOperation(supervisor, callId, 'UnmuteMonitoredUser');
    expect((await supervisor.notifications.nextCall()).call.monitoredUserMuted).toBe(false);
    expect((await agent.notifications.nextCall()).call.monitoredUserMuted).toBe(false);
  });

  it('lets the supervisor hang up alone; the agent keeps talking and monitoring stays armed', async () => {
    const { supervisor, agent, callId } = await monitoredCall('ListenIn');
    expect((await sim.callOperation(supervisor, callId, 'Hangup')).body).toEqual(ok);
    expect((await supervisor.notifications.nextCall()).call.state).toBe('Released');
    const agentLeg = await agent.notifications.nextCall();
    expect(agentLeg.call).toMatchObject({ state: 'Established', supervisorListeningIn: false });
    expect(agentLeg.call).not.toHaveProperty('supervisorMonitoringState');
    expect((await supervisor.client.myDevice()).supervisorMonitoringState?.state).toBe('ListenIn');
  });

  it('refuses supervisor call operations on an ordinary call (2) and to an agent (5)', async () => {
    const { agent, callId } = await monitoredCall('ListenIn');
    const asAgent = await sim.callOperation(agent, callId, 'SwitchToBargeIn');
    expect(asAgent.body.statusCode).toBe(5);

    const supervisor2 = await sim.signIn('supervisor2');
    await supervisor2.client.post(`/api/v2/me/devices/${supervisor2.deviceId}/calls`, {
      operationName: 'Dial',
      destination: { phoneNumber: '+14155550111' },
    });
    const dialed = await supervisor2.notifications.nextCall();
    expect((await sim.callOperation(supervisor2, dialed.call.id, 'SwitchToBargeIn')).body.statusCode).toBe(2);
  });
});
