// The live CometD connection to GWS (reference 2): long-polling with the session cookie,
// subscribed to the user's device and call topics, with connection states for the window and
// the tray (product.md item 2). CometD re-handshakes by itself after a server restart or a
// dropped session but forgets its subscriptions, so they are made inside the /meta/handshake
// listener, and every successful handshake is announced ('subscribed') for a resync.
// Retries are paced by ReconnectPolicy through CometD's onTransportFailure hook, and CometD's
// own timers run on the injected clock.
import { EventEmitter } from 'node:events';
import type { CometD, Message, SubscriptionHandle } from 'cometd';
import { systemClock, type Clock } from '../../clock';
import type { Log } from '../../log/diagnostic-log';
import type { HttpStack } from '../http/http-stack';
import { parseMessage, type GwsMessage } from '../messages';
import { createCometD } from './cometd-runtime';
import { defaultReconnectPolicy, ReconnectPolicy, type ReconnectPolicyOptions } from './reconnect-policy';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  /** Lost, and retrying on its own: `attempt` counts the failures, the next try is in nextRetryInMs. */
  | { kind: 'reconnecting' | 'offline'; attempt: number; nextRetryInMs: number; reason: string }
  | { kind: 'stopped' };

export interface ChannelEvents {
  state: [ConnectionState];
  /** Both topics are subscribed after a successful handshake: time to read the state again. */
  subscribed: [];
  /**
   * Connected again after a failure without a new handshake (the server kept the client): what
   * it sent meanwhile may have gone to the broken long-poll, so it is time to read the state again too.
   */
  resumed: [];
  message: [GwsMessage];
  /**
   * GWS refused the handshake (the HTTP session is gone): only signing in again helps. `stale`:
   * that handshake went out before the latest credentialsRenewed(), so it proves nothing about
   * the new session.
   */
  refused: [reason: string, stale: boolean];
}

/** The voice topics (reference 2.2). */
const topics = ['/v2/me/devices', '/v2/me/calls'] as const;

/** The longest pause between long polls a server may ask for (its advice.interval). */
const MAX_ADVICE_INTERVAL_MS = 5000;


export interface NotificationChannelOptions {
  baseUrl: string;
  http: HttpStack;
  log: Log;
  clock?: Clock;
  random?: () => number;
  policy?: Partial<ReconnectPolicyOptions>;
}

/** CometD's failure hook (Client.js; not in its .d.ts): it decides the action and the delay. */
interface FailureInfo {
  action: 'handshake' | 'retry' | 'none';
  delay?: number;
}
type FailureHook = (message: Message, info: FailureInfo, handler: (info: FailureInfo) => void) => void;
type FailedMessage = Message & { failure?: { reason?: string; httpCode?: number } };

export class NotificationChannel extends EventEmitter<ChannelEvents> {
  private readonly cometd: CometD;
  private readonly policy: ReconnectPolicy;
  private readonly clock: Clock;
  private current: ConnectionState = { kind: 'stopped' };
  private stopping = false;
  private pendingHandshake: unknown;
  /** Bumped by credentialsRenewed(); each handshake remembers the value it went out with. */
  private generation = 0;
  private handshakeGeneration = 0;
  /** Set while CometD is about to schedule its paced retry, so that timer can be caught. */
  private catchingRetry: FailureInfo['action'] | undefined;
  /** Set by retryNow(): if the server then asks for a handshake, it goes out without backoff. */
  private retryingNow = false;
  /** A failure since the last successful handshake: the next successful /meta/connect is a resume. */
  private lostSinceHandshake = false;
  /** CometD's pending retry (a /meta/connect or a handshake), for retryNow(). */
  private pendingRetry: { handle: unknown; run: () => void; action: FailureInfo['action'] } | undefined;
  /** Counts successful handshakes: each makes its own subscriptions, and a later one voids them. */
  private handshakes = 0;
  /** The topics the current handshake's subscriptions have been confirmed for. */
  private readonly confirmed = new Set<string>();

