// One clock for running timers and countdowns. It ticks only while something on screen reads
// it (createSubscriber), so an idle window does no work.
import { createSubscriber } from 'svelte/reactivity';

class Clock {
  #subscribe = createSubscriber((update) => {
    // Twice a second, so a seconds display never skips a second to timer drift.
    const id = setInterval(update, 500);
    return () => clearInterval(id);
  });

  get now(): number {
    this.#subscribe();
    return Date.now();
  }
}

export const clock = new Clock();
