// The scenario API (/sim, not part of GWS) and each fault, over real HTTP and CometD.
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../seed';
import { ok, useSimulator } from '../test-support/fixture';
import type { LoggedRequest } from './request-log';

describe('scenario API', () => {
  const sim = useSimulator();

  it('POST /sim/calls rings an agent by userName or DN, through a routing point when asked', async () => {
    const agent = await sim.signIn('agent1');
    const res = await sim.sim<{ callId: string }>('POST', '/sim/calls', { to: 'agent1', from: '+14155550100' });
    expect(res.status).toBe(200);
    const { call } = await agent.notifications.nextCall();
    expect(call).toMatchObject({ id: res.body.callId, state: 'Ringing', ani: '+14155550100', dnis: '7001' });

    const byNumber = await sim.sim<{ callId: string }>('POST', '/sim/calls', { to: '7002', via: '8002' });
    const state = await sim.sim<{ calls: { callId: string; dnis: string }[] }>('GET', '/sim/state');
    expect(state.body.calls.find((c) => c.callId === byNumber.body.callId)?.dnis).toBe('8002');
  });

  it('refuses impossible calls: 404 unknown agent or routing point, 409 busy or logged out, 400 bad body', async () => {
    expect((await sim.sim('POST', '/sim/calls', { to: 'agent99' })).status).toBe(404);
    expect((await sim.sim('POST', '/sim/calls', { to: 'agent1', via: '7002' })).status).toBe(404);
    expect((await sim.sim('POST', '/sim/calls', { to: 'supervisor1' })).status).toBe(409);
    await sim.ring('agent1');
    const busy = await sim.sim('POST', '/sim/calls', { to: 'agent1' });
    expect([busy.status, busy.body]).toEqual([409, { error: '7001 is already on a call' }]);
    expect((await sim.sim('POST', '/sim/calls', {})).status).toBe(400);
    expect((await sim.sim('POST', '/sim/calls', { to: 7 })).status).toBe(400);
    const malformed = await fetch(`${sim.url}/sim/calls`, { method: 'POST', body: '{to:' });
    expect([malformed.status, await malformed.json()]).toEqual([400, { error: 'The request body is not valid JSON' }]);
    expect((await sim.sim('GET', '/sim/calls')).status).toBe(405);
    expect((await sim.sim('GET', '/sim/nothing')).status).toBe(404);
  });

  it('answers, transfers and releases a call', async () => {
    const agent1 = await sim.signIn('agent1');
    const agent2 = await sim.signIn('agent2');
    const callId = await sim.ring('agent1');
    await agent1.notifications.nextCall();
    expect((await sim.sim('POST', `/sim/calls/${callId}/answer`)).body).toEqual({ ok: true });
    expect((await agent1.notifications.nextCall()).call.state).toBe('Established');
    expect((await sim.sim('POST', `/sim/calls/${callId}/answer`)).status).toBe(409);

    expect((await sim.sim('POST', `/sim/calls/${callId}/transfer`, { to: 'agent2' })).body).toEqual({ ok: true });
    expect((await agent2.notifications.nextCall()).call.state).toBe('Ringing');
    expect((await agent1.notifications.nextCall()).call.state).toBe('Released');
    expect((await sim.sim('POST', `/sim/calls/${callId}/transfer`, { to: 'agent3' })).status).toBe(409);
    expect((await sim.sim('POST', `/sim/calls/${callId}/transfer`, { to: 'nobody' })).status).toBe(404);

    expect((await sim.sim('POST', `/sim/calls/${callId}/release`)).body).toEqual({ ok: true });
    expect((await agent2.notifications.nextCall()).call.state).toBe('Released');
    expect((await sim.sim('POST', `/sim/calls/${callId}/release`)).status).toBe(404);
  });

  it('sets an agent’s state', async () => {
    const agent = await sim.signIn('agent3');
    const res = await sim.sim('POST', '/sim/agents/agent3/state', { state: 'AuxWork' });
    expect(res.body).toEqual({ ok: true });
    expect((await agent.notifications.nextDevice()).userState).toMatchObject({ state: 'NotReady', workMode: 'AuxWork' });
    await sim.sim('POST', '/sim/agents/agent3/state', { state: 'Ready', workmode: 'AutoIn' });
    expect((await agent.notifications.nextDevice()).userState).toMatchObject({ state: 'Ready', workMode: 'AutoIn' });
    expect((await sim.sim('POST', '/sim/agents/nobody/state', { state: 'Ready' })).status).toBe(404);
    expect((await sim.sim('POST', '/sim/agents/agent3/state', { state: 'Asleep' })).status).toBe(400);
  });

  it('GET /sim/state shows users, devices, calls and monitoring', async () => {
    const supervisor = await sim.signIn('supervisor1');
    await sim.deviceOperation(supervisor, { operationName: 'BargeIn', targetDeviceUri: sim.deviceUri('agent4') });
    const callId = await sim.talking('agent4');
    const { body } = await sim.sim<{
      users: { userName: string; userState: { state: string } }[];
      devices: unknown[];
      calls: { callId: string; parties: { userName?: string; state: string }[] }[];
      monitoring: { supervisor: { userName: string }; state: string; target: { userName: string }; callId?: string }[];
      sessions: number;
      notificationClients: number;
    }>('GET', '/sim/state');
    expect(body.users).toHaveLength(22);
    expect(body.users.find((u) => u.userName === 'supervisor1')?.userState.state).toBe('NotReady');
    expect(body.devices).toHaveLength(24);
    expect(body.calls).toEqual([
      expect.objectContaining({
        callId,
        parties: [
          expect.objectContaining({ userName: 'agent4', state: 'Established' }),
          expect.objectContaining({ userName: 'supervisor1', state: 'Established' }),
        ],
      }),
    ]);
    expect(body.monitoring).toEqual([
      expect.objectContaining({ supervisor: expect.objectContaining({ userName: 'supervisor1' }) as unknown, state: 'BargeIn', callId }),
    ]);
    expect([body.sessions, body.notificationClients]).toEqual([1, 1]);
  });

  it('GET /sim/requests lists GWS requests with passwords masked', async () => {
    const client = sim.client('agent5');
    await client.signIn();
    await client.post('/api/v2/me', { operationName: 'ChangePassword', password: 'hunter2', nested: { oldPassword: 'x' } });
    await client.post('/api/v2/me', undefined, { raw: '{"password": "hunter2"' });
    const { body } = await sim.sim<{ requests: LoggedRequest[] }>('GET', '/sim/requests');
    expect(body.requests.map((r) => [r.method, r.path, r.status, r.userName])).toEqual([
      ['GET', '/api/v2/me', 200, 'agent5'],
      ['POST', '/api/v2/me', 200, 'agent5'],
      ['POST', '/api/v2/me', 400, 'agent5'],
    ]);
    expect(body.requests[1]?.body).toEqual({ operationName: 'ChangePassword', password: '********', nested: { oldPassword: '********' } });
    expect(JSON.stringify(body.requests)).not.toContain('hunter2');
    expect(JSON.stringify(body.requests)).not.toContain('demo123');
    expect(Date.parse(body.requests[0]?.time ?? '')).not.toBeNaN();
  });

  it('POST /sim/reset returns to the seed and ends every session', async () => {
    const supervisor = await sim.signIn('supervisor1');
    await sim.deviceOperation(supervisor, { operationName: 'ListenIn', targetDeviceUri: sim.deviceUri('agent1') });
    await sim.talking('agent1');
    await sim.sim('POST', '/sim/agents/agent2/state', { state: 'NotReady' });

    expect((await sim.sim('POST', '/sim/reset')).body).toEqual({ ok: true });
    const { body } = await sim.sim<{ calls: unknown[]; monitoring: unknown[]; sessions: number; users: { userName: string; userState: { state: string } }[] }>(
      'GET',
      '/sim/state',
    );
    expect([body.calls, body.monitoring, body.sessions]).toEqual([[], [], 0]);
    expect(body.users.find((u) => u.userName === 'agent2')?.userState.state).toBe('Ready');
    expect(body.users.find((u) => u.userName === 'supervisor1')?.userState.state).toBe('LoggedOut');
    expect((await supervisor.client.get('/api/v2/me')).body).toEqual({ statusCode: 20, statusMessage: 'Access denied' });
  });
});

