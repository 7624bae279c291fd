// Supervisor Agent State Control (GWS 8.5.2 API): POST /api/v2/users/{userId}/channels/{channelId}
// with Ready, NotReady or Offline, the feature on and off, each refusal, the agent's
// ChannelStateChangeMessageV2 and the user's state when read again.
import { describe, expect, it } from 'vitest';
import { useSimulator, type SignedIn } from '../test-support/fixture';
import type { GwsClient } from '../test-support/gws-client';
import type { ChannelMessage, Notification } from '../test-support/gws-types';

const feature = 'api-supervisor-agent-control';
const isChannelMessage = (d: Notification): d is ChannelMessage => d.messageType === 'ChannelStateChangeMessageV2';

type Sim = ReturnType<typeof useSimulator>;

const userId = (sim: Sim, userName: string) => {
  const user = sim.simulator.seed.users.find((u) => u.userName === userName);
  if (!user) throw new Error(`no ${userName}`);
  return user.id;
};
const control = (sim: Sim, client: GwsClient, userName: string, operationName: string, channel = 'voice') =>
  client.post(`/api/v2/users/${userId(sim, userName)}/channels/${channel}`, { operationName });
/** The user read again, as the app will: GET /api/v2/users/{id}?subresources=* (its device's userState). */
const stateOf = async (sim: Sim, client: GwsClient, userName: string) =>
  (await client.get(`/api/v2/users/${userId(sim, userName)}?subresources=*`)).body.user?.devices?.[0]?.userState;
const featureIds = async (client: GwsClient) => ((await client.get('/api/v2/features?fields=*')).body.features ?? []).map((f) => f.id);

describe('supervisor agent state control, feature on (the default)', () => {
  const sim = useSimulator();
  const supervisor = async (): Promise<SignedIn> => sim.signIn('supervisor1');

  it('lists the feature in GET /api/v2/features', async () => {
    const { client } = await supervisor();
    expect(await featureIds(client)).toContain(feature);
  });

  it('NotReady answers the sample’s {"statusCode":"0"}, tells the agent on /v2/me/channels, and the user reads NotReady', async () => {
    const { client } = await supervisor();
    const agent = await sim.signIn('agent1');
    expect(await stateOf(sim, client, 'agent1')).toMatchObject({ state: 'Ready' });

    const res = await control(sim, client, 'agent1', 'NotReady');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ statusCode: '0' });

    // The agent's device says so, as after any change of agent state, and then the channel.
    expect((await agent.notifications.nextDevice()).userState?.state).toBe('NotReady');
    const message = await agent.notifications.next(isChannelMessage);
    expect(message.channels).toEqual([
      {
        channel: 'voice',
        dndState: 'Off',
        userState: { id: '900D55CC-2BB0-431F-8BF9-D3525B383BE6', displayName: 'Not Ready', state: 'NotReady' },
      },
    ]);
    expect(agent.notifications.messages.find((m) => m.data === message)?.channel).toBe('/v2/me/channels');
    expect(await stateOf(sim, client, 'agent1')).toMatchObject({ state: 'NotReady' });

    expect((await control(sim, client, 'agent1', 'Ready')).body).toEqual({ statusCode: '0' });
    expect((await agent.notifications.next(isChannelMessage)).channels[0]?.userState.state).toBe('Ready');
    expect(await stateOf(sim, client, 'agent1')).toMatchObject({ state: 'Ready' });
  });

  it('Offline logs the agent out: the message has no dndState, as in the sample, and the user reads LoggedOut', async () => {
    const { client } = await supervisor();
    const agent = await sim.signIn('agent2');
    expect((await control(sim, client, 'agent2', 'Offline')).body).toEqual({ statusCode: '0' });
    expect((await agent.notifications.next(isChannelMessage)).channels).toEqual([
      { channel: 'voice', userState: { id: '0F7F5003-EF26-4D13-A6Ef-D0C7EC819BEB', displayName: 'Offline', state: 'LoggedOut' } },
    ]);
    expect(await stateOf(sim, client, 'agent2')).toMatchObject({ state: 'LoggedOut' });
  });

  it('refuses a user without the supervisor role with statusCode 5, and changes nothing', async () => {
    const { client } = await sim.signIn('agent3');
    const res = await control(sim, client, 'agent4', 'NotReady');
    expect([res.status, res.body.statusCode]).toEqual([200, 5]);
    expect(res.body.statusMessage).toMatch(/permission/);
    expect(await stateOf(sim, client, 'agent4')).toMatchObject({ state: 'Ready' });
  });

  it('refuses an unknown user with HTTP 404 and statusCode 6', async () => {
    const { client } = await supervisor();
    const res = await client.post('/api/v2/users/0123456789abcdef0123456789abcdef/channels/voice', { operationName: 'Ready' });
    expect([res.status, res.body.statusCode]).toEqual([404, 6]);
    expect(res.body.statusMessage).toMatch(/not found/);
  });

  it('refuses an agent on a call with statusCode 2 and leaves the state as it was', async () => {
    const { client } = await supervisor();
    await sim.talking('agent5');
    for (const operationName of ['NotReady', 'Offline']) {
      const res = await control(sim, client, 'agent5', operationName);
      expect([res.status, res.body.statusCode, res.body.statusMessage]).toEqual([200, 2, 'agent5 is on a call']);
    }
    expect(await stateOf(sim, client, 'agent5')).toMatchObject({ state: 'Ready' });
  });

  it('refuses a logged-out agent (2), a channel it does not simulate (2), an unknown operation (2) and a missing one (1)', async () => {
    const { client } = await supervisor();
    await sim.sim('POST', '/sim/agents/agent6/state', { state: 'Offline' });
    const cases = [
      { res: await control(sim, client, 'agent6', 'Ready'), statusCode: 2, message: 'agent6 is logged out' },
      { res: await control(sim, client, 'agent7', 'Ready', 'chat'), statusCode: 2, message: 'Channel chat is not available' },
      { res: await control(sim, client, 'agent7', 'AfterCallWork'), statusCode: 2, message: 'Invalid operation AfterCallWork for this resource' },
      {
        res: await client.post(`/api/v2/users/${userId(sim, 'agent7')}/channels/voice`, {}),
        statusCode: 1,
        message: 'Parameter operationName is missing',
      },
    ];
    expect(cases.map(({ res }) => [res.body.statusCode, res.body.statusMessage])).toEqual(cases.map(({ statusCode, message }) => [statusCode, message]));
    expect(await stateOf(sim, client, 'agent6')).toMatchObject({ state: 'LoggedOut' });
  });

  it('POST /sim/reset {"agentControlFeature": false} switches the feature off until the next plain reset', async () => {
    expect((await sim.sim('POST', '/sim/reset', { agentControlFeature: false })).status).toBe(200);
    let { client } = await supervisor();
    expect(await featureIds(client)).not.toContain(feature);
    expect((await control(sim, client, 'agent1', 'NotReady')).status).toBe(404);

    await sim.sim('POST', '/sim/reset');
    ({ client } = await supervisor());
    expect(await featureIds(client)).toContain(feature);
  });

  it('refuses a reset body it does not know with 400 and the reason', async () => {
    const res = await sim.sim<{ error: string }>('POST', '/sim/reset', { agentControlFeature: 'off' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/agentControlFeature/);
  });
});

