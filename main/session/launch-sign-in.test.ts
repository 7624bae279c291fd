// The sign-in at launch with the remembered password (the real keychain), against servers that
// are down, that never answer, and the simulator: an unreachable server is tried again with
// growing waits, the state saying when, until it answers or the user signs in or out; a wrong
// password is final. The fixture's reconnect policy: 200 ms doubling to a 1 s cap, half random.
import { afterEach, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../sim/index';
import { nextEvent } from '../../test-support/events';
import { startTestServer, type TestServer } from '../../test-support/http-server';
import { matching } from '../../test-support/matchers';
import '../../test-support/no-unhandled-rejections';
import { sessionFixture, type SessionFixture } from './test-support/session-fixture';
import { credentialAccount, KeytarCredentialStore } from './credential-store';
import type { SessionDependencies, SessionState } from './session';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function simulator(port?: number): Promise<Simulator> {
  const sim = await startSimulator({ longPollMs: 2000, ...(port && { port }) });
  cleanups.push(() => sim.close());
  return sim;
}

/** A session with supervisor1's password remembered for serverUrl, and every state it goes through. */
async function launching(serverUrl: string, password: string, options: Partial<SessionDependencies> = {}) {
  const fixture: SessionFixture = await sessionFixture(options);
  // A past "Remember me", as the session's own keychain store would have left it.
  const keychain = new KeytarCredentialStore();
  const account = credentialAccount('supervisor1', serverUrl);
  expect(await keychain.set(account, password)).toEqual({ ok: true, value: undefined });
  cleanups.push(
    () => fixture.dispose(),
    () => keychain.delete(account),
  );
  const states: SessionState[] = [];
  fixture.session.on('state', (state) => states.push(state));
  const launch = fixture.session.signInAtLaunch({ serverUrl, userName: 'supervisor1' });
  return { session: fixture.session, states, launch };
}

/** A port nothing listens on: a server that is down. */
async function downPort(): Promise<number> {
  const probe = await startTestServer(() => undefined);
  await probe.close();
  return probe.port;
}

/** A server that takes every request and never answers. */
async function silentServer(): Promise<TestServer> {
  const server = await startTestServer(() => undefined);
  cleanups.push(() => server.close());
  return server;
}

const retries = (states: SessionState[]) => states.flatMap((s) => (s.status === 'signed-out' && s.retry ? [s.retry] : []));
const retried = (attempts: number) => (s: SessionState) => s.status === 'signed-out' && (s.retry?.attempt ?? 0) >= attempts;

it('a server that is down: tried again with growing waits, each announced, then signed in once it is up', async () => {
  const port = await downPort();
  const serverUrl = `http://127.0.0.1:${port}`;
  const { session, states, launch } = await launching(serverUrl, 'demo123');

  const [fourth] = await nextEvent<[SessionState]>(session, 'state', retried(4));
  expect(fourth).toMatchObject({
    status: 'signed-out',
    reason: { code: 'network', message: matching(/^Cannot reach the GWS server at 127\.0\.0\.1:\d+: connection refused\./) },
  });
  const waits = retries(states);
  expect(waits.map((r) => r.attempt)).toEqual([1, 2, 3, 4]);
  // Each wait is between half and all of 200 ms * 2^(attempt - 1), capped at 1 s.
  const ceilings = [200, 400, 800, 1000];
  waits.forEach((r, i) => {
    expect(r.nextRetryInMs).toBeGreaterThanOrEqual((ceilings[i] ?? 0) / 2);
    expect(r.nextRetryInMs).toBeLessThanOrEqual(ceilings[i] ?? 0);
  });
  expect(waits[2]?.nextRetryInMs).toBeGreaterThan(waits[0]?.nextRetryInMs ?? Infinity);

  await simulator(port);
  expect(await launch).toMatchObject({ ok: true, value: { userName: 'supervisor1' } });
  expect(session.state).toMatchObject({ status: 'signed-in' });
});

it('a server that never answers: each timeout is tried again too', async () => {
  const server = await silentServer();
  const { session, launch } = await launching(server.url, 'demo123', { requestTimeoutMs: 300 });

  const [second] = await nextEvent<[SessionState]>(session, 'state', retried(2));
  expect(second).toMatchObject({ status: 'signed-out', reason: { code: 'timeout' } });
  expect(server.requests.filter((r) => r.path === '/api/v2/me').length).toBeGreaterThanOrEqual(2);

  await session.signOut();
  expect((await launch).ok).toBe(false);
});

it('the user signs in meanwhile: the launch sign-in stops trying, and leaves the session alone', async () => {
  const server = await silentServer();
  const sim = await simulator();
  const { session, states, launch } = await launching(server.url, 'demo123', { requestTimeoutMs: 300 });
  // Announced just as the wait begins: the user's sign-in below lands in that wait.
  await nextEvent<[SessionState]>(session, 'state', retried(1));

  expect((await session.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'demo123', remember: false })).ok).toBe(true);
  // The loop has ended (its promise settled), so no later try can sign out or in again.
  expect(await launch).toMatchObject({ ok: false, error: { code: 'timeout' } });
  const tries = server.requests.length;
  expect(session.state).toMatchObject({ status: 'signed-in', user: { userName: 'supervisor1' } });
  expect(states.at(-1)).toMatchObject({ status: 'signed-in' });
  expect(server.requests.length).toBe(tries);
});

it('the user signs out meanwhile: the launch sign-in stops, and the screen no longer says it will retry', async () => {
  const port = await downPort();
  const { session, launch } = await launching(`http://127.0.0.1:${port}`, 'demo123');
  await nextEvent<[SessionState]>(session, 'state', retried(1));

  await session.signOut();

  expect(await launch).toMatchObject({ ok: false, error: { code: 'network' } });
  expect(session.state).toMatchObject({ status: 'signed-out', reason: { code: 'network' } });
  expect(session.state).not.toHaveProperty('retry');
});

it('the user signs in meanwhile with an address that is not one: refused, and the screen no longer says it will retry', async () => {
  const port = await downPort();
  const { session, launch } = await launching(`http://127.0.0.1:${port}`, 'demo123');
  await nextEvent<[SessionState]>(session, 'state', retried(1));

  const refused = await session.signIn({ serverUrl: 'not a server', userName: 'supervisor1', password: 'demo123', remember: false });

  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-server-url' } });
  // The launch sign-in has stopped trying: a "Signing in again by itself" left on would never come true.
  expect(await launch).toMatchObject({ ok: false, error: { code: 'network' } });
  expect(session.state).toMatchObject({ status: 'signed-out', reason: { code: 'network' } });
  expect(session.state).not.toHaveProperty('retry');
});

it('a wrong remembered password is never retried: signed out at once with the reason', async () => {
  const sim = await simulator();
  const { session, states, launch } = await launching(sim.url, 'not-the-password');

  expect(await launch).toMatchObject({ ok: false, error: { code: 'auth', message: matching(/did not accept the user name or password/) } });
  expect(session.state).toMatchObject({ status: 'signed-out', reason: { code: 'auth' } });
  expect(retries(states)).toEqual([]);
  expect(sim.scenario.requests().filter((r) => r.path === '/api/v2/me')).toHaveLength(1);
});