describe('faults', () => {
  const sim = useSimulator();

  it('dropNotifications: the next /meta/connect answers 402, the client re-handshakes and resubscribes', async () => {
    const agent = await sim.signIn('agent1');
    expect((await sim.sim('POST', '/sim/faults', { dropNotifications: true })).status).toBe(200);
    const { notifications } = agent;
    await notifications.waitForMeta('/meta/connect', (m) => m.error === '402::session_unknown');
    await notifications.waitForMeta('/meta/handshake', (m) => m.successful === true, 2);
    // Resubscribed inside the handshake listener: the next change arrives.
    await notifications.waitForMeta('/meta/subscribe', (m) => m.successful === true, 2);
    expect(sim.simulator.scenario.state().notificationClients).toBe(1);
    await sim.sim('POST', '/sim/agents/agent1/state', { state: 'NotReady' });
    expect((await notifications.nextDevice((d) => d.userState?.state === 'NotReady')).phoneNumber).toBe('7001');
  });

  it('expireSessions: the next request gets statusCode 20, and notifications stop', async () => {
    const agent = await sim.signIn('agent2');
    await sim.sim('POST', '/sim/faults', { expireSessions: true });
    const after = await fetch(`${sim.url}/api/v2/me`, { headers: { Cookie: agent.client.cookie ?? '' } });
    expect([after.status, await after.json()]).toEqual([401, { statusCode: 20, statusMessage: 'Access denied' }]);
    await agent.notifications.waitForMeta('/meta/handshake', (m) => m.error === '403::handshake_denied');
  });

  it('POST /sim/users/{userName}/password: the old password is refused, that user’s sessions end, others keep theirs', async () => {
    const changed = await sim.signIn('agent5');
    const other = await sim.signIn('agent6');
    expect((await sim.sim('POST', '/sim/users/agent5/password', { password: 'new-secret' })).body).toEqual({ ok: true });

    const withCookie = await fetch(`${sim.url}/api/v2/me`, { headers: { Cookie: changed.client.cookie ?? '' } });
    expect([withCookie.status, await withCookie.json()]).toEqual([401, { statusCode: 20, statusMessage: 'Access denied' }]);
    await changed.notifications.waitForMeta('/meta/handshake', (m) => m.error === '403::handshake_denied');
    expect((await sim.client('agent5', 'demo123').signIn()).status).toBe(401);
    expect((await sim.client('agent5', 'new-secret').signIn()).status).toBe(200);
    expect((await other.client.get('/api/v2/me')).status).toBe(200);

    expect((await sim.sim('POST', '/sim/users/nobody/password', { password: 'x' })).status).toBe(404);
    expect((await sim.sim('POST', '/sim/users/agent5/password', { password: '' })).status).toBe(400);
    expect((await sim.sim('POST', '/sim/users/agent5/password', {})).status).toBe(400);
    await sim.sim('POST', '/sim/reset');
    expect((await sim.client('agent5', 'demo123').signIn()).status).toBe(200);
  });

  it('latencyMs delays every REST reply until cleared; the scenario API is not delayed', async () => {
    const client = sim.client('agent3');
    await client.signIn();
    const res = await sim.sim<{ faults: { latencyMs: number } }>('POST', '/sim/faults', { latencyMs: 300 });
    expect(res.body.faults.latencyMs).toBe(300);
    const timed = async (request: () => Promise<unknown>) => {
      const started = performance.now();
      await request();
      return performance.now() - started;
    };
    expect(await timed(() => client.get('/api/v2/me'))).toBeGreaterThanOrEqual(290);
    expect(await timed(() => sim.sim('GET', '/sim/state'))).toBeLessThan(290);
    await sim.sim('POST', '/sim/faults', { clear: true });
    expect(await timed(() => client.get('/api/v2/me'))).toBeLessThan(290);
  });

  it('failNext fails the next request of that operation once', async () => {
    const supervisor = await sim.signIn('supervisor1');
    await sim.sim('POST', '/sim/faults', { failNext: { operationName: 'BargeIn', statusCode: 2 } });
    const body = { operationName: 'BargeIn', targetDeviceUri: sim.deviceUri('agent1') };
    const failed = await sim.deviceOperation(supervisor, body);
    expect(failed.body).toEqual({ statusCode: 2, statusMessage: 'Simulated failure of BargeIn' });
    expect((await sim.deviceOperation(supervisor, body)).body).toEqual(ok);

    await sim.sim('POST', '/sim/faults', { failNext: { operationName: 'Ready', statusCode: 6, statusMessage: 'Gone' } });
    const gone = await supervisor.client.post('/api/v2/me/channels/voice', { operationName: 'Ready' });
    expect([gone.status, gone.body]).toEqual([404, { statusCode: 6, statusMessage: 'Gone' }]);
  });

  it('clear removes pending failures; unknown fault fields are refused', async () => {
    await sim.sim('POST', '/sim/faults', { failNext: { operationName: 'Ready', statusCode: 3 } });
    const cleared = await sim.sim('POST', '/sim/faults', { clear: true });
    expect(cleared.body).toEqual({ faults: { latencyMs: 0, failNext: [] } });
    const agent = await sim.signIn('agent4');
    expect((await agent.client.post('/api/v2/me/channels/voice', { operationName: 'Ready' })).body).toEqual(ok);
    expect((await sim.sim('POST', '/sim/faults', { dropEverything: true })).status).toBe(400);
    expect((await sim.sim('POST', '/sim/faults', { latencyMs: -1 })).status).toBe(400);
  });
});

describe('traffic', () => {
  const seed = loadSeed();
  const sim = useSimulator({
    seed: { ...seed, users: seed.users.filter((u) => ['supervisor1', 'agent1'].includes(u.userName)) },
    traffic: { callsPerMinute: 600, answerAfterMs: [20, 40], talkMs: [50, 100] },
  });

  it('rings Ready agents, answers after a while and hangs up later', async () => {
    const agent = await sim.signIn('agent1');
    const ringing = await agent.notifications.nextCall((m) => m.call.state === 'Ringing');
    expect(ringing.call.callType).toBe('Inbound');
    expect(['8001', '8002']).toContain(ringing.call.dnis);
    await agent.notifications.nextCall((m) => m.call.id === ringing.call.id && m.call.state === 'Established');
    await agent.notifications.nextCall((m) => m.call.id === ringing.call.id && m.call.state === 'Released');
  });
});
