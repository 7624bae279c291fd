// How fast the notification channel retries: backoff with jitter and a cap, never more than a
// handful of handshakes a minute. Exponential backoff with "equal
// jitter" (half fixed, half random), so a fleet of supervisors does not reconnect in step after
// a GWS restart; and a hard budget of handshakes per sliding window, which also holds when the
// server itself asks for an immediate re-handshake again and again (a 402 loop: the handshake
// storm of docs/architecture.md, "Network").
import type { Clock } from '../../clock';

export interface ReconnectPolicyOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** At most this many handshakes in any window of windowMs. */
  handshakesPerWindow: number;
  windowMs: number;
  /** From this many consecutive failures on, the state says offline rather than reconnecting. */
  offlineAfterAttempts: number;
}

export const defaultReconnectPolicy: ReconnectPolicyOptions = {
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  handshakesPerWindow: 6,
  windowMs: 60_000,
  offlineAfterAttempts: 3,
};

export class ReconnectPolicy {
  readonly #options: ReconnectPolicyOptions;
  readonly #clock: Clock;
  readonly #random: () => number;
  #failures = 0;
  readonly #handshakes: number[] = [];

  constructor(options: ReconnectPolicyOptions, clock: Clock, random: () => number = Math.random) {
    this.#options = options;
    this.#clock = clock;
    this.#random = random;
  }

  /** Counts a failure; returns the attempt number the next try will be. */
  failed(): number {
    return ++this.#failures;
  }

  connected(): void {
    this.#failures = 0;
  }

  /** The wait before retry number `attempt` (1-based). */
  retryDelay(attempt: number): number {
    const { baseDelayMs, maxDelayMs } = this.#options;
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + (this.#random() * ceiling) / 2);
  }

  /** The wait before a handshake: the backoff, and at least until the window has room. */
  handshakeDelay(attempt: number): number {
    const backoff = attempt === 0 ? 0 : this.retryDelay(attempt);
    const { handshakesPerWindow, windowMs } = this.#options;
    const oldest = this.#handshakes.length < handshakesPerWindow ? undefined : this.#handshakes[0];
    return Math.max(backoff, oldest === undefined ? 0 : oldest + windowMs - this.#clock.now());
  }

  /** Called as each handshake goes out (a CometD extension sees every one). */
  recordHandshake(): void {
    this.#handshakes.push(this.#clock.now());
    if (this.#handshakes.length > this.#options.handshakesPerWindow) this.#handshakes.shift();
  }

  isOffline(attempt: number): boolean {
    return attempt >= this.#options.offlineAfterAttempts;
  }
}
