// Which of the supervisor's CometD clients are idle, their /meta/connect held by the simulator,
// so that a timed notification is published only when every client will get it at once and none
// starts behind a reconnect. Attached before the clients connect: the first hold is seen too.
import type { Simulator } from '../sim/index';

export class IdleClients {
  readonly #held = new Set<string>();
  #wake: (() => void) | undefined;
  readonly detach: () => void;

  /**
   * Clients count as busy again after each message to `userId` on `channel` (one every client
   * takes), or on any channel when none is given.
   */
  constructor(sim: Simulator, userId: string, channel?: string) {
    this.detach = sim.probe({
      notificationPublished: (to, on) => {
        if (to === userId && (channel === undefined || on === channel)) this.#held.clear();
      },
      connectHeld: (to, clientId) => {
        if (to !== userId) return;
        this.#held.add(clientId);
        this.#wake?.();
      },
    });
  }

  /** Resolves once `count` clients are idle. */
  until(count: number, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${this.#held.size} of ${count} CometD clients went idle within ${timeoutMs} ms`)), timeoutMs);
      this.#wake = () => {
        if (this.#held.size < count) return;
        this.#wake = undefined;
        clearTimeout(timer);
        resolve();
      };
      this.#wake();
    });
  }
}
