import { expect, it } from 'vitest';
import { AttemptLimit } from './attempt-limit';

it('allows max attempts in any window, then says how long until the oldest leaves it', () => {
  let now = 0;
  const limit = new AttemptLimit(3, 60_000, () => now);
  expect([limit.take(), limit.take()]).toEqual([{ ok: true }, { ok: true }]);
  now = 10_000;
  expect(limit.take()).toEqual({ ok: true });
  expect(limit.take()).toEqual({ ok: false, waitMs: 50_000 });
  now = 59_999;
  expect(limit.take()).toEqual({ ok: false, waitMs: 1 });
  now = 60_000; // the first two leave the window together
  expect([limit.take(), limit.take(), limit.take()]).toEqual([{ ok: true }, { ok: true }, { ok: false, waitMs: 10_000 }]);
});
