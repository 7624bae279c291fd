// "Connected again" has two ways back, and each must tell the session to read the state again:
// a new handshake ('subscribed') or, when the server kept the client, a /meta/connect that
// succeeds after a failed one ('resumed'): whatever GWS published meanwhile went to the broken
// long-poll. Proved with real CometD and the real channel against a scripted Bayeux server, so
// each /meta/connect can be failed exactly once.
import tls from 'node:tls';
import type { ServerResponse } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import '../../test-support/no-unhandled-rejections';
import { nextEvent, until } from '../../test-support/events';
import { json, startTestServer, type TestServer } from '../../test-support/http-server';
import { quiet } from '../../test-support/quiet-log';
import { HttpStack } from '../http/http-stack';
import { NotificationChannel, type ConnectionState } from './channel';

interface BayeuxMessage {
  id: string;
  channel: string;
  subscription?: string;
}

/** How the server answers the nth /meta/connect (1-based) of the whole run. */
type ConnectReply = 'ok' | 'http-500' | 'unknown-client' | 'hold';

let server: TestServer | undefined;
let channel: NotificationChannel | undefined;
let http: HttpStack | undefined;
afterEach(async () => {
  await channel?.stop();
  await http?.close();
  await server?.close();
});

/** A Bayeux server: handshakes and subscriptions succeed; each /meta/connect is answered per script. */
async function bayeux(script: (n: number) => ConnectReply) {
  const log = { handshakes: 0, connects: 0 };
  const held: ServerResponse[] = []; // let go with the server (closeAllConnections in close())
  server = await startTestServer((_req, res, body) => {
    const messages = JSON.parse(body) as BayeuxMessage[];
    const replies = [];
    for (const m of messages) {
      const base = { id: m.id, channel: m.channel };
      if (m.channel === '/meta/handshake') {
        log.handshakes++;
        replies.push({ ...base, successful: true, clientId: `client${log.handshakes}`, version: '1.0', supportedConnectionTypes: ['long-polling'], advice: { reconnect: 'retry', interval: 0, timeout: 30_000 } });
      } else if (m.channel === '/meta/subscribe') {
        replies.push({ ...base, successful: true, subscription: m.subscription });
      } else if (m.channel === '/meta/connect') {
        const reply = script(++log.connects);
        if (reply === 'http-500') return json(res, 500, { error: 'upstream reset' });
        if (reply === 'hold') return void held.push(res);
        if (reply === 'unknown-client') replies.push({ ...base, successful: false, error: '402::Unknown client', advice: { reconnect: 'handshake', interval: 0 } });
        else replies.push({ ...base, successful: true, advice: { reconnect: 'retry', interval: 0, timeout: 30_000 } });
      } else {
        replies.push({ ...base, successful: true });
      }
    }
    json(res, 200, replies);
  });
  return log;
}

const count = (events: string[], kind: string) => events.filter((e) => e === kind).length;

async function startChannel(): Promise<{ events: string[] }> {
  if (!server) throw new Error('start the server first');
  http = await HttpStack.create({ baseUrl: server.url, trust: tls.rootCertificates, log: quiet });
  channel = new NotificationChannel({ baseUrl: server.url, http, log: quiet, policy: { baseDelayMs: 50, maxDelayMs: 100 } });
  const events: string[] = [];
  channel.on('state', (s: ConnectionState) => events.push(s.kind));
  channel.on('subscribed', () => events.push('subscribed'));
  channel.on('resumed', () => events.push('resumed'));
  channel.start();
  return { events };
}

it('a /meta/connect that succeeds after a failed one, on the same client, is announced as resumed', async () => {
  // 1: connected after the handshake; 2: the long-poll breaks; 3: the retry gets through; then held.
  const log = await bayeux((n) => (n === 1 ? 'ok' : n === 2 ? 'http-500' : n === 3 ? 'ok' : 'hold'));
  const { events } = await startChannel();
  if (!channel) throw new Error('no channel');

  await nextEvent(channel, 'resumed');

  expect(log.handshakes).toBe(1);
  // The subscribe replies and the first /meta/connect reply may come in either order.
  expect(events.filter((e) => e !== 'subscribed')).toEqual(['connecting', 'connected', 'reconnecting', 'connected', 'resumed']);
  expect(count(events, 'subscribed')).toBe(1);
});

it('a reconnect through a new handshake is announced as subscribed only, never also as resumed', async () => {
  // 2: the server forgot the client (402): CometD handshakes again and subscribes again.
  const log = await bayeux((n) => (n === 1 || n === 3 ? 'ok' : n === 2 ? 'unknown-client' : 'hold'));
  const { events } = await startChannel();
  if (!channel) throw new Error('no channel');

  await nextEvent(channel, 'subscribed', () => log.handshakes === 2);
  // The /meta/connect after the second handshake is the held one: nothing more can come.
  await until(() => log.connects === 4, 'the long-poll after the second handshake');

  expect(events.filter((e) => e !== 'subscribed')).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  expect(count(events, 'subscribed')).toBe(2);
});
