// 10,000 random requests (a seeded generator, 16 at a time): every answer is JSON, none is a
// 5xx, and the simulator still works afterwards. Plus requests Node's HTTP parser rejects.
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { useSimulator } from '../test-support/fixture';
import type { GwsClient } from '../test-support/gws-client';
import { seededRandom } from '../../test-support/seeded-random';

const requestCount = 10_000;
const concurrency = 16;

const operationNames = [
  'StartContactCenterSession',
  'EndContactCenterSession',
  'Ready',
  'NotReady',
  'AfterCallWork',
  'AuxWork',
  'Offline',
  'ListenIn',
  'Coach',
  'BargeIn',
  'CancelSupervisorMonitoring',
  'DoNotDisturbOn',
  'DoNotDisturbOff',
  'Dial',
  'Answer',
  'Hangup',
  'Hold',
  'Retrieve',
  'SingleStepTransfer',
  'SwitchToBargeIn',
  'SwitchToListenIn',
  'MuteMonitoredUser',
  'UnmuteMonitoredUser',
  'SwitchToCoach',
  '',
  'constructor',
  '__proto__',
  'toString',
];

// node:http with keep-alive: a third of fetch's cost per request, so the loop stays quick.
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function send(url: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(url, { method, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('fuzz', () => {
  const sim = useSimulator();
  afterAll(() => agent.destroy());

  it(`stays up and answers JSON to ${requestCount.toLocaleString('en')} random requests`, { timeout: 90_000 }, async () => {
    const seed = Date.now() % 100_000;
    const next = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

    const supervisor = await sim.signIn('supervisor1');
    const agent = await sim.signIn('agent1');
    const clients: (GwsClient | undefined)[] = [supervisor.client, agent.client, undefined];
    const callIds = [await sim.talking('agent2'), await sim.ring('agent3'), 'NOPE', ''];
    const ids = [supervisor.deviceId, agent.deviceId, sim.deviceId('agent2'), 'nope', '%2F..', 'x'.repeat(300), '%00', '0'];
    const junk = () =>
      pick<unknown>([
        null,
        0,
        -1,
        1e308,
        'x',
        '',
        true,
        [],
        {},
        [null],
        { a: { b: { c: [] } } },
        'a'.repeat(2000),
        sim.deviceUri('agent4'),
        `${sim.url}/api/v2/devices/${pick(ids)}`,
        '8001',
        '7005',
        '+14155550000',
      ]);
    const body = (): string | undefined => {
      switch (Math.floor(next() * 6)) {
        case 0:
          return undefined;
        case 1:
          return pick(['{', '{"operationName":', 'null', '[]', '"', '\u0000', '{"a":1}}', 'NaN', '{"operationName":"Ready",}']);
        case 2:
          return JSON.stringify(junk());
        case 3:
          return JSON.stringify([
            {
              channel: pick(['/meta/handshake', '/meta/connect', '/meta/subscribe', '/v2/me/calls', '/', 'x', 5]),
              subscription: junk(),
              clientId: junk(),
              advice: junk(),
              id: junk(),
            },
          ]);
        default: {
          const fields: Record<string, unknown> = { operationName: pick(operationNames) };
          for (const key of [
            'targetDeviceUri',
            'phoneNumber',
            'supervisorMonitoringScope',
            'supervisorMonitoringMode',
            'destination',
            'channels',
            'workmode',
            'to',
            'from',
            'via',
            'state',
            'userData',
            'failNext',
            'dropNotifications',
          ]) {
            if (next() < 0.3)
              fields[key] = pick([
                junk(),
                pick(['Agent', 'Call', 'NextCall', 'AllCalls', 'ManualIn', 'Ready', 'agent5', 'voice']),
                { phoneNumber: junk() },
                ['voice', 'chat'],
              ]);
          }
          return JSON.stringify(fields);
        }
      }
    };
    const path = () => {
      const id = pick(ids);
      const call = pick(callIds);
      return pick([
        '/api/v2/me',
        '/api/v2/me?subresources=*',
        `/api/v2/me?subresources=${pick(['devices', 'x,,', '%ZZ'])}`,
        '/api/v2/me/devices',
        `/api/v2/me/devices/${id}`,
        `/api/v2/me/devices/${id}/calls`,
        '/api/v2/me/calls',
        `/api/v2/me/calls/${call}`,
        '/api/v2/me/channels/voice',
        '/api/v2/me/channels/chat',
        '/api/v2/users',
        `/api/v2/users?fields=${pick(['*', 'userName,roles', ''])}`,
        `/api/v2/users/${id}?subresources=*`,
        '/api/v2/devices?fields=*',
        `/api/v2/devices/${id}`,
        '/api/v2/features',
        `/api/v2/features/${id}`,
        '/api/v2/diagnostics/version',
        '/api/v2/notifications',
        '/api/v2/',
        '/api/v2/%E0%A4%A',
        '//api/v2/me',
        '/',
        '/sim/calls',
        `/sim/calls/${call}/${pick(['answer', 'release', 'transfer', 'x'])}`,
        `/sim/agents/${pick(['agent5', 'agent6', 'nobody', '%25'])}/state`,
        '/sim/state',
        '/sim/requests',
        '/sim/faults',
      ]);
    };

    let sent = 0;
    const failures: string[] = [];
    const worker = async () => {
      while (sent < requestCount && failures.length === 0) {
        sent += 1;
        const method = pick(['GET', 'GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
        const target = path();
        // Never stop the whole contact center: latency, session expiry and reset have their own tests.
        const text = target === '/sim/faults' ? JSON.stringify({ failNext: { operationName: pick(operationNames), statusCode: 2 } }) : body();
        const client = pick(clients);
        const headers: Record<string, string> = { 'Content-Type': pick(['application/json', 'text/plain']) };
        if (client?.cookie) headers.Cookie = client.cookie;
        if (client?.csrfToken && next() < 0.9) headers['X-CSRF-TOKEN'] = client.csrfToken;
        if (next() < 0.1) headers.Authorization = pick(['Basic !!!', 'Basic ' + Buffer.from('agent5:demo123').toString('base64'), 'Bearer x', 'Basic']);
        const res = await send(`${sim.url}${target}`, method, headers, method === 'GET' ? undefined : text);
        const answer = res.text;
        let parsed: unknown;
        try {
          parsed = JSON.parse(answer);
        } catch {
          parsed = undefined;
        }
        if (res.status >= 500 || parsed === undefined) {
          failures.push(`seed ${seed}: ${method} ${target} ${text ?? ''} -> ${res.status} ${answer.slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    expect(failures).toEqual([]);
    expect(sent).toBe(requestCount);

    // Still serving: the version probe, a new sign-in, a monitored call.
    expect(await (await fetch(`${sim.url}/api/v2/diagnostics/version`)).json()).toMatchObject({ statusCode: 0 });
    await sim.sim('POST', '/sim/reset');
    const again = await sim.signIn('supervisor2');
    await sim.deviceOperation(again, { operationName: 'BargeIn', targetDeviceUri: sim.deviceUri('agent9') });
    await sim.talking('agent9');
    expect((await again.notifications.nextCall()).call.state).toBe('Established');
  });

  it('answers requests Node cannot parse with a JSON 400', async () => {
    const { port } = new URL(sim.url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(JSON.parse(reply.split('\r\n\r\n')[1] ?? '')).toEqual({ statusCode: 2, statusMessage: 'Bad request' });
  });
});
