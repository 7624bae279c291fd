import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../test-support/virtual-clock';
import { defaultReconnectPolicy, ReconnectPolicy } from './reconnect-policy';

const policy = (random: () => number, clock = new VirtualClock()) => new ReconnectPolicy(defaultReconnectPolicy, clock, random);

describe('ReconnectPolicy', () => {
  it('doubles the delay per attempt, half of it random, up to the 30 s cap', () => {
    const low = policy(() => 0);
    const high = policy(() => 0.999_999);
    expect([1, 2, 3, 4, 5, 6, 7, 12].map((a) => low.retryDelay(a))).toEqual([500, 1000, 2000, 4000, 8000, 15_000, 15_000, 15_000]);
    expect([1, 2, 3, 6, 12].map((a) => high.retryDelay(a))).toEqual([1000, 2000, 4000, 30_000, 30_000]);
  });

  it('lets no more than 6 handshakes out in any minute, even when asked for them at once', () => {
    const clock = new VirtualClock();
    const budget = policy(() => 0, clock);
    const sent: number[] = [];
    // A server answering 402 after every handshake would have CometD ask again immediately.
    while (clock.now() < 300_000) {
      clock.advance(budget.handshakeDelay(0));
      budget.recordHandshake();
      sent.push(clock.now());
    }
    const worstMinute = Math.max(...sent.map((start) => sent.filter((t) => t >= start && t < start + 60_000).length));
    expect(worstMinute).toBe(6);
  });

  it('calls three failures in a row offline', () => {
    const p = policy(Math.random);
    expect([p.failed(), p.failed(), p.failed()].map((a) => p.isOffline(a))).toEqual([false, false, true]);
    p.connected();
    expect(p.isOffline(p.failed())).toBe(false);
  });
});
