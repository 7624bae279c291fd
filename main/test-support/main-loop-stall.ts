// How long the main loop stood still while something ran: a timer that should fire every few
// milliseconds, and the longest gap between its turns beyond that. What a user notices as a
// frozen app (window, tray, IPC and CometD all wait on the same loop).

export interface StallWatch {
  /** The longest stall seen so far, in ms. */
  stop(): number;
}

const TICK_MS = 2;

export function watchMainLoop(): StallWatch {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(worst, performance.now() - last - TICK_MS);
    },
  };
}
