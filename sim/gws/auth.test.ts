// Authentication, sessions and CSRF (docs/gws-notes.md, "Signing in", "Notifications"), over real HTTP and the
// official CometD client.
import { describe, expect, it } from 'vitest';
import { useSimulator } from '../test-support/fixture';
import { GwsClient } from '../test-support/gws-client';
import { HandshakeDenied, NotificationListener } from '../test-support/notifications';

const accessDenied = { statusCode: 20, statusMessage: 'Access denied' };

describe('authentication', () => {
  const sim = useSimulator();

  it('refuses a request without credentials or with a wrong password with 401 and statusCode 20', async () => {
    const anonymous = await fetch(`${sim.url}/api/v2/me`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual(accessDenied);

    const wrong = await sim.client('supervisor1', 'nope').get('/api/v2/me');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(accessDenied);

    const unknown = await sim.client('nobody').get('/api/v2/me');
    expect(unknown.body).toEqual(accessDenied);
  });

  it('opens a session with Basic: HttpOnly JSESSIONID, CSRF headers, then the cookie alone is enough', async () => {
    const client = sim.client('supervisor1');
    const first = await client.get('/api/v2/me');
    expect(first.status).toBe(200);
    expect(first.body.statusCode).toBe(0);
    expect(first.body.user).toMatchObject({
      userName: 'supervisor1',
      roles: ['ROLE_SUPERVISOR', 'ROLE_AGENT'],
      enabled: true,
      uri: expect.stringMatching(/\/api\/v2\/users\/[0-9a-f]{32}$/) as unknown,
    });
    expect(first.headers.getSetCookie()[0]).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly$/);
    expect(first.headers.get('x-csrf-header')).toBe('X-CSRF-TOKEN');
    const token = first.headers.get('x-csrf-token');
    expect(token).toMatch(/^[0-9a-f-]{36}$/);

    const again = await client.get('/api/v2/me');
    expect(again.status).toBe(200);
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(again.headers.get('x-csrf-token')).toBe(token);
  });

  it('answers the version probe without a session', async () => {
    const res = await fetch(`${sim.url}/api/v2/diagnostics/version`);
    expect(await res.json()).toEqual({ statusCode: 0, version: '8.5.201.07' });
  });

  it('refuses a modifying request without the session token with 403', async () => {
    const client = sim.client('agent1');
    await client.signIn();
    const body = { operationName: 'Ready' };
    const missing = await client.post('/api/v2/me/channels/voice', body, { noCsrf: true });
    expect(missing.status).toBe(403);
    expect(missing.body).toEqual({ statusCode: 3, statusMessage: 'Missing or invalid Csrf token' });

    const wrong = await client.post('/api/v2/me/channels/voice', body, {
      noCsrf: true,
      headers: { 'X-CSRF-TOKEN': 'not-the-token' },
    });
    expect(wrong.status).toBe(403);

    expect((await client.post('/api/v2/me/channels/voice', body)).body).toEqual({ statusCode: 0 });
  });

  it('binds the token to the session: Basic without the cookie, or another session, gets 403', async () => {
    const first = sim.client('agent2');
    await first.signIn();
    const noCookie = new GwsClient(sim.url, 'agent2');
    noCookie.csrfToken = first.csrfToken;
    expect((await noCookie.post('/api/v2/me/channels/voice', { operationName: 'Ready' })).status).toBe(403);

    const second = sim.client('agent2');
    await second.signIn();
    expect(second.csrfToken).not.toBe(first.csrfToken);
    second.csrfToken = first.csrfToken;
    expect((await second.post('/api/v2/me/channels/voice', { operationName: 'Ready' })).status).toBe(403);
  });

  it('ends the HTTP session on EndContactCenterSession; the cookie then gets statusCode 20', async () => {
    const client = sim.client('agent3');
    await client.startSession();
    const cookie = client.cookie;
    const end = await client.post('/api/v2/me', { operationName: 'EndContactCenterSession' });
    expect(end.body).toEqual({ statusCode: 0 });
    expect(end.headers.getSetCookie()[0]).toMatch(/^JSESSIONID=; Path=\/; Max-Age=0/);

    const after = await fetch(`${sim.url}/api/v2/me`, { headers: { Cookie: cookie ?? '' } });
    expect(after.status).toBe(401);
    expect(await after.json()).toEqual(accessDenied);
  });
});

