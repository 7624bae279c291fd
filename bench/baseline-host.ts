// The alert figure's baseline, in its own process: a bare `cometd` client (cometd-nodejs-client,
// as the simulator's tests use it) handshaken with the app's own session cookie and subscribed
// to the supervisor's topics. It timestamps each monitored call's Established leg on arrival
// and does nothing else.
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

  async close() {
    await listener?.close();
  },
};

export type BaselineHost = typeof handlers;
serve(handlers);
