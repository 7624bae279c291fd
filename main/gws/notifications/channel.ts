// The live CometD connection to GWS (docs/gws-notes.md, "Notifications"): long-polling with the session cookie,
// subscribed to the user's device and call topics, with connection states for the window and
// the tray (connecting, connected, reconnecting, offline). CometD re-handshakes by itself after a server restart or a
// dropped session but forgets its subscriptions, so they are made inside the /meta/handshake
// listener, and every successful handshake is announced ('subscribed') for a resync.
// Retries are paced by ReconnectPolicy through CometD's onTransportFailure hook, and CometD's
// own timers run on the injected clock.
import { EventEmitter } from 'node:events';
import type { CometD, Message, SubscriptionHandle } from 'cometd';
import { systemClock, type Clock } from '../../clock';
import type { Log } from '../../log/diagnostic-log';
import { gwsUrl } from '../gws-url';
import { preview } from '../../log/preview';
import type { HttpStack } from '../http/http-stack';
import { parseMessage, type GwsMessage } from '../messages';
import { serverText } from '../server-text';
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

/** The voice topics (docs/gws-notes.md, "Notifications"). */
const topics = ['/v2/me/devices', '/v2/me/calls'] as const;

/** The longest pause between long polls a server may ask for (its advice.interval). */
const MAX_ADVICE_INTERVAL_MS = 5000;
/** The longest a server may ask to hold a long poll (its advice.timeout); CometD's default is 60 s. */
const MAX_ADVICE_TIMEOUT_MS = 120_000;
const DEFAULT_ADVICE_TIMEOUT_MS = 60_000;
/** How long CometD waits for a reply beyond the server's long-poll timeout. */
const MAX_NETWORK_DELAY_MS = 15_000;
/** The watchdog's slack beyond CometD's own request timeout, so it never races that timeout. */
const WATCHDOG_MARGIN_MS = 5000;
const RECONNECT_ADVICE = ['retry', 'handshake', 'none'];

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
  /** The subscriptions' next try (subscribe()): a stop or a new handshake calls it off. */
  private subscriptionRetry: unknown;
  /** The long-poll watchdog's timer (armWatchdog()). */
  private watchdog: unknown;
  /** The id of the last /meta/connect sent, to fail it in CometD's name when it never comes back. */
  private lastConnectId: string | undefined;

  constructor(private readonly options: NotificationChannelOptions) {
    super();
    this.clock = options.clock ?? systemClock;
    this.policy = new ReconnectPolicy({ ...defaultReconnectPolicy, ...options.policy }, this.clock, options.random);
    this.cometd = createCometD(options.http);
    this.cometd.configure({ url: gwsUrl(options.baseUrl, '/api/v2/notifications'), logLevel: 'warn', maxNetworkDelay: MAX_NETWORK_DELAY_MS });
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
        if (message.channel === '/meta/connect') this.lastConnectId = message.id;
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
          this.options.log.warn(`Ignoring a malformed CometD message: ${preview(message)}`);
          return null;
        }
        if (m.advice !== undefined) m.advice = this.saneAdvice(m.advice);
        if (m.advice === undefined) delete m.advice;
        if (m.advice?.reconnect === 'none' && !this.stopping) this.unaskedDisconnect(m);
        return m;
      },
    });
    this.pace();
    this.cometd.addListener('/meta/handshake', (message) => {
      this.armWatchdog();
      this.onHandshake(message);
    });
    this.cometd.addListener('/meta/connect', (message) => {
      this.armWatchdog();
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
    this.clock.clearTimeout(this.watchdog);
    this.clock.clearTimeout(this.subscriptionRetry);
    if (!this.cometd.isDisconnected()) {
      // cometd's disconnect() never calls back when already disconnected, hence the check.
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
    const delay = this.policy.handshakeDelay(0);
    this.armWatchdog(delay);
    this.pendingHandshake = this.clock.setTimeout(() => {
      if (!this.stopping) this.cometd.handshake();
    }, delay);
  }

  /**
   * Junk advice makes CometD stop for good: a reconnect it does not know throws inside it (no
   * next long poll, or no retry: "reconnecting" for ever), a pause or a hold of hours leaves the
   * app deaf. Advice that is not sane is dropped, a pause or a hold too long is shortened.
   */
  private saneAdvice(advice: unknown): Message['advice'] {
    if (advice === null || typeof advice !== 'object' || Array.isArray(advice)) {
      this.options.log.warn(`Ignoring CometD advice that is not an object: ${preview(advice)}`);
      return undefined;
    }
    const sane: Record<string, unknown> = { ...advice };
    const drop = (key: string) => {
      this.options.log.warn(`Ignoring the CometD advice ${key} GWS gave: ${preview(sane[key])}`);
      delete sane[key];
    };
    if (sane.reconnect !== undefined && !RECONNECT_ADVICE.includes(sane.reconnect as string)) drop('reconnect');
    for (const key of ['interval', 'timeout'] as const) {
      const value = sane[key];
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) drop(key);
    }
    if (typeof sane.interval === 'number' && sane.interval > MAX_ADVICE_INTERVAL_MS) {
      this.options.log.warn(`GWS advised waiting ${sane.interval} ms between polls; waiting ${MAX_ADVICE_INTERVAL_MS} ms instead`);
      sane.interval = MAX_ADVICE_INTERVAL_MS;
    }
    if (typeof sane.timeout === 'number' && sane.timeout > MAX_ADVICE_TIMEOUT_MS) {
      this.options.log.warn(`GWS advised holding a long poll ${sane.timeout} ms; waiting ${MAX_ADVICE_TIMEOUT_MS} ms at most`);
      sane.timeout = MAX_ADVICE_TIMEOUT_MS;
    }
    return sane;
  }

  /**
   * Advice 'none' makes CometD disconnect itself and wait for the app, which never asked to stop:
   * after a successful /meta/connect the channel would stay "connected", after a failed one
   * "reconnecting", deaf either way, and the watchdog leaves a disconnected CometD alone (a refused
   * handshake waits for the session to sign in again). So on a /meta/connect, or on a successful
   * handshake, it reads as a lost connection: a failure advising a new handshake, which pace()
   * announces and paces within the handshake budget. A refused handshake keeps its 'none'.
   */
  private unaskedDisconnect(m: Message): void {
    if (m.channel !== '/meta/connect' && !(m.channel === '/meta/handshake' && m.successful)) return;
    this.options.log.warn(`GWS advised not to reconnect on ${m.channel}; connecting again`);
    if (m.successful) {
      m.successful = false;
      m.error = 'GWS advised not to reconnect';
    }
    m.advice = { ...m.advice, reconnect: 'handshake' };
  }

  /**
   * The long-poll watchdog. CometD answers every /meta/connect by itself, with its reply or a
   * failure after the server's long-poll timeout plus maxNetworkDelay, and then polls again. When
   * junk makes it lose track (no long poll left, or a retry never run), it would stay "connected"
   * and deaf, or "reconnecting" for ever, with nothing to warn the supervisor. So each connect
   * reply, handshake reply and scheduled retry re-arms this timer (for `waitMs` more, the retry's
   * wait); if it fires, the connection is treated as broken: whatever is in flight is aborted and
   * CometD is told its /meta/connect failed with advice to handshake again, which goes through
   * pace(), within the handshake budget, and the new handshake's 'subscribed' resyncs the session.
   */
  private armWatchdog(waitMs = 0): void {
    this.clock.clearTimeout(this.watchdog);
    if (this.stopping) return;
    const timeout = this.cometd.getAdvice().timeout;
    const longPoll = typeof timeout === 'number' && Number.isFinite(timeout) ? timeout : DEFAULT_ADVICE_TIMEOUT_MS;
    this.watchdog = this.clock.setTimeout(() => this.onWatchdog(), waitMs + longPoll + MAX_NETWORK_DELAY_MS + WATCHDOG_MARGIN_MS);
  }

  private onWatchdog(): void {
    if (this.stopping || this.current.kind === 'stopped' || this.cometd.isDisconnected()) return;
    this.options.log.warn('Notification channel: no reply to the long poll in time; connecting again');
    const advice = { reconnect: 'handshake', interval: 0 };
    const error = 'no reply from GWS in time';
    // Receiving a message as if from the server is CometD's public hook for that (Client.js; not in its .d.ts).
    const cometd = this.cometd as CometD & { receive(message: Message): void };
    cometd.getTransport()?.abort();
    let failed = false;
    const seen = cometd.addListener('/meta/connect', () => (failed = true));
    // CometD takes a /meta/connect failure only for the connect it waits for; when it waits for
    // none, a failed handshake leads to the same new handshake. Either re-arms the watchdog.
    cometd.receive({ id: this.lastConnectId, channel: '/meta/connect', successful: false, error, advice } as Message);
    cometd.removeListener(seen);
    if (!failed) cometd.receive({ channel: '/meta/handshake', successful: false, error, advice } as Message);
  }

  private onHandshake(message: Message): void {
    if (!message.successful) {
      // 403::handshake_denied comes with advice reconnect:none: CometD stops, the session is gone.
      const refused = message.advice?.reconnect === 'none' || /^403/.test(message.error ?? '');
      if (refused && !this.stopping) {
        this.emit('refused', serverText(String(message.error ?? 'handshake refused')), this.handshakeGeneration < this.generation);
      }
      return;
    }
    this.handshakes++;
    this.clock.clearTimeout(this.subscriptionRetry);
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
      // A refusal may come in after stop(), for a subscribe it cut short.
      if (retrying || this.stopping) return;
      retrying = true;
      this.subscriptionRetry = this.clock.setTimeout(() => {
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
              this.options.log.error(`Subscribing to ${topic} failed: ${serverText(String(reply.error ?? 'no reason given'))}; subscribing again`);
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
        this.armWatchdog(delay);
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
  return serverText(String(message.error ?? message.failure?.reason ?? 'connection lost'));
}