describe('CometD handshake', () => {
  const sim = useSimulator();

  it('is denied without a session cookie or with a dead one', async () => {
    await expect(NotificationListener.connect(sim.url, undefined)).rejects.toBeInstanceOf(HandshakeDenied);
    const denied = NotificationListener.connect(sim.url, 'JSESSIONID=0123456789ABCDEF0123456789ABCDEF');
    await expect(denied).rejects.toMatchObject({ reply: { error: '403::handshake_denied' } });
  });

  it('is accepted with an authenticated session cookie and delivers only that user’s messages', async () => {
    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent4');
    await agent.client.post('/api/v2/me/channels/voice', { operationName: 'NotReady' });
    const device = await agent.notifications.nextDevice((d) => d.userState?.state === 'NotReady');
    expect(device.phoneNumber).toBe('7004');
    await supervisor.client.post('/api/v2/me/channels/voice', { operationName: 'AuxWork' });
    await supervisor.notifications.nextDevice((d) => d.userState?.workMode === 'AuxWork');
    expect(supervisor.notifications.messages.every((m) => JSON.stringify(m.data).includes('"5005"'))).toBe(true);
    expect(agent.notifications.messages.some((m) => JSON.stringify(m.data).includes('AuxWork'))).toBe(false);
  });

  it('delivers on the channel subscribed: /v2/me/calls alone gets no device messages', async () => {
    const client = sim.client('agent7');
    await client.signIn();
    const calls = await sim.listen(client, '/v2/me/calls');
    const everything = await sim.listen(client, '/v2/me/*');
    await client.startSession();
    await sim.ring('agent7');
    await everything.nextDevice();
    const ringing = await everything.nextCall();
    expect((await calls.nextCall()).call.id).toBe(ringing.call.id);
    expect(calls.messages.map((m) => m.channel)).toEqual(['/v2/me/calls']);
  });

  it('does not let clients publish on GWS topics', async () => {
    const { notifications } = await sim.signIn('agent5');
    const reply = await new Promise<{ successful?: boolean; error?: string }>((resolve) =>
      notifications.cometd.publish('/v2/me/calls', { fake: true }, resolve),
    );
    expect(reply).toMatchObject({ successful: false, error: '403::publish_denied' });
  });

  it('forgets the clients of an ended session: they cannot handshake again', async () => {
    const { client, notifications } = await sim.signIn('agent6');
    await client.post('/api/v2/me', { operationName: 'EndContactCenterSession' });
    // The next /meta/connect learns the client is unknown; the client's re-handshake is refused.
    await notifications.waitForMeta('/meta/connect', (m) => m.error === '402::session_unknown');
    await notifications.waitForMeta('/meta/handshake', (m) => m.error === '403::handshake_denied');
    expect(notifications.cometd.isDisconnected()).toBe(true);
  });
});

describe('with --csrf off and a text CSRF body', () => {
  describe('csrf off', () => {
    const sim = useSimulator({ csrf: false });

    it('sends no CSRF headers and accepts POSTs without a token', async () => {
      const client = sim.client('agent1');
      const res = await client.signIn();
      expect(res.headers.get('x-csrf-token')).toBeNull();
      expect((await client.post('/api/v2/me/channels/voice', { operationName: 'Ready' })).body).toEqual({
        statusCode: 0,
      });
    });
  });

  describe('csrf body text', () => {
    const sim = useSimulator({ csrfFailureBody: 'text' });

    it('answers the 403 as plain text', async () => {
      const client = sim.client('agent1');
      await client.signIn();
      const res = await client.post('/api/v2/me/channels/voice', { operationName: 'Ready' }, { noCsrf: true });
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(res.body).toBe('Missing or invalid Csrf token');
    });
  });
});
