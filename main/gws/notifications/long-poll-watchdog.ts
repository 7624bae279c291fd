// The long-poll watchdog. CometD answers every /meta/connect by itself, with its reply or a
// failure after the server's long-poll timeout plus maxNetworkDelay, and then polls again. When
// junk makes it lose track (no long poll left, or a retry never run), it would stay "connected"
// and deaf, or "reconnecting" for ever, with nothing to warn the supervisor. So each connect
// reply, handshake reply and scheduled retry re-arms this timer (for `waitMs` more, the retry's
// wait); if it fires, the connection is treated as broken: whatever is in flight is aborted and
// CometD is told its /meta/connect failed with advice to handshake again, which goes through
// pace(), within the handshake budget, and the new handshake's 'subscribed' resyncs the session.
import type { CometD, Message } from 'cometd';
import type { Clock } from '../../clock';
import type { Log } from '../../log/diagnostic-log';
import { NOTIFICATION_REASONS } from '../../../common/words';

/** How long CometD waits for a reply beyond the server's long-poll timeout. */
export const MAX_NETWORK_DELAY_MS = 15_000;
const DEFAULT_ADVICE_TIMEOUT_MS = 60_000;
/** The watchdog's slack beyond CometD's own request timeout, so it never races that timeout. */
const WATCHDOG_MARGIN_MS = 5000;

export interface LongPollWatchdogOptions {
  cometd: CometD;
  clock: Clock;
  log: Log;
  /** The app asked the channel to stop. */
  stopping: () => boolean;
  /** The channel is stopped (or not started yet). */
  stopped: () => boolean;
}

export class LongPollWatchdog {
  readonly #options: LongPollWatchdogOptions;
  #timer: unknown;
  /** The id of the last /meta/connect sent, to fail it in CometD's name when it never comes back. */
  #lastConnectId: string | undefined;

  constructor(options: LongPollWatchdogOptions) {
    this.#options = options;
  }

  connectSent(id: string | undefined): void {
    this.#lastConnectId = id;
  }

  arm(waitMs = 0): void {
    const { cometd, clock, stopping } = this.#options;
    clock.clearTimeout(this.#timer);
    if (stopping()) return;
    const timeout = cometd.getAdvice().timeout;
    const longPoll = typeof timeout === 'number' && Number.isFinite(timeout) ? timeout : DEFAULT_ADVICE_TIMEOUT_MS;
    this.#timer = clock.setTimeout(() => this.#fire(), waitMs + longPoll + MAX_NETWORK_DELAY_MS + WATCHDOG_MARGIN_MS);
  }

  disarm(): void {
    this.#options.clock.clearTimeout(this.#timer);
  }

  #fire(): void {
    const { stopping, stopped, log } = this.#options;
    if (stopping() || stopped() || this.#options.cometd.isDisconnected()) return;
    log.warn('Notification channel: no reply to the long poll in time; connecting again');
    const advice = { reconnect: 'handshake', interval: 0 };
    const error = NOTIFICATION_REASONS.noReply;
    // Receiving a message as if from the server is CometD's public hook for that (Client.js; not in its .d.ts).
    const cometd = this.#options.cometd as CometD & { receive(message: Message): void };
    cometd.getTransport()?.abort();
    let failed = false;
    const seen = cometd.addListener('/meta/connect', () => (failed = true));
    // CometD takes a /meta/connect failure only for the connect it waits for; when it waits for
    // none, a failed handshake leads to the same new handshake. Either re-arms the watchdog.
    cometd.receive({ id: this.#lastConnectId, channel: '/meta/connect', successful: false, error, advice } as Message);
    cometd.removeListener(seen);
    if (!failed) cometd.receive({ channel: '/meta/handshake', successful: false, error, advice } as Message);
  }
}
