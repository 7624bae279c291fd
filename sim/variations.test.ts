// The server variations (sim/variations.ts): each played at a reset, each as the docs show it,
// and the start's choices back at a reset that names none.
import { describe, expect, it } from 'vitest';
import { useSimulator } from './test-support/fixture';
import { sim as scenario } from './test-support/gws-client';

describe('server variations', () => {
  const sim = useSimulator();

  it('under a context path: GWS and CometD answer only there, the session cookie is scoped to it, /sim stays at the root', async () => {
    sim.simulator.scenario.reset({ contextPath: '/cloud-web' });
    expect(sim.simulator.gwsUrl).toBe(`${sim.url}/cloud-web`);
    const bare = await fetch(`${sim.url}/api/v2/me`, { headers: { Authorization: `Basic ${Buffer.from('supervisor1:demo123').toString('base64')}` } });
    expect(bare.status).toBe(404);

    const supervisor = sim.client('supervisor1');
    const me = await supervisor.signIn();
    expect(me.status).toBe(200);
    expect(me.headers.get('set-cookie')).toMatch(/^JSESSIONID=\w+; Path=\/cloud-web; HttpOnly$/);
    expect(me.body.user?.uri).toBe(`${sim.url}/cloud-web/api/v2/users/${me.body.user?.id}`);
    const notifications = await sim.listen(supervisor);
    await supervisor.startSession();
    expect((await notifications.nextDevice()).uri).toBe(`${sim.url}/cloud-web/api/v2/devices/${sim.deviceId('supervisor1')}`);
    expect((await scenario(sim.url, 'GET', '/sim/state')).status).toBe(200);
  });

  it('writes another host into every resource URI, as GWS behind a load balancer does', async () => {
    sim.simulator.scenario.reset({ uriHost: 'http://192.168.154.128' });
    const who = await sim.signIn('supervisor1');
    expect((await who.client.post(`/api/v2/me/devices/${who.deviceId}`, { operationName: 'ListenIn', phoneNumber: '7003' })).body).toEqual({ statusCode: 0 });
    const device = await who.notifications.nextDevice((d) => d.supervisorMonitoringState !== undefined);
    expect(device.uri).toBe(`http://192.168.154.128/api/v2/devices/${who.deviceId}`);
    expect(device.supervisorMonitoringState).toMatchObject({ targetDeviceUri: `http://192.168.154.128/api/v2/devices/${sim.deviceId('agent3')}` });
  });

  it('leaves out uri and path of every resource', async () => {
    sim.simulator.scenario.reset({ resourceUris: false });
    const client = sim.client('supervisor1');
    const me = (await client.get('/api/v2/me?subresources=*')).body.user;
    expect(me).not.toHaveProperty('uri');
    expect(me?.devices?.[0]).not.toHaveProperty('uri');
    expect(me?.devices?.[0]).not.toHaveProperty('path');
    const users = (await client.get('/api/v2/users?subresources=*')).body.users ?? [];
    expect(JSON.stringify(users)).not.toMatch(/"(uri|path)":/);
    expect(users.length).toBeGreaterThan(20);
  });

  it('sends statusCode as a numeric string, successes and failures alike', async () => {
    sim.simulator.scenario.reset({ statusCodeAs: 'string' });
    const client = sim.client('supervisor1');
    expect((await client.get('/api/v2/me')).body.statusCode).toBe('0');
    const refused = await client.post('/api/v2/me/channels/voice', { operationName: 'Dance' });
    expect(refused.body).toMatchObject({ statusCode: '2' });
    const wrong = await sim.client('supervisor1', 'nope').get('/api/v2/me');
    expect([wrong.status, wrong.body]).toEqual([401, { statusCode: '20', statusMessage: 'Access denied' }]);
  });

  it('8.5.1: the subscription as a string beside supervisorMonitoringMode, calls without the monitoring marks, participants as strings', async () => {
    sim.simulator.scenario.reset({ gwsVersion: '8.5.1' });
    const who = await sim.signIn('supervisor1');
    await who.client.post(`/api/v2/me/devices/${who.deviceId}`, {
      operationName: 'ListenIn',
      targetDeviceUri: sim.deviceUri('agent4'),
      supervisorMonitoringMode: 'NextCall',
    });
    const armed = await who.notifications.nextDevice((d) => d.supervisorMonitoringState !== undefined);
    expect(armed).toMatchObject({ supervisorMonitoringState: 'ListenIn', supervisorMonitoringMode: 'NextCall' });
    expect(armed.capabilities).toContain('CancelSupervisorMonitoring');

    await sim.talking('agent4');
    const leg = (await who.notifications.nextCall((m) => m.call.state === 'Established')).call;
    expect(leg).not.toHaveProperty('monitoring');
    expect(leg).not.toHaveProperty('supervisorMonitoringState');
    expect(leg).toMatchObject({
      participants: ['7004', '+14155550123'],
      participantsInfo: [{ digits: '7004' }, { digits: '14155550123', e164Number: '+14155550123' }],
      mute: 'On',
    });
    expect(leg.capabilities).toEqual(expect.arrayContaining(['SwitchToBargeIn', 'MuteMonitoredUser']));
  });

  it('a reset that names no variation plays the start’s again; a bad one is refused in words and changes nothing', async () => {
    sim.simulator.scenario.reset({ gwsVersion: '8.5.1', contextPath: '/gws' });
    expect(sim.simulator.variation).toMatchObject({ gwsVersion: '8.5.1', contextPath: '/gws' });
    expect((await scenario(sim.url, 'POST', '/sim/reset', { contextPath: 'no-slash' })).status).toBe(400);
    expect((await scenario(sim.url, 'POST', '/sim/reset', { gwsVersion: '9' })).body).toMatchObject({
      error: expect.stringContaining('gwsVersion') as unknown,
    });
    expect(sim.simulator.variation).toMatchObject({ gwsVersion: '8.5.1', contextPath: '/gws' });
    expect((await scenario(sim.url, 'POST', '/sim/reset')).status).toBe(200);
    expect(sim.simulator.variation).toEqual({ gwsVersion: '8.5.2', contextPath: '', uriHost: undefined, resourceUris: true, statusCodeAs: 'number' });
  });
});
