// The live CometD connection to GWS (docs/gws-notes.md, "Notifications"): long-polling with the session cookie,
// subscribed to the user's device and call topics, with connection states for the window and
// the tray (connecting, connected, reconnecting, offline). CometD re-handshakes by itself after a server restart or a
// dropped session but forgets its subscriptions, so they are made inside the /meta/handshake
// listener, and every successful handshake is announced ('subscribed') for a resync.
// Retries are paced by ReconnectPolicy through CometD's onTransportFailure hook, and CometD's
// own timers run on the injected clock.
import { EventEmitter } from 'node:events';
import type { CometD, Message } from 'cometd';
import { systemClock, type Clock } from '../../clock';
import type { Log } from '../../log/diagnostic-log';
import { gwsUrl } from '../gws-url';
import type { HttpStack } from '../http/http-stack';
import type { GwsMessage } from '../messages';
import { serverText } from '../server-text';
import { filterIncomingMessages } from './advice-filter';
import { createCometD } from './cometd-runtime';
import { LongPollWatchdog, MAX_NETWORK_DELAY_MS } from './long-poll-watchdog';
import { defaultReconnectPolicy, ReconnectPolicy, type ReconnectPolicyOptions } from './reconnect-policy';
import { TopicSubscriptions } from './topic-subscriptions';

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
  readonly #options: NotificationChannelOptions;
  readonly #cometd: CometD;
  readonly #policy: ReconnectPolicy;
  readonly #clock: Clock;
  readonly #watchdog: LongPollWatchdog;
  readonly #subscriptions: TopicSubscriptions;
  #current: ConnectionState = { kind: 'stopped' };
  #stopping = false;
  #pendingHandshake: unknown;
  /** Bumped by credentialsRenewed(); each handshake remembers the value it went out with. */
  #generation = 0;
  #handshakeGeneration = 0;
  /** Set while CometD is about to schedule its paced retry, so that timer can be caught. */
  #catchingRetry: FailureInfo['action'] | undefined;
  /** Set by retryNow(): if the server then asks for a handshake, it goes out without backoff. */
  #retryingNow = false;
  /** A failure since the last successful handshake: the next successful /meta/connect is a resume. */
  #lostSinceHandshake = false;
  /** CometD's pending retry (a /meta/connect or a handshake), for retryNow(). */
  #pendingRetry: { handle: unknown; run: () => void; action: FailureInfo['action'] } | undefined;

  constructor(options: NotificationChannelOptions) {
    super();
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    this.#policy = new ReconnectPolicy({ ...defaultReconnectPolicy, ...options.policy }, this.#clock, options.random);
    this.#cometd = createCometD(options.http);
    this.#cometd.configure({ url: gwsUrl(options.baseUrl, '/api/v2/notifications'), logLevel: 'warn', maxNetworkDelay: MAX_NETWORK_DELAY_MS });
    const stopping = () => this.#stopping;
    this.#watchdog = new LongPollWatchdog({
      cometd: this.#cometd,
      clock: this.#clock,
      log: options.log,
      stopping,
      stopped: () => this.#current.kind === 'stopped',
    });
    this.#subscriptions = new TopicSubscriptions({
      cometd: this.#cometd,
      clock: this.#clock,
      log: options.log,
      policy: this.#policy,
      stopping,
      onSubscribed: () => this.emit('subscribed'),
      onMessage: (message) => this.emit('message', message),
    });
    this.#cometd.setTimeout = (callback, delay) => {
      const action = this.#catchingRetry;
      this.#catchingRetry = undefined;
      if (!action) return this.#clock.setTimeout(callback, delay);
      // Once the retry has run (by its timer or by retryNow) it is no longer waiting: running it
      // again would send a second /meta/connect beside the first, which CometD throws on.
      const run = () => {
        if (this.#pendingRetry?.run === run) this.#pendingRetry = undefined;
        callback();
      };
      const handle = this.#clock.setTimeout(run, delay);
      this.#pendingRetry = { handle, run, action };
      return handle;
    };
    this.#cometd.clearTimeout = (handle) => {
      if (this.#pendingRetry?.handle === handle) this.#pendingRetry = undefined;
      this.#clock.clearTimeout(handle);
    };
    this.#cometd.registerExtension('handshake-budget', {
      outgoing: (message) => {
        if (message.channel === '/meta/handshake') {
          this.#policy.recordHandshake();
          this.#handshakeGeneration = this.#generation;
        }
        if (message.channel === '/meta/connect') this.#watchdog.connectSent(message.id);
        return message;
      },
    });
    filterIncomingMessages(this.#cometd, options.log, stopping);
    this.#pace();
    this.#cometd.addListener('/meta/handshake', (message) => {
      this.#watchdog.arm();
      this.#onHandshake(message);
    });
    this.#cometd.addListener('/meta/connect', (message) => {
      this.#watchdog.arm();
      if (message.successful && this.#current.kind !== 'connected') {
        this.#pendingRetry = undefined;
        this.#policy.connected();
        this.#setState({ kind: 'connected' });
        if (this.#lostSinceHandshake) {
          this.#lostSinceHandshake = false;
          this.emit('resumed');
        }
      }
    });
  }

  get state(): ConnectionState {
    return this.#current;
  }

  /** Handshakes (now, or when the handshake budget allows) and keeps the connection up. */
  start(): void {
    this.#stopping = false;
    this.#setState({ kind: 'connecting' });
    this.#handshakeWhenAllowed();
  }

  /** The session cookie was renewed (signed in again): later handshakes carry the new one. */
  credentialsRenewed(): void {
    this.#generation++;
  }

  /** After signing in again: handshake with the new session cookie, unless CometD already is. */
  handshakeAgain(): void {
    if (this.#stopping || !this.#cometd.isDisconnected()) return;
    this.#handshakeWhenAllowed();
  }

  /**
   * "Reconnect now": runs the retry CometD is waiting for at once, instead of after its backoff.
   * A handshake still waits for the handshake budget, so a supervisor pressing it cannot make
   * the app hammer a server that refuses. Returns whether a retry was waiting.
   */
  retryNow(): boolean {
    const retry = this.#pendingRetry;
    if (!retry || this.#stopping || this.#current.kind === 'connected') return false;
    this.#pendingRetry = undefined;
    this.#retryingNow = true;
    this.#clock.clearTimeout(retry.handle);
    const wait = retry.action === 'handshake' ? this.#policy.handshakeDelay(0) : 0;
    if (wait > 0) this.#clock.setTimeout(retry.run, wait);
    else retry.run();
    return true;
  }

  /** Disconnects (a /meta/disconnect, bounded in time) and stops retrying. */
  async stop(): Promise<void> {
    this.#stopping = true;
    this.#clock.clearTimeout(this.#pendingHandshake);
    this.#watchdog.disarm();
    this.#subscriptions.cancel();
    if (!this.#cometd.isDisconnected()) {
      // cometd's disconnect() never calls back when already disconnected, hence the check.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 3000);
        this.#cometd.disconnect(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.#setState({ kind: 'stopped' });
  }

  #handshakeWhenAllowed(): void {
    this.#clock.clearTimeout(this.#pendingHandshake);
    const delay = this.#policy.handshakeDelay(0);
    this.#watchdog.arm(delay);
    this.#pendingHandshake = this.#clock.setTimeout(() => {
      if (!this.#stopping) this.#cometd.handshake();
    }, delay);
  }

  #onHandshake(message: Message): void {
    if (!message.successful) {
      // 403::handshake_denied comes with advice reconnect:none: CometD stops, the session is gone.
      const refused = message.advice?.reconnect === 'none' || /^403/.test(message.error ?? '');
      if (refused && !this.#stopping) {
        this.emit('refused', serverText(String(message.error ?? 'handshake refused')), this.#handshakeGeneration < this.#generation);
      }
      return;
    }
    this.#lostSinceHandshake = false;
    this.#subscriptions.renew();
  }

  /** Wraps CometD's failure hook: its decision stands, the delay is ours. */
  #pace(): void {
    const cometd = this.#cometd as CometD & { onTransportFailure: FailureHook };
    const decide = cometd.onTransportFailure.bind(cometd);
    cometd.onTransportFailure = (message, info, handler) =>
      decide(message, info, (decided) => {
        if (this.#stopping || decided.action === 'none') {
          handler({ ...decided, action: 'none' });
          return;
        }
        const attempt = this.#policy.failed();
        this.#lostSinceHandshake = true;
        // After "reconnect now", a server that answers "handshake again" (402) is back: go on at
        // once, within the handshake budget. A server still unreachable gets the usual backoff.
        const urgent = this.#retryingNow && decided.action === 'handshake';
        this.#retryingNow = false;
        const delay = urgent
          ? this.#policy.handshakeDelay(0)
          : decided.action === 'handshake'
            ? this.#policy.handshakeDelay(attempt)
            : this.#policy.retryDelay(attempt);
        this.#setState({
          kind: this.#policy.isOffline(attempt) ? 'offline' : 'reconnecting',
          attempt,
          nextRetryInMs: delay,
          reason: failureReason(message),
        });
        this.#catchingRetry = decided.action;
        this.#watchdog.arm(delay);
        handler({ ...decided, delay });
        this.#catchingRetry = undefined;
      });
  }

  #setState(state: ConnectionState): void {
    this.#current = state;
    this.#options.log.info('Notification channel:', state);
    this.emit('state', state);
  }
}

function failureReason(message: FailedMessage): string {
  if (message.failure?.httpCode) return `HTTP ${message.failure.httpCode}`;
  return serverText(String(message.error ?? message.failure?.reason ?? 'connection lost'));
}