  constructor(private readonly options: NotificationChannelOptions) {
    super();
    this.clock = options.clock ?? systemClock;
    this.policy = new ReconnectPolicy({ ...defaultReconnectPolicy, ...options.policy }, this.clock, options.random);
    this.cometd = createCometD(options.http);
    this.cometd.configure({ url: `${options.baseUrl}/api/v2/notifications`, logLevel: 'warn', maxNetworkDelay: 15_000 });
    this.cometd.setTimeout = (callback, delay) => {
      const action = this.catchingRetry;
      this.catchingRetry = undefined;
      if (!action) return this.clock.setTimeout(callback, delay);
      // Once the retry has run (by its timer or by retryNow) it is no longer waiting: running it
      // again would send a second /meta/connect beside the first, which CometD throws on.
      const run = () => {
        if (this.pendingRetry?.run === run) this.pendingRetry = undefined;
        callback();
      };
      const handle = this.clock.setTimeout(run, delay);
      this.pendingRetry = { handle, run, action };
      return handle;
    };
    this.cometd.clearTimeout = (handle) => {
      if (this.pendingRetry?.handle === handle) this.pendingRetry = undefined;
      this.clock.clearTimeout(handle);
    };
    this.cometd.registerExtension('handshake-budget', {
      outgoing: (message) => {
        if (message.channel === '/meta/handshake') {
          this.policy.recordHandshake();
          this.handshakeGeneration = this.generation;
        }
        return message;
      },
    });
    this.cometd.registerExtension('hostile-input', {
      incoming: (message: unknown) => {
        // CometD reads each reply message's channel as a string: one that is not (null, a number,
        // a message without one) throws inside CometD and loses the rest of the reply, its
        // /meta/connect answer with it, and the connection then waits for ever. Dropped here.
        const m = message as Message | null;
        if (m === null || typeof m !== 'object' || typeof m.channel !== 'string' || !m.channel.startsWith('/')) {
          this.options.log.warn(`Ignoring a malformed CometD message: ${String(JSON.stringify(message)).slice(0, 200)}`);
          return null;
        }
        // CometD waits advice.interval before each /meta/connect: a server asking for an hour
        // (broken, or hostile) would leave the app "connected" and deaf. GWS asks for 0.
        const interval = m.advice?.interval;
        if (m.advice && typeof interval === 'number' && interval > MAX_ADVICE_INTERVAL_MS) {
          this.options.log.warn(`GWS advised waiting ${interval} ms between polls; waiting ${MAX_ADVICE_INTERVAL_MS} ms instead`);
          m.advice = { ...m.advice, interval: MAX_ADVICE_INTERVAL_MS };
        }
        return m;
      },
    });
    this.pace();
    this.cometd.addListener('/meta/handshake', (message) => this.onHandshake(message));
    this.cometd.addListener('/meta/connect', (message) => {
      if (message.successful && this.current.kind !== 'connected') {
        this.pendingRetry = undefined;
        this.policy.connected();
        this.setState({ kind: 'connected' });
        if (this.lostSinceHandshake) {
          this.lostSinceHandshake = false;
          this.emit('resumed');
        }
      }
    });
  }

  get state(): ConnectionState {
    return this.current;
  }

  /** Handshakes (now, or when the handshake budget allows) and keeps the connection up. */
  start(): void {
    this.stopping = false;
    this.setState({ kind: 'connecting' });
    this.handshakeWhenAllowed();
  }

  /** The session cookie was renewed (signed in again): later handshakes carry the new one. */
  credentialsRenewed(): void {
    this.generation++;
  }

  /** After signing in again: handshake with the new session cookie, unless CometD already is. */
  handshakeAgain(): void {
    if (this.stopping || !this.cometd.isDisconnected()) return;
    this.handshakeWhenAllowed();
  }

  /**
   * "Reconnect now": runs the retry CometD is waiting for at once, instead of after its backoff.
   * A handshake still waits for the handshake budget, so a supervisor pressing it cannot make
   * the app hammer a server that refuses. Returns whether a retry was waiting.
   */
  retryNow(): boolean {
    const retry = this.pendingRetry;
    if (!retry || this.stopping || this.current.kind === 'connected') return false;
    this.pendingRetry = undefined;
    this.retryingNow = true;
    this.clock.clearTimeout(retry.handle);
    const wait = retry.action === 'handshake' ? this.policy.handshakeDelay(0) : 0;
    if (wait > 0) this.clock.setTimeout(retry.run, wait);
    else retry.run();
    return true;
  }

