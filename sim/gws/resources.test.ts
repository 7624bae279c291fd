// The read side of the API: /me with sub-resources, users, devices, features (docs/gws-notes.md,
// "Signing in", "Replies", "Features and users"), with their collection and singular shapes.
import { describe, expect, it } from 'vitest';
import { useSimulator } from '../test-support/fixture';

describe('GWS resources', () => {
  const sim = useSimulator();

  it('GET /api/v2/me?subresources=* puts devices, calls, channels, settings and features inside user', async () => {
    const agent = sim.client('agent7');
    const callId = await sim.ring('agent7');
    const { body } = await agent.get('/api/v2/me?subresources=*');
    expect(body.statusCode).toBe(0);
    const user = body.user;
    expect(user).toMatchObject({ userName: 'agent7', firstName: 'Chloe', lastName: 'Dubois' });
    expect(user?.devices).toHaveLength(1);
    expect(user?.devices?.[0]).toMatchObject({ phoneNumber: '7007', userState: { state: 'Ready' } });
    expect(user?.calls?.map((c) => [c.id, c.state])).toEqual([[callId, 'Ringing']]);
    expect(user?.channels).toEqual([expect.objectContaining({ channel: 'voice', userState: expect.objectContaining({ state: 'Ready' }) as unknown })]);
    expect(user?.settings).toHaveProperty('general-settings');
    expect(user?.features?.map((f) => f.id)).toContain('api-supervisor-monitoring');

    const some = (await agent.get('/api/v2/me?subresources=devices,calls')).body.user;
    expect(some).toHaveProperty('devices');
    expect(some).toHaveProperty('calls');
    expect(some).not.toHaveProperty('channels');
    expect((await agent.get('/api/v2/me')).body.user).not.toHaveProperty('devices');
  });

  it('serves the user’s own devices and calls, and nobody else’s', async () => {
    const agent = sim.client('agent8');
    const devices = (await agent.get('/api/v2/me/devices')).body.devices;
    expect(devices?.map((d) => d.id)).toEqual([sim.deviceId('agent8')]);
    const one = await agent.get(`/api/v2/me/devices/${sim.deviceId('agent8')}`);
    expect(one.body.device?.phoneNumber).toBe('7008');
    const other = await agent.get(`/api/v2/me/devices/${sim.deviceId('agent9')}`);
    expect(other.status).toBe(404);
    expect(other.body.statusCode).toBe(6);

    const callId = await sim.ring('agent8');
    expect((await agent.get(`/api/v2/me/calls/${callId}`)).body.call).toMatchObject({
      id: callId,
      callUuid: callId,
      state: 'Ringing',
      callType: 'Inbound',
      ani: '+14155550123',
      dnis: '7008',
      capabilities: ['Answer', 'Hangup'],
      uri: `${sim.url}/api/v2/me/calls/${callId}`,
      path: `/calls/${callId}`,
    });
    const notMine = await sim.client('agent9').get(`/api/v2/me/calls/${callId}`);
    expect(notMine.status).toBe(404);
    expect(notMine.body.statusCode).toBe(6);
  });

  it('lists users as URIs, as resources with ?fields=*, with devices with ?subresources=*', async () => {
    const client = sim.client('supervisor1');
    const uris = (await client.get('/api/v2/users')).body;
    expect(uris.uris).toHaveLength(22);
    expect(uris.uris?.[0]).toMatch(new RegExp(`^${sim.url}/api/v2/users/[0-9a-f]{32}$`));
    expect(uris).not.toHaveProperty('users');

    const users = (await client.get('/api/v2/users?fields=*')).body.users ?? [];
    expect(users.map((u) => u.userName)).toContain('agent20');
    expect(users.every((u) => u.firstName && u.lastName && !('password' in u))).toBe(true);
    expect(users[0]).not.toHaveProperty('devices');

    const withDevices = (await client.get('/api/v2/users?subresources=*')).body.users ?? [];
    const agent12 = withDevices.find((u) => u.userName === 'agent12');
    expect(agent12?.devices?.[0]?.phoneNumber).toBe('7012');

    const picked = (await client.get('/api/v2/users?fields=userName')).body.users?.[0];
    expect(Object.keys(picked ?? {}).sort()).toEqual(['id', 'userName']);

    const id = users.find((u) => u.userName === 'agent3')?.id ?? '';
    expect((await client.get(`/api/v2/users/${id}`)).body.user?.userName).toBe('agent3');
    expect((await client.get(`/api/v2/users/${id}?subresources=*`)).body.user?.devices?.[0]?.phoneNumber).toBe('7003');
    const missing = await client.get('/api/v2/users/nope');
    expect([missing.status, missing.body]).toEqual([404, { statusCode: 6, statusMessage: 'User nope not found' }]);
  });

  it('lists devices (agents, supervisors, routing points) and features', async () => {
    const client = sim.client('supervisor1');
    expect((await client.get('/api/v2/devices')).body.uris).toHaveLength(24);
    const devices = (await client.get('/api/v2/devices?fields=*')).body.devices ?? [];
    expect(devices.filter((d) => d.type === 'RoutingPoint').map((d) => d.phoneNumber)).toEqual(['8001', '8002']);
    const device = (await client.get(`/api/v2/devices/${sim.deviceId('agent1')}`)).body.device;
    expect(device).toMatchObject({ phoneNumber: '7001', uri: sim.deviceUri('agent1'), deviceState: 'Active' });
    expect((await client.get('/api/v2/devices/nope')).status).toBe(404);

    const features = await client.get('/api/v2/features');
    expect(features.body.uris).toContain(`${sim.url}/api/v2/features/api-supervisor-monitoring`);
    const described = (await client.get('/api/v2/features?fields=*')).body.features?.map((f) => f.id);
    expect(described).toEqual(expect.arrayContaining(['api-voice', 'api-supervisor-monitoring']));
  });

  it('answers an unknown path with 404 and a wrong method with 405, both as JSON', async () => {
    const client = sim.client('agent1');
    const unknown = await client.get('/api/v2/nothing-here');
    expect([unknown.status, unknown.body.statusCode]).toEqual([404, 6]);
    await client.signIn();
    const wrongMethod = await client.request('DELETE', '/api/v2/me');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.statusCode).toBe(3);
    const outside = await fetch(`${sim.url}/elsewhere`);
    expect([outside.status, await outside.json()]).toEqual([404, { statusCode: 6, statusMessage: 'No resource at /elsewhere' }]);
  });
});

describe('participants as strings (--participants strings)', () => {
  const sim = useSimulator({ participants: 'strings' });

  it('sends participants as numbers plus participantsInfo', async () => {
    await sim.ring('agent1');
    const [call] = await sim.client('agent1').myCalls();
    expect(call?.participants).toEqual(['+14155550123']);
    expect(call?.participantsInfo).toEqual([{ digits: '14155550123', e164Number: '+14155550123', formattedPhoneNumber: '+14155550123' }]);
  });
});
