// "Reconnect now": the supervisor does not wait out the backoff once the server is back.
import { afterEach, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index';
import { nextEvent } from '../../test-support/events';
import '../../test-support/no-unhandled-rejections';
import { sessionFixture, type SessionFixture } from './test-support/session-fixture';
import type { SessionState } from './session';

let sim: Simulator | undefined;
let fixture: SessionFixture | undefined;
afterEach(async () => {
  await fixture?.dispose();
  await sim?.close();
});

const connected = (s: SessionState) => s.status === 'signed-in' && s.connection.kind === 'connected';

it('retries at once instead of after a long backoff, and only when a retry is waiting', async () => {
  sim = await startSimulator({ longPollMs: 2000 });
  // Retries at least 20 s apart: without "reconnect now", nothing would happen within the test.
  fixture = await sessionFixture({ reconnectPolicy: { baseDelayMs: 40_000, maxDelayMs: 60_000 } });
  const { session } = fixture;
  expect((await session.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'demo123', remember: false })).ok).toBe(true);
  if (!connected(session.state)) await nextEvent<[SessionState]>(session, 'state', connected);
  expect(session.reconnectNow()).toBe(false); // connected: nothing is waiting

  const port = Number(new URL(sim.url).port);
  const lost = nextEvent<[SessionState]>(session, 'state', (s) => s.status === 'signed-in' && s.connection.kind !== 'connected');
  await sim.close();
  const [retrying] = await lost;
  expect(retrying.status === 'signed-in' && 'nextRetryInMs' in retrying.connection && retrying.connection.nextRetryInMs).toBeGreaterThanOrEqual(20_000);

  sim = await startSimulator({ port, longPollMs: 2000 });
  const started = Date.now();
  const back = nextEvent<[SessionState]>(session, 'state', connected, 10_000);
  expect(session.reconnectNow()).toBe(true);
  await back;
  expect(Date.now() - started).toBeLessThan(10_000);
}, 30_000);
