// How long the main loop stood still while something ran: a timer that should fire every few
// milliseconds, and the longest gap between its turns beyond that. What a user notices as a
// frozen app (window, tray, IPC and CometD all wait on the same loop).
//
// On a machine shared with other work, a gap can also be time the OS gave to other processes.
// So each gap is also counted by the CPU time this process used in it: `busyMs`, the longest gap
// the process spent working, is what the code under test caused; `wallMs` is what a clock saw.

export interface Stall {
  /** The longest gap between the timer's turns, by the clock. */
  wallMs: number;
  /** The longest gap, counting only the CPU time this process used in it. */
  busyMs: number;
}

export interface StallWatch {
  stop(): Stall;
}

const TICK_MS = 2;

export function watchMainLoop(): StallWatch {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const worst: Stall = { wallMs: 0, busyMs: 0 };
  const turn = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const gap = now - last - TICK_MS;
    worst.wallMs = Math.max(worst.wallMs, gap);
    worst.busyMs = Math.max(worst.busyMs, Math.min(gap, (cpu.user + cpu.system) / 1000));
    last = now;
    lastCpu = process.cpuUsage();
  };
  const timer = setInterval(turn, TICK_MS);
  return {
    stop() {
      clearInterval(timer);
      turn();
      return worst;
    },
  };
}
