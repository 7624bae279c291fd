// The REST client against the simulator, and against a server that misbehaves in the ways real
// networks do: every failure must come back as a typed error with words, never a throw.
import tls from 'node:tls';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index';
import '../../test-support/no-unhandled-rejections';
import { json, startTestServer, type Handler, type TestServer } from '../../test-support/http-server';
import { GwsClient, type GwsClientOptions } from './client';
import { HttpStack } from './http/http-stack';
import { matching, containing } from '../../test-support/matchers';
import { quiet } from '../../test-support/quiet-log';

const supervisor = { userName: 'supervisor1', password: 'demo123' };
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function clientFor(baseUrl: string, options: Partial<GwsClientOptions> = {}): Promise<GwsClient> {
  const http = await HttpStack.create({ baseUrl, trust: tls.rootCertificates, log: quiet });
  cleanups.push(() => http.close());
  return new GwsClient({ baseUrl, http, log: quiet, ...options });
}

async function simulator(csrf: boolean): Promise<Simulator> {
  const sim = await startSimulator({ csrf });
  cleanups.push(() => sim.close());
  return sim;
}

async function server(handler: Handler): Promise<TestServer> {
  const started = await startTestServer(handler);
  cleanups.push(() => started.close());
  return started;
}

const voiceReady = { operationName: 'Ready' } as const;

describe('against the simulator', () => {
  it.each([true, false])('signs in and operates with CSRF protection %s', async (csrf) => {
    const sim = await simulator(csrf);
    const client = await clientFor(sim.url);

    expect(await client.me(supervisor)).toMatchObject({ ok: true, value: { userName: 'supervisor1' } });
    expect(await client.operate('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['voice'] })).toEqual({
      ok: true,
      value: { statusCode: 0 },
    });
    expect(await client.operate('/api/v2/me/channels/voice', voiceReady)).toMatchObject({ ok: true });
  });

  it('reports a wrong password as auth, and an ended session as session-expired', async () => {
    const sim = await simulator(true);
    const client = await clientFor(sim.url);
    expect(await client.me({ userName: 'supervisor1', password: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'auth', httpStatus: 401, message: matching(/did not accept the user name or password \(Access denied\)/) },
    });
    await client.me(supervisor);
    sim.scenario.applyFaults({ expireSessions: true });
    expect(await client.snapshot()).toMatchObject({ ok: false, error: { code: 'session-expired' } });
  });

  it('passes on a GWS statusCode with the server message', async () => {
    const sim = await simulator(true);
    const client = await clientFor(sim.url);
    await client.me(supervisor);
    sim.scenario.applyFaults({ failNext: { operationName: 'Ready', statusCode: 2, statusMessage: 'Agent is on a call' } });

    expect(await client.operate('/api/v2/me/channels/voice', voiceReady)).toEqual({
      ok: false,
      error: { code: 'status', statusCode: 2, httpStatus: 200, message: 'GWS refused the request: Agent is on a call.' },
    });
    expect(await client.operate('/api/v2/me/calls/no-such-call', { operationName: 'Hangup' })).toMatchObject({
      ok: false,
      error: { code: 'status', statusCode: 6, httpStatus: 404 },
    });
  });
});

