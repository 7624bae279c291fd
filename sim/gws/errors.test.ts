// Failures as a GWS server gives them (docs/gws-notes.md, "Replies"): statusCode 1 missing parameter, 2 not valid
// now, 3 forbidden, 5 no permission, 6 not found; a disabled feature answers 404 (docs/gws-notes.md, "Features and users");
// malformed input is answered in JSON, never with a stack trace.
import { describe, expect, it } from 'vitest';
import { useSimulator } from '../test-support/fixture';

describe('failure statusCodes', () => {
  const sim = useSimulator();
  const statusOf = async (res: Promise<{ status: number; body: { statusCode: number; statusMessage?: string } }>) => {
    const { status, body } = await res;
    expect(typeof body.statusMessage).toBe('string');
    return [status, body.statusCode];
  };

  it('1: a required parameter is missing', async () => {
    const supervisor = await sim.signIn('supervisor1');
    expect(await statusOf(sim.deviceOperation(supervisor, { operationName: 'ListenIn' }))).toEqual([200, 1]);
    expect(await statusOf(sim.deviceOperation(supervisor, {}))).toEqual([200, 1]);
    const dial = supervisor.client.post(`/api/v2/me/devices/${supervisor.deviceId}/calls`, { operationName: 'Dial' });
    expect(await statusOf(dial)).toEqual([200, 1]);
    expect(await statusOf(supervisor.client.post('/api/v2/me', { operationName: 'StartContactCenterSession' }))).toEqual([200, 1]);
    const noPhone = supervisor.client.post(`/api/v2/me/devices/${supervisor.deviceId}/calls`, {
      operationName: 'Dial',
      destination: {},
    });
    expect(await statusOf(noPhone)).toEqual([200, 1]);
  });

  it('2: a parameter or operation is not valid now', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const op = (body: Record<string, unknown>) => statusOf(sim.deviceOperation(supervisor, body));
    const target = { targetDeviceUri: sim.deviceUri('agent1') };
    expect(await op({ operationName: 'CancelSupervisorMonitoring' })).toEqual([200, 2]);
    expect(await op({ operationName: 'Teleport' })).toEqual([200, 2]);
    expect(await op({ operationName: 42 })).toEqual([200, 2]);
    expect(await op({ operationName: 'ListenIn', ...target, supervisorMonitoringScope: 'Everything' })).toEqual([200, 2]);
    expect(await op({ operationName: 'ListenIn', ...target, supervisorMonitoringMode: 7 })).toEqual([200, 2]);
    expect(await op({ operationName: 'ListenIn', targetDeviceUri: 42 })).toEqual([200, 2]);
    expect(await op({ operationName: 'ListenIn', targetDeviceUri: 'not a uri' })).toEqual([200, 2]);
    expect(await op({ operationName: 'ListenIn', targetDeviceUri: sim.deviceUri('supervisor1') })).toEqual([200, 2]);
    const voice = supervisor.client.post('/api/v2/me/channels/voice', { operationName: 'Ready', workmode: 'Sideways' });
    expect(await statusOf(voice)).toEqual([200, 2]);

    // Monitoring needs a logged-in supervisor.
    const loggedOut = sim.client('supervisor2');
    await loggedOut.signIn();
    const res = loggedOut.post(`/api/v2/me/devices/${sim.deviceId('supervisor2')}`, { operationName: 'BargeIn', ...target });
    expect(await statusOf(res)).toEqual([200, 2]);
  });

  it('3: forbidden (the agent is monitored by another supervisor)', async () => {
    const first = await sim.signIn('supervisor1');
    const second = await sim.signIn('supervisor2');
    const body = { operationName: 'ListenIn', targetDeviceUri: sim.deviceUri('agent1') };
    await sim.deviceOperation(first, body);
    expect(await statusOf(sim.deviceOperation(second, body))).toEqual([200, 3]);
  });

  it('5: no permission (monitoring without ROLE_SUPERVISOR)', async () => {
    const agent = await sim.signIn('agent2');
    for (const operationName of ['ListenIn', 'Coach', 'BargeIn', 'CancelSupervisorMonitoring']) {
      const res = sim.deviceOperation(agent, { operationName, targetDeviceUri: sim.deviceUri('agent1') });
      expect(await statusOf(res)).toEqual([200, 5]);
    }
  });

  it('6: not found (target device, phone number, call, another user’s device)', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const op = (body: Record<string, unknown>) => statusOf(sim.deviceOperation(supervisor, body));
    expect(await op({ operationName: 'BargeIn', targetDeviceUri: `${sim.url}/api/v2/devices/nope` })).toEqual([404, 6]);
    expect(await op({ operationName: 'BargeIn', phoneNumber: '9999' })).toEqual([404, 6]);
    expect(await statusOf(sim.callOperation(supervisor, 'NOCALL', 'Hangup'))).toEqual([404, 6]);
    const others = supervisor.client.post(`/api/v2/me/devices/${sim.deviceId('agent1')}`, { operationName: 'DoNotDisturbOn' });
    expect(await statusOf(others)).toEqual([404, 6]);
  });

  it('answers malformed JSON with 400 and statusCode 1, non-object bodies with statusCode 2', async () => {
    const client = sim.client('agent1');
    await client.signIn();
    const malformed = await client.post('/api/v2/me/channels/voice', undefined, { raw: '{"operationName": "Ready"' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ statusCode: 1, statusMessage: 'The request body is not valid JSON' });
    for (const raw of ['[]', 'null', '"Ready"', '42']) {
      const res = await client.post('/api/v2/me/channels/voice', undefined, { raw });
      expect([res.status, res.body.statusCode]).toEqual([200, 2]);
    }
    const empty = await client.post('/api/v2/me/channels/voice', undefined, { raw: '' });
    expect(empty.body.statusCode).toBe(2);
  });

  it('answers bodies over the size limit with 413 as JSON', async () => {
    const client = sim.client('agent1');
    await client.signIn();
    const res = await client.post('/api/v2/me', undefined, { raw: JSON.stringify({ pad: 'x'.repeat(300_000) }) });
    expect(res.status).toBe(413);
    expect(res.body.statusCode).toBe(2);
  });
});

