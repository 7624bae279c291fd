// performance.timeOrigin + performance.now(): the wall clock every process on this machine
// shares, so the simulator's, main's and the window's timestamps subtract.
export const wallNow = (): number => performance.timeOrigin + performance.now();
