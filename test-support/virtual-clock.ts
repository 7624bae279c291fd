// A clock whose time moves only when a test says so, for pacing that spans minutes (the
// handshake budget). Everything else stays real: servers, sockets, CometD.
import type { Clock, TimerHandle } from '../main/clock';

interface Timer {
  id: number;
  at: number;
  callback: () => void;
}

export class VirtualClock implements Clock {
  #time = 0;
  #nextId = 0;
  #timers: Timer[] = [];

  now(): number {
    return this.#time;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const timer = { id: ++this.#nextId, at: this.#time + Math.max(0, delayMs), callback };
    this.#timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers = this.#timers.filter((timer) => timer.id !== handle);
  }

  /** How many timers are waiting: what a stopped component left behind would still run. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Moves time forward by `ms`, running each timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.#time + ms;
    for (;;) {
      const due = this.#timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.clearTimeout(due.id);
      this.#time = due.at;
      due.callback();
    }
    this.#time = end;
  }
}