describe('feature api-supervisor-monitoring off', () => {
  const sim = useSimulator({ monitoringFeature: false });

  it('answers the monitoring operations with 404 and leaves them out of capabilities and features', async () => {
    const supervisor = await sim.signIn('supervisor1');
    expect((await supervisor.client.myDevice()).capabilities).toEqual(['DoNotDisturbOn']);
    for (const operationName of ['ListenIn', 'Coach', 'BargeIn', 'CancelSupervisorMonitoring']) {
      const res = await sim.deviceOperation(supervisor, { operationName, targetDeviceUri: sim.deviceUri('agent1') });
      expect([res.status, res.body.statusCode]).toEqual([404, 6]);
    }
    const callId = await sim.talking('supervisor1');
    for (const operationName of ['SwitchToBargeIn', 'SwitchToListenIn', 'MuteMonitoredUser', 'UnmuteMonitoredUser']) {
      expect((await sim.callOperation(supervisor, callId, operationName)).status).toBe(404);
    }
    const features = (await supervisor.client.get('/api/v2/features')).body.uris ?? [];
    expect(features.some((uri) => uri.endsWith('api-supervisor-monitoring'))).toBe(false);
  });
});

describe('strict HTTP statuses (--error-status strict)', () => {
  const sim = useSimulator({ errorStatus: 'strict' });

  it('pairs each statusCode with a REST status', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent1');
    const target = { targetDeviceUri: sim.deviceUri('agent2') };
    const status = async (res: Promise<{ status: number }>) => (await res).status;
    expect(await status(sim.deviceOperation(supervisor, { operationName: 'ListenIn' }))).toBe(400);
    expect(await status(sim.deviceOperation(supervisor, { operationName: 'CancelSupervisorMonitoring' }))).toBe(400);
    expect(await status(sim.deviceOperation(agent, { operationName: 'ListenIn', ...target }))).toBe(403);
    expect(await status(sim.deviceOperation(supervisor, { operationName: 'ListenIn', phoneNumber: '1' }))).toBe(404);
  });
});
