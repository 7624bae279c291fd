// One clock for every process: performance.timeOrigin + performance.now() reads the same
// wall-clock origin in each process on this machine, so the simulator's, the core's, main's and
// the window's timestamps subtract.
export const now = (): number => performance.timeOrigin + performance.now();
