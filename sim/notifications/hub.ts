// The CometD endpoint (docs/gws-notes.md, "Notifications"): Bayeux long-polling by cometd-nodejs-server, a handshake
// only for an authenticated JSESSIONID, and per-user delivery. Every user subscribes to the
// same channel names (/v2/me/...), so messages are delivered to one user's clients, never
// broadcast.
import type { IncomingMessage, ServerResponse } from 'node:http';
import pkg from 'cometd-nodejs-server';
import type { CometDServer, ServerSession } from 'cometd-nodejs-server';
import type { SessionStore } from '../gws/sessions';

// cometd-nodejs-server is CommonJS: its functions come off the default export.
const { createCometDServer } = pkg;

interface Client {
  session: ServerSession;
  userId: string;
  httpSessionId: string;
}

/**
 * cometd-nodejs-server has no public way to expire a session without telling the client
 * (ServerSession.disconnect() delivers /meta/disconnect). These are the internals its own
 * sweeper uses to expire an idle session.
 */
interface Internals {
  _removeServerSession(session: ServerSession, timeout: boolean): unknown;
}
interface SessionInternals {
  _scheduler: { resume(): void } | null;
}

export interface HubOptions {
  /** How long a /meta/connect is held open when there is nothing to send. */
  longPollMs: number;
  /** A client of `userId` now has its /meta/connect held: the next message goes out at once. */
  onConnectHeld?: (userId: string, clientId: string) => void;
}

export class NotificationHub {
  readonly #server: CometDServer;
  readonly #clients = new Map<string, Client>();

  constructor(sessions: SessionStore, options: HubOptions) {
    this.#server = createCometDServer({
      timeout: options.longPollMs,
      maxInterval: 10_000,
      // Several clients behind one cookie jar (tests, one app with two windows) all long-poll.
      maxSessionsPerBrowser: -1,
    });
    this.#server.policy = {
      canHandshake: (session, _message, callback) => {
        const request = (this.#server.context as { request?: IncomingMessage }).request;
        const httpSession = sessions.fromCookieHeader(request?.headers.cookie);
        if (httpSession) {
          const { userId } = httpSession;
          this.#clients.set(session.id, { session, userId, httpSessionId: httpSession.id });
          if (options.onConnectHeld) session.addListener('suspended', () => options.onConnectHeld?.(userId, session.id));
        }
        callback(undefined, httpSession !== undefined);
      },
      // GWS topics carry server notifications only.
      canPublish: (_session, _message, _channel, callback) => callback(undefined, false),
    };
    this.#server.addListener('sessionRemoved', (session: ServerSession) => this.#clients.delete(session.id));
    sessions.onEnd((ended) => this.#forget((client) => client.httpSessionId === ended.id));
  }

  /** Hands a request with already-parsed Bayeux messages to the CometD server. */
  handle(req: IncomingMessage, res: ServerResponse, messages: unknown[]): void {
    // cometd-nodejs-server takes a pre-read body from request.body.
    (req as IncomingMessage & { body?: unknown }).body = messages;
    this.#server.handle(req, res);
  }

  deliver(userId: string, channel: string, data: unknown): void {
    for (const client of this.#clients.values()) {
      if (client.userId !== userId) continue;
      if (client.session.subscriptions.some((s) => channelMatches(s.name, channel))) {
        client.session.deliver(null, channel, data);
      }
    }
  }

  /** Forgets every client: each one's next /meta/connect answers 402::session_unknown. */
  forgetAll(): void {
    this.#forget(() => true);
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  /** Answers every held /meta/connect (their timers would otherwise outlive the server) and stops. */
  close(): void {
    this.forgetAll();
    this.#server.close();
  }

  #forget(which: (client: Client) => boolean): void {
    for (const client of [...this.#clients.values()].filter(which)) {
      (this.#server as unknown as Internals)._removeServerSession(client.session, true);
      // Answer a held /meta/connect now, so the client's next one learns it is unknown.
      (client.session as unknown as SessionInternals)._scheduler?.resume();
    }
  }
}

/** Bayeux channel globbing: `/a/*` matches one segment below /a, `/a/**` any depth. */
export function channelMatches(subscription: string, channel: string): boolean {
  if (subscription === channel) return true;
  if (subscription.endsWith('/**')) return channel.startsWith(subscription.slice(0, -2));
  if (subscription.endsWith('/*')) {
    const prefix = subscription.slice(0, -1);
    return channel.startsWith(prefix) && !channel.slice(prefix.length).includes('/');
  }
  return false;
}