describe('CSRF', () => {
  /** A server that hands out a new token on every GET and accepts only the latest on POST. */
  function rotatingTokens(acceptPosts: boolean): Handler {
    let token = 0;
    return (req, res) => {
      if (req.method === 'GET') {
        token++;
        json(res, 200, { statusCode: 0, user: { id: 'u1', userName: 'supervisor1' } }, { 'X-CSRF-HEADER': 'X-CSRF-TOKEN', 'X-CSRF-TOKEN': `t${token}` });
      } else if (acceptPosts && req.headers['x-csrf-token'] === `t${token}`) {
        json(res, 200, { statusCode: 0 });
      } else {
        json(res, 403, { statusCode: 3, statusMessage: 'Missing or invalid Csrf token' });
      }
    };
  }

  it('learns a stale token again once, from a GET, and the request then succeeds', async () => {
    const gws = await server(rotatingTokens(true));
    const client = await clientFor(gws.url);
    await client.me(supervisor); // learns t1
    await fetch(`${gws.url}/api/v2/me`); // the server moves on to t2: t1 is stale

    expect(await client.operate('/api/v2/me/channels/voice', voiceReady)).toEqual({ ok: true, value: { statusCode: 0 } });
    expect(gws.requests.map((r) => `${r.method} ${String(r.headers['x-csrf-token'] ?? '-')}`)).toEqual(['GET -', 'GET -', 'POST t1', 'GET -', 'POST t3']);
  });

  it('surfaces the error when the fresh token is refused too, after exactly one retry', async () => {
    const gws = await server(rotatingTokens(false));
    const client = await clientFor(gws.url);
    await client.me(supervisor);

    expect(await client.operate('/api/v2/me/channels/voice', voiceReady)).toEqual({
      ok: false,
      error: { code: 'forbidden', httpStatus: 403, message: 'GWS refused the request: Missing or invalid Csrf token.' },
    });
    expect(gws.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'POST']);
  });
});

