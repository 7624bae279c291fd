// The bare client the app's figures are compared with, in its own process as the app is in its
// own (a client and a server in one process skip the wake-up every real request pays): for the
// alert figure, a bare `cometd` client (cometd-nodejs-client, as the simulator's tests use it)
// handshaken with the app's own session cookie and subscribed to the supervisor's topics, that
// timestamps each monitored call's Established leg on arrival and does nothing else; for the
// barge-in figure, a bare fetch POST, timestamped as it is sent.
import type { Message } from 'cometd';
import { NotificationListener } from '../sim/test-support/notifications';
import { serve } from './child';
import { now } from './clock';

let listener: NotificationListener | undefined;
const received = new Map<string, number>();

const handlers = {
  async connect({ url, cookie }: { url: string; cookie: string }) {
    listener = await NotificationListener.connect(url, cookie, '/v2/me/*');
    listener.cometd.addListener('/v2/me/calls', (message: Message) => {
      const at = now();
      const call = (message.data as { call?: { id?: string; state?: string; monitoring?: boolean } }).call;
      if (call?.id && call.monitoring && call.state === 'Established' && !received.has(call.id)) received.set(call.id, at);
    });
  },

  /** Each call's arrival time, then forgets them. */
  received() {
    const entries = [...received];
    received.clear();
    return entries;
  },

  /** One POST with Node's fetch; `sent` on this process's clock, taken just before it. */
  async post({ url, headers, body }: { url: string; headers: Record<string, string>; body: string }) {
    const sent = now();
    const reply = await fetch(url, { method: 'POST', headers, body });
    await reply.arrayBuffer();
    return { sent, ok: reply.ok };
  },

  async close() {
    await listener?.close();
  },
};

export type BaselineHost = typeof handlers;
serve(handlers);
