// Scope on transfer (docs/gws-notes.md, "Monitoring rules"): Agent releases the supervisor when
// the monitored agent transfers; Call keeps the supervisor on the call with the new agent.
import { describe, expect, it } from 'vitest';
import { useSimulator } from '../test-support/fixture';
import { participantNumbers, type CallMessage } from '../test-support/gws-types';

const customer = '+14155550123';
const inState = (state: string) => (m: CallMessage) => m.call.state === state;

describe('monitoring scope on transfer', () => {
  const sim = useSimulator();

  async function monitoredTransfer(scope: 'Agent' | 'Call') {
    const supervisor = await sim.signIn('supervisor1');
    const agent2 = await sim.signIn('agent2');
    await sim.deviceOperation(supervisor, {
      operationName: 'ListenIn',
      targetDeviceUri: sim.deviceUri('agent1'),
      supervisorMonitoringScope: scope,
    });
    expect((await supervisor.notifications.nextDevice()).supervisorMonitoringState?.scope).toBe(scope);
    const callId = await sim.talking('agent1');
    await supervisor.notifications.nextCall(inState('Established'));
    expect((await sim.sim('POST', `/sim/calls/${callId}/transfer`, { to: 'agent2' })).status).toBe(200);
    await agent2.notifications.nextCall(inState('Ringing'));
    return { supervisor, agent2, callId };
  }

  it('scope Agent releases the supervisor when the agent transfers', async () => {
    const { supervisor, agent2, callId } = await monitoredTransfer('Agent');
    expect((await supervisor.notifications.nextCall()).call).toMatchObject({ id: callId, state: 'Released' });
    await sim.sim('POST', `/sim/calls/${callId}/answer`);
    const answered = await agent2.notifications.nextCall(inState('Established'));
    expect(answered.call.supervisorListeningIn).toBe(false);
    expect(await supervisor.client.myCalls()).toEqual([]);
    // Still armed on agent1 (AllCalls).
    expect((await supervisor.client.myDevice()).supervisorMonitoringState?.targetDeviceUri).toBe(sim.deviceUri('agent1'));
  });

  it('scope Call keeps the supervisor on the call with the new agent', async () => {
    const { supervisor, agent2, callId } = await monitoredTransfer('Call');
    const moved = await supervisor.notifications.nextCall();
    expect(moved.notificationType).toBe('ParticipantsUpdated');
    expect(moved.call.state).toBe('Established');
    expect(participantNumbers(moved.call)).toEqual(['7002', customer]);

    await sim.sim('POST', `/sim/calls/${callId}/answer`);
    const answered = await agent2.notifications.nextCall(inState('Established'));
    expect(answered.call).toMatchObject({ supervisorListeningIn: true, supervisorMonitoringState: { state: 'ListenIn' } });
    expect((await supervisor.client.myCalls()).map((c) => c.state)).toEqual(['Established']);
    expect((await supervisor.client.myDevice()).supervisorMonitoringState?.targetDeviceUri).toBe(sim.deviceUri('agent1'));

    // When the call ends, every leg goes Released.
    await sim.sim('POST', `/sim/calls/${callId}/release`);
    expect((await supervisor.notifications.nextCall()).call.state).toBe('Released');
    expect((await agent2.notifications.nextCall()).call.state).toBe('Released');
  });

  it('on an internal call, monitors the target (not the caller) and tells the other party who is left', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const agent1 = await sim.signIn('agent1');
    const agent2 = await sim.signIn('agent2');
    await sim.deviceOperation(supervisor, { operationName: 'ListenIn', targetDeviceUri: sim.deviceUri('agent2') });
    await agent1.client.post(`/api/v2/me/devices/${agent1.deviceId}/calls`, {
      operationName: 'Dial',
      destination: { phoneNumber: '7002' },
    });
    const { call } = await agent2.notifications.nextCall(inState('Ringing'));
    await sim.callOperation(agent2, call.id, 'Answer');
    await supervisor.notifications.nextCall(inState('Established'));
    const monitored = async () => {
      const state = await sim.sim<{ calls: { parties: { supervision?: { monitored: { userName: string } } }[] }[] }>('GET', '/sim/state');
      return state.body.calls[0]?.parties.find((p) => p.supervision)?.supervision?.monitored.userName;
    };
    expect(await monitored()).toBe('agent2');

    await sim.callOperation(agent2, call.id, 'SingleStepTransfer', { destination: { phoneNumber: '7003' } });
    const left = await agent1.notifications.nextCall((m) => m.notificationType === 'ParticipantsUpdated');
    expect(participantNumbers(left.call)).toEqual(['7003']);
    expect(await monitored()).toBe('agent2');
  });
});
