// What a test started (simulators, proxies, cores, keychain entries), undone after it, the last
// started first: a core signs out of its simulator before the simulator closes.
import { afterEach } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../sim/index';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export function afterTest(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** A simulator for this test (a 2 s long poll keeps reconnects quick), closed after it. */
export async function testSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const sim = await startSimulator({ longPollMs: 2000, ...options });
  afterTest(() => sim.close());
  return sim;
}
