// The contact center session, agent states and basic call control (docs/gws-notes.md,
// "Signing in", "Agent states", "Calls"), checked through REST answers and the CometD messages
// that follow them.
import { describe, expect, it } from 'vitest';
import { ok, useSimulator } from '../test-support/fixture';
import { participantNumbers } from '../test-support/gws-types';
import { agentStates } from './agent-states';

describe('contact center session and agent state', () => {
  const sim = useSimulator();

  it('StartContactCenterSession logs a supervisor in and offers the monitoring operations', async () => {
    const client = sim.client('supervisor1');
    await client.signIn();
    const before = await client.myDevice();
    expect(before.userState).toEqual(agentStates.Offline);
    expect(before.capabilities).toEqual(['DoNotDisturbOn']);

    const notifications = await sim.listen(client);
    const start = await client.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['voice'] });
    expect(start.body).toEqual(ok);
    const device = await notifications.nextDevice();
    expect(device.userState).toEqual(agentStates.NotReady);
    expect(device.capabilities).toEqual(['DoNotDisturbOn', 'ListenIn', 'Coach', 'BargeIn']);
    expect(device).not.toHaveProperty('supervisorMonitoringState');
  });

  it('reports partial success for an unavailable channel next to voice, and failure for it alone', async () => {
    const client = sim.client('supervisor2');
    await client.signIn();
    const alone = await client.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['chat'] });
    expect(alone.body.statusCode).toBe(2);
    expect((await client.myDevice()).userState?.state).toBe('LoggedOut');

    const both = await client.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['voice', 'chat'] });
    expect(both.body).toMatchObject({
      statusCode: 7,
      channels: [
        { channel: 'voice', statusCode: 0 },
        { channel: 'chat', statusCode: 2 },
      ],
    });
    expect((await client.myDevice()).userState?.state).toBe('NotReady');
  });

  it('sets each voice agent state and confirms it with a DeviceStateChangeMessage', async () => {
    const { client, notifications } = await sim.signIn('agent1');
    const set = async (operationName: string, extra: Record<string, unknown> = {}) => {
      expect((await client.post('/api/v2/me/channels/voice', { operationName, ...extra })).body).toEqual(ok);
      return (await notifications.nextDevice()).userState;
    };
    expect(await set('Ready', { workmode: 'ManualIn' })).toEqual({ ...agentStates.Ready, workMode: 'ManualIn' });
    expect(await set('NotReady')).toEqual(agentStates.NotReady);
    expect(await set('AfterCallWork')).toEqual(agentStates.AfterCallWork);
    expect(await set('AuxWork')).toEqual(agentStates.AuxWork);
    expect(await set('Offline')).toEqual({ ...agentStates.Offline, state: 'LoggedOut' });
    expect(await set('Ready')).toEqual(agentStates.Ready);
  });

  it('turns do-not-disturb on and off as the capabilities allow', async () => {
    const { client, deviceId, notifications } = await sim.signIn('agent2');
    const post = (operationName: string) => client.post(`/api/v2/me/devices/${deviceId}`, { operationName });
    expect((await post('DoNotDisturbOff')).body.statusCode).toBe(2);
    expect((await post('DoNotDisturbOn')).body).toEqual(ok);
    const on = await notifications.nextDevice();
    expect([on.doNotDisturb, on.capabilities[0]]).toEqual(['On', 'DoNotDisturbOff']);
    expect((await post('DoNotDisturbOff')).body).toEqual(ok);
    expect((await notifications.nextDevice()).doNotDisturb).toBe('Off');
  });
});

describe('call control', () => {
  const sim = useSimulator();

  it('dials an agent: Dialing and Ringing, then both Established when the agent answers', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent2');
    const dial = await supervisor.client.post(`/api/v2/me/devices/${supervisor.deviceId}/calls`, {
      operationName: 'Dial',
      destination: { phoneNumber: '7002' },
    });
    expect(dial.body).toEqual(ok);
    const dialing = await supervisor.notifications.nextCall();
    expect(dialing).toMatchObject({ notificationType: 'StatusChange', phoneNumber: '5005' });
    expect(dialing.call).toMatchObject({ state: 'Dialing', callType: 'Internal', capabilities: ['Hangup'] });
    expect(participantNumbers(dialing.call)).toEqual(['7002']);

    const ringing = await agent.notifications.nextCall();
    expect(ringing.call).toMatchObject({ id: dialing.call.id, state: 'Ringing', ani: '5005' });
    expect((await sim.callOperation(agent, ringing.call.id, 'Answer')).body).toEqual(ok);
    expect((await agent.notifications.nextCall()).call.state).toBe('Established');
    expect((await supervisor.notifications.nextCall()).call).toMatchObject({
      state: 'Established',
      capabilities: ['Hangup', 'Hold', 'SingleStepTransfer'],
      mute: 'Off',
    });
  });

  it('dials out, holds, retrieves and hangs up', async () => {
    const me = await sim.signIn('agent3');
    await me.client.post(`/api/v2/me/devices/${me.deviceId}/calls`, {
      operationName: 'Dial',
      destination: { phoneNumber: '+14155550199' },
      userData: { AccountNumber: '12345678' },
    });
    const { call } = await me.notifications.nextCall((m) => m.call.state === 'Dialing');
    expect(call).toMatchObject({ callType: 'Outbound', dnis: '+14155550199', userData: { AccountNumber: '12345678' } });
    expect((await sim.callOperation(me, call.id, 'Hold')).body.statusCode).toBe(2);

    expect((await sim.sim('POST', `/sim/calls/${call.id}/answer`)).status).toBe(200);
    expect((await me.notifications.nextCall()).call.state).toBe('Established');
    await sim.callOperation(me, call.id, 'Hold');
    expect((await me.notifications.nextCall()).call).toMatchObject({ state: 'Held', capabilities: ['Retrieve', 'Hangup'] });
    await sim.callOperation(me, call.id, 'Retrieve');
    expect((await me.notifications.nextCall()).call.state).toBe('Established');
    await sim.callOperation(me, call.id, 'Hangup');
    expect((await me.notifications.nextCall()).call).toMatchObject({ state: 'Released', capabilities: [] });
    expect(await me.client.myCalls()).toEqual([]);
  });

  it('lets an agent answer and single-step transfer a customer call', async () => {
    const agent4 = await sim.signIn('agent4');
    const agent5 = await sim.signIn('agent5');
    const callId = await sim.ring('agent4');
    await agent4.notifications.nextCall((m) => m.call.state === 'Ringing');
    await sim.callOperation(agent4, callId, 'Answer');
    expect((await agent4.notifications.nextCall()).call.state).toBe('Established');

    const transfer = await sim.callOperation(agent4, callId, 'SingleStepTransfer', { destination: { phoneNumber: '7005' } });
    expect(transfer.body).toEqual(ok);
    expect((await agent5.notifications.nextCall()).call).toMatchObject({ id: callId, state: 'Ringing', ani: '+14155550123' });
    expect((await agent4.notifications.nextCall()).call.state).toBe('Released');
    expect(await agent4.client.myCalls()).toEqual([]);
  });
});
