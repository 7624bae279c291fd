// "A server that refuses handshakes for 60 s sees at most 10 handshake attempts." Proved against
// a real HTTP server that refuses every handshake and asks for another at once (the most
// aggressive advice Bayeux allows), with real CometD and the real channel; only time is virtual,
// so three minutes of retries take a moment. Every delay CometD waits goes through the injected
// clock (channel.ts), so virtual time is the time the server sees.
import tls from 'node:tls';
import { afterAll, beforeAll, expect, it } from 'vitest';
import '../../../test-support/no-unhandled-rejections';
import { nextEvent } from '../../../test-support/events';
import { json, startTestServer, type TestServer } from '../../../test-support/http-server';
import { VirtualClock } from '../../../test-support/virtual-clock';
import { HttpStack } from '../http/http-stack';
import { NotificationChannel, type ConnectionState } from './channel';
import { quiet } from '../../../test-support/quiet-log';

const clock = new VirtualClock();
const handshakesAt: number[] = [];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer((_req, res, body) => {
    const messages = JSON.parse(body) as { id: string; channel: string }[];
    for (const m of messages) if (m.channel === '/meta/handshake') handshakesAt.push(clock.now());
    json(
      res,
      200,
      messages.map((m) => ({ id: m.id, channel: m.channel, successful: false, error: '503::overloaded', advice: { reconnect: 'handshake', interval: 0 } })),
    );
  });
});

afterAll(() => server.close());

it('a server refusing handshakes sees at most 10 in any 60 s, while the client keeps trying', async () => {
  const http = await HttpStack.create({ baseUrl: server.url, trust: tls.rootCertificates, log: quiet });
  // random 0: the shortest delays the jitter allows, the worst case for the server.
  const channel = new NotificationChannel({ baseUrl: server.url, http, log: quiet, clock, random: () => 0 });
  const states: ConnectionState[] = [];
  channel.on('state', (state) => states.push(state));
  const realStart = Date.now();

  channel.start();
  const horizon = 180_000;
  for (let step = 0; clock.now() < horizon && step < 100; step++) {
    const retry = nextEvent<[ConnectionState]>(channel, 'state', (s) => s.kind === 'reconnecting' || s.kind === 'offline', 5000);
    clock.advance(step === 0 ? 0 : (states.at(-1) as { nextRetryInMs: number }).nextRetryInMs);
    await retry;
  }
  await channel.stop();
  await http.close();

  const inWindow = (start: number) => handshakesAt.filter((t) => t >= start && t < start + 60_000).length;
  expect(inWindow(0)).toBeLessThanOrEqual(10);
  expect(Math.max(...handshakesAt.map(inWindow))).toBeLessThanOrEqual(10);
  // The budget binds: backoff alone would have sent a 7th at 30.5 s; it waits for the window.
  expect(handshakesAt.slice(0, 7)).toEqual([0, 500, 1500, 3500, 7500, 15_500, 60_000]);
  // It kept trying for the whole three minutes, and said so.
  expect(handshakesAt.at(-1)).toBeGreaterThanOrEqual(120_000);
  expect(states.at(-2)).toMatchObject({ kind: 'offline', reason: '503::overloaded' });
  expect(Date.now() - realStart).toBeLessThan(10_000);
});
