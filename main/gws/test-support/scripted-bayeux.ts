// A Bayeux server over real HTTP whose answers a test scripts, for what a real server gives only
// by bad luck (a broken long poll, a reply CometD cannot place), plus the real NotificationChannel
// on it with its events recorded. Handshakes and subscriptions succeed unless scripted otherwise.
import tls from 'node:tls';
import type { ServerResponse } from 'node:http';
import { HttpStack } from '../http/http-stack';
import { NotificationChannel, type ConnectionState, type NotificationChannelOptions } from '../notifications/channel';
import { json, startTestServer, type TestServer } from '../../../test-support/http-server';
import { quiet } from '../../../test-support/quiet-log';

export interface BayeuxMessage {
  id: string;
  channel: string;
  subscription?: string;
}

export const GOOD_ADVICE = { reconnect: 'retry', interval: 0, timeout: 30_000 };

export interface BayeuxScript {
  /** Fields laid over the nth (1-based) handshake's successful reply. */
  handshake?: (n: number) => object | undefined;
  /**
   * The replies to the nth /meta/connect: undefined for a successful one, 'hold' never to answer,
   * 'http-500' for a broken reply, `{ raw }` for a body JSON.stringify could not write (nesting deeper than its stack).
   */
  connect: (n: number, m: BayeuxMessage) => object[] | 'hold' | 'http-500' | { raw: string } | undefined;
  /** Fields laid over the nth (1-based) /meta/subscribe's successful reply. */
  subscribe?: (n: number, m: BayeuxMessage) => object | undefined;
}

export interface ScriptedBayeux {
  server: TestServer;
  handshakes: number;
  connects: number;
  subscribes: number;
}

export async function scriptedBayeux(script: BayeuxScript): Promise<ScriptedBayeux> {
  // Let go with the server (closeAllConnections in close()), or answered by a disconnect.
  const held: { res: ServerResponse; id: string }[] = [];
  const bayeux: ScriptedBayeux = {
    handshakes: 0,
    connects: 0,
    subscribes: 0,
    server: await startTestServer((_req, res, body) => {
      const replies: object[] = [];
      for (const m of JSON.parse(body) as BayeuxMessage[]) {
        const base = { id: m.id, channel: m.channel };
        if (m.channel === '/meta/handshake') {
          bayeux.handshakes++;
          const good = {
            ...base,
            successful: true,
            clientId: `client${bayeux.handshakes}`,
            version: '1.0',
            supportedConnectionTypes: ['long-polling'],
            advice: GOOD_ADVICE,
          };
          replies.push({ ...good, ...script.handshake?.(bayeux.handshakes) });
        } else if (m.channel === '/meta/connect') {
          const scripted = script.connect(++bayeux.connects, m);
          if (scripted === 'hold') return void held.push({ res, id: m.id });
          if (scripted === 'http-500') return json(res, 500, { error: 'upstream reset' });
          if (scripted && 'raw' in scripted) {
            res.writeHead(200, { 'Content-Type': 'application/json' });
            return void res.end(scripted.raw);
          }
          replies.push(...(scripted ?? [{ ...base, successful: true, advice: GOOD_ADVICE }]));
        } else if (m.channel === '/meta/disconnect') {
          // As a real server does, the disconnect ends the long poll it holds.
          for (const poll of held.splice(0)) json(poll.res, 200, [{ id: poll.id, channel: '/meta/connect', successful: true, advice: { reconnect: 'none' } }]);
          replies.push({ ...base, successful: true });
        } else if (m.channel === '/meta/subscribe') {
          replies.push({ ...base, successful: true, subscription: m.subscription, ...script.subscribe?.(++bayeux.subscribes, m) });
        } else {
          replies.push({ ...base, successful: true, subscription: m.subscription });
        }
      }
      json(res, 200, replies);
    }),
  };
  return bayeux;
}

export interface ChannelUnderTest {
  channel: NotificationChannel;
  /** State kinds, 'subscribed' and 'resumed', in the order the channel emitted them. */
  events: string[];
  close(): Promise<void>;
}

/** The real channel on `server` with quick retries, started. */
export async function startChannel(server: TestServer, options: Pick<NotificationChannelOptions, 'clock' | 'random'> = {}): Promise<ChannelUnderTest> {
  const http = await HttpStack.create({ baseUrl: server.url, trust: tls.rootCertificates, log: quiet });
  const channel = new NotificationChannel({ baseUrl: server.url, http, log: quiet, policy: { baseDelayMs: 50, maxDelayMs: 100 }, ...options });
  const events: string[] = [];
  channel.on('state', (s: ConnectionState) => events.push(s.kind));
  channel.on('subscribed', () => events.push('subscribed'));
  channel.on('resumed', () => events.push('resumed'));
  channel.start();
  return {
    channel,
    events,
    async close() {
      await channel.stop();
      await http.close();
    },
  };
}