describe('supervisor agent state control, feature off at start', () => {
  const sim = useSimulator({ agentControlFeature: false });

  it('does not list the feature and answers HTTP 404, statusCode 6, naming it; the agent keeps their state', async () => {
    const { client } = await sim.signIn('supervisor1');
    expect(await featureIds(client)).not.toContain(feature);
    const res = await control(sim, client, 'agent1', 'NotReady');
    expect([res.status, res.body.statusCode]).toEqual([404, 6]);
    expect(res.body.statusMessage).toContain(feature);
    expect(await stateOf(sim, client, 'agent1')).toMatchObject({ state: 'Ready' });
  });

  it('a reset with {"agentControlFeature": true} switches it on', async () => {
    await sim.sim('POST', '/sim/reset', { agentControlFeature: true });
    const { client } = await sim.signIn('supervisor1');
    expect(await featureIds(client)).toContain(feature);
    expect((await control(sim, client, 'agent1', 'NotReady')).body).toEqual({ statusCode: '0' });
  });
});

describe('supervisor agent state control, statusCode as a string', () => {
  const sim = useSimulator({ statusCodeAs: 'string' });

  it('answers the sample’s {"statusCode":"0"}, and each refusal with its statusCode as a string and the same HTTP status', async () => {
    const { client } = await sim.signIn('supervisor1');
    expect((await control(sim, client, 'agent1', 'NotReady')).body).toEqual({ statusCode: '0' });
    await sim.talking('agent2');
    const onCall = await control(sim, client, 'agent2', 'NotReady');
    const unknown = await client.post('/api/v2/users/0123456789abcdef0123456789abcdef/channels/voice', { operationName: 'Ready' });
    const { client: noRole } = await sim.signIn('agent3');
    const forbidden = await control(sim, noRole, 'agent4', 'NotReady');
    expect([onCall, unknown, forbidden].map((res) => [res.status, res.body.statusCode])).toEqual([
      [200, '2'],
      [404, '6'],
      [200, '5'],
    ]);
    await sim.sim('POST', '/sim/reset', { agentControlFeature: false });
    const { client: again } = await sim.signIn('supervisor1');
    const off = await control(sim, again, 'agent1', 'NotReady');
    expect([off.status, off.body.statusCode]).toEqual([404, '6']);
  });
});
