// At most `max` attempts in any window of `windowMs`. Sign-in from the window goes through one:
// a compromised page could otherwise use sign-in as a fast password guesser against GWS, or as
// a probe of which hosts and ports answer on the supervisor's network (docs/architecture.md,
// threat model).
export type Attempt = { ok: true } | { ok: false; waitMs: number };

export class AttemptLimit {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #times: number[] = [];

  constructor(max: number, windowMs: number, now: () => number = Date.now) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** Counts an attempt if the window has room; otherwise says how long until it has. */
  take(): Attempt {
    const now = this.#now();
    while (this.#times.length > 0 && this.#times[0]! <= now - this.#windowMs) this.#times.shift();
    if (this.#times.length >= this.#max) return { ok: false, waitMs: this.#times[0]! + this.#windowMs - now };
    this.#times.push(now);
    return { ok: true };
  }
}