describe('replies no client should trust', () => {
  it.each<[string, Handler, object]>([
    [
      'malformed JSON',
      (_q, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"statusCode":0,'),
      { code: 'malformed', message: matching(/cannot read \(not JSON\)/) },
    ],
    ['JSON without a statusCode', (_q, res) => json(res, 200, { hello: 'world' }), { code: 'malformed' }],
    ['a user without an id', (_q, res) => json(res, 200, { statusCode: 0, user: { userName: 'x' } }), { code: 'malformed', message: matching(/user\.id/) }],
    [
      'an HTML error page',
      (_q, res) => res.writeHead(502, 'Bad Gateway', { 'Content-Type': 'text/html' }).end('<html><body><h1>502 Bad Gateway</h1></body></html>'),
      { code: 'http', httpStatus: 502, message: matching(/HTTP 502 Bad Gateway/) },
    ],
    [
      'HTTP 500 with a GWS body',
      (_q, res) => json(res, 500, { statusCode: 4, statusMessage: 'Cassandra unavailable' }),
      { code: 'status', statusCode: 4, httpStatus: 500, message: 'GWS refused the request: Cassandra unavailable.' },
    ],
    ['HTTP 500 with an empty body', (_q, res) => res.writeHead(500).end(), { code: 'http', httpStatus: 500 }],
    ['a redirect to a login page', (_q, res) => res.writeHead(302, { Location: '/login' }).end(), { code: 'http', httpStatus: 302 }],
    [
      'a reply past the size limit (33 MB, no length)',
      (_q, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(Buffer.alloc(33 * 1024 * 1024, ' ')),
      { code: 'too-large', message: matching(/sent a reply of more than 32 MB; it was refused/) },
    ],
  ])('%s: a typed error', async (_label, handler, error) => {
    const gws = await server(handler);
    const client = await clientFor(gws.url);
    expect(await client.me(supervisor)).toEqual({ ok: false, error: containing(error) });
  });

  it('a reply slower than the timeout: a timeout error, in about the timeout', async () => {
    const gws = await server((_q, res) => setTimeout(() => json(res, 200, { statusCode: 0 }), 2000).unref());
    const client = await clientFor(gws.url, { timeoutMs: 200 });
    const started = Date.now();

    expect(await client.me(supervisor)).toEqual({
      ok: false,
      error: { code: 'timeout', message: matching(/did not answer within 0\.2 s/) },
    });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('nobody listening: a network error that names the server', async () => {
    const gone = await startTestServer(() => {});
    await gone.close();
    const client = await clientFor(gone.url);
    expect(await client.me(supervisor)).toEqual({
      ok: false,
      error: {
        code: 'network',
        message: `Cannot reach the GWS server at 127.0.0.1:${gone.port}: connection refused. Check the server address and your network connection.`,
      },
    });
  });
});

describe('GWS as deployed (docs/gws-notes.md)', () => {
  it('keeps the context path of the server address in every request, and never calls the bare /api/v2', async () => {
    const gws = await server((req, res) =>
      req.url?.startsWith('/cloud-web/api/v2/')
        ? json(res, 200, { statusCode: 0, user: { id: 'u1', userName: 'supervisor1' } })
        : json(res, 404, { statusCode: 6 }),
    );
    const client = await clientFor(`${gws.url}/cloud-web`);
    expect(await client.me(supervisor)).toMatchObject({ ok: true, value: { userName: 'supervisor1' } });
    expect(await client.operate('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['voice'] })).toMatchObject({ ok: true });
    expect(gws.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /cloud-web/api/v2/me', 'POST /cloud-web/api/v2/me']);
  });

  it('signing in at the address without its context path: says to check the address for a path', async () => {
    const sim = await startSimulator({ contextPath: '/cloud-web' });
    cleanups.push(() => sim.close());
    const client = await clientFor(sim.url);
    expect(await client.me(supervisor)).toEqual({
      ok: false,
      error: {
        code: 'http',
        httpStatus: 404,
        message: `No GWS answered at ${sim.url} (HTTP 404 for /api/v2/me). Check the server address: GWS is often published under a path, such as https://${new URL(sim.url).host}/cloud-web.`,
      },
    });
    expect(await (await clientFor(sim.gwsUrl)).me(supervisor)).toMatchObject({ ok: true });
  });

  it.each<[string, Handler, object]>([
    [
      'statusCode "0" (as in the supervisor agent-state samples)',
      (_q, res) => json(res, 200, { statusCode: '0', user: { id: 'u1', userName: 'supervisor1' } }),
      { ok: true },
    ],
    [
      'HTTP 200 with statusCode "3"',
      (_q, res) => json(res, 200, { statusCode: '3', statusMessage: 'Forbidden' }),
      { ok: false, error: { code: 'status', statusCode: 3, httpStatus: 200, message: 'GWS refused the request: Forbidden.' } },
    ],
    [
      'HTTP 403 with statusCode "5" and no message',
      (_q, res) => json(res, 403, { statusCode: '5' }),
      { ok: false, error: { code: 'forbidden', httpStatus: 403 } },
    ],
    ['HTTP 404 with no body', (_q, res) => res.writeHead(404).end(), { ok: false, error: { code: 'http', httpStatus: 404 } }],
    [
      'HTTP 401 with statusCode "20"',
      (_q, res) => json(res, 401, { statusCode: '20', statusMessage: 'Access denied' }),
      { ok: false, error: { code: 'auth', httpStatus: 401 } },
    ],
    ['statusCode "zero"', (_q, res) => json(res, 200, { statusCode: 'zero' }), { ok: false, error: { code: 'malformed' } }],
  ])('%s', async (_label, handler, expected) => {
    const gws = await server(handler);
    const client = await clientFor(gws.url);
    expect(await client.me(supervisor)).toMatchObject(expected);
  });

  it('refuses to send a request to any host but the configured server, before it leaves', async () => {
    const decoy = await server((_q, res) => json(res, 200, { statusCode: 0 }));
    const gws = await server((_q, res) => json(res, 200, { statusCode: 0 }));
    const http = await HttpStack.create({ baseUrl: `${gws.url}/cloud-web`, trust: tls.rootCertificates, log: quiet });
    cleanups.push(() => http.close());
    await expect(http.send(`${decoy.url}/cloud-web/api/v2/me`, { method: 'GET' })).rejects.toThrow(/only to the configured server, not to 127\.0\.0\.1:\d+/);
    await expect(http.send(`${gws.url.replace('http:', 'https:')}/cloud-web/api/v2/me`, { method: 'GET' })).rejects.toThrow(/only to the configured server/);
    expect((await http.send(`${gws.url}/cloud-web/api/v2/me`, { method: 'GET' })).status).toBe(200);
    expect(decoy.requests).toEqual([]);
  });
});