  /** Disconnects (a /meta/disconnect, bounded in time) and stops retrying. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.clock.clearTimeout(this.pendingHandshake);
    if (!this.cometd.isDisconnected()) {
      // disconnect() never calls back when already disconnected (toolchain-notes.md), hence the check.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 3000);
        this.cometd.disconnect(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.setState({ kind: 'stopped' });
  }

  private handshakeWhenAllowed(): void {
    this.clock.clearTimeout(this.pendingHandshake);
    this.pendingHandshake = this.clock.setTimeout(() => {
      if (!this.stopping) this.cometd.handshake();
    }, this.policy.handshakeDelay(0));
  }

  private onHandshake(message: Message): void {
    if (!message.successful) {
      // 403::handshake_denied comes with advice reconnect:none: CometD stops, the session is gone.
      const refused = message.advice?.reconnect === 'none' || /^403/.test(message.error ?? '');
      if (refused && !this.stopping) {
        this.emit('refused', message.error ?? 'handshake refused', this.handshakeGeneration < this.generation);
      }
      return;
    }
    this.handshakes++;
    this.confirmed.clear();
    this.lostSinceHandshake = false;
    this.subscribe(topics, this.handshakes, 0);
  }

  /**
   * Subscribes to `wanted` for handshake number `handshake`. A subscription refused (or its reply
   * missing, which CometD reports the same way) is made again after a backoff, as long as that
   * handshake is current: connected but not subscribed, the app would hear nothing and say nothing.
   */
  private subscribe(wanted: readonly string[], handshake: number, attempt: number): void {
    let retrying = false;
    const retry = () => {
      if (retrying) return;
      retrying = true;
      this.clock.setTimeout(() => {
        if (this.stopping || handshake !== this.handshakes || this.cometd.isDisconnected()) return;
        const missing = wanted.filter((topic) => !this.confirmed.has(topic));
        if (missing.length > 0) this.subscribe(missing, handshake, attempt + 1);
      }, this.policy.retryDelay(attempt + 1));
    };
    this.cometd.batch(() => {
      for (const topic of wanted) {
        const handle: SubscriptionHandle = this.cometd.subscribe(
          topic,
          (delivered) => this.onDelivery(delivered),
          (reply) => {
            if (!reply.successful) {
              // At once, whatever handshake is current: CometD drops a refused subscription's
              // listener only when the refusal names it, and while one is left it would answer
              // a later subscribe to the topic itself, "successful", without asking the server.
              this.cometd.removeListener(handle);
              if (handshake !== this.handshakes) return;
              this.options.log.error(`Subscribing to ${topic} failed: ${String(reply.error ?? 'no reason given')}; subscribing again`);
              retry();
              return;
            }
            if (handshake !== this.handshakes) return;
            this.confirmed.add(topic);
            if (this.confirmed.size === topics.length) this.emit('subscribed');
          },
        );
      }
    });
  }

  private onDelivery(delivered: Message): void {
    const parsed = parseMessage(delivered.data);
    if (parsed.kind === 'message') this.emit('message', parsed.message);
    else if (parsed.kind === 'unknown') this.options.log.info(`Ignoring a ${parsed.messageType} on ${delivered.channel}`);
    else this.options.log.warn(`Ignoring a malformed ${parsed.messageType} on ${delivered.channel}: ${parsed.problem}`);
  }

  /** Wraps CometD's failure hook: its decision stands, the delay is ours. */
  private pace(): void {
    const cometd = this.cometd as CometD & { onTransportFailure: FailureHook };
    const decide = cometd.onTransportFailure.bind(cometd);
    cometd.onTransportFailure = (message, info, handler) =>
      decide(message, info, (decided) => {
        if (this.stopping || decided.action === 'none') {
          handler({ ...decided, action: 'none' });
          return;
        }
        const attempt = this.policy.failed();
        this.lostSinceHandshake = true;
        // After "reconnect now", a server that answers "handshake again" (402) is back: go on at
        // once, within the handshake budget. A server still unreachable gets the usual backoff.
        const urgent = this.retryingNow && decided.action === 'handshake';
        this.retryingNow = false;
        const delay = urgent
          ? this.policy.handshakeDelay(0)
          : decided.action === 'handshake'
            ? this.policy.handshakeDelay(attempt)
            : this.policy.retryDelay(attempt);
        this.setState({
          kind: this.policy.isOffline(attempt) ? 'offline' : 'reconnecting',
          attempt,
          nextRetryInMs: delay,
          reason: failureReason(message),
        });
        this.catchingRetry = decided.action;
        handler({ ...decided, delay });
        this.catchingRetry = undefined;
      });
  }

  private setState(state: ConnectionState): void {
    this.current = state;
    this.options.log.info('Notification channel:', state);
    this.emit('state', state);
  }
}

function failureReason(message: FailedMessage): string {
  if (message.failure?.httpCode) return `HTTP ${message.failure.httpCode}`;
  return message.error ?? message.failure?.reason ?? 'connection lost';
}
