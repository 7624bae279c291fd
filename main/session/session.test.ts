// The session against the simulator over real HTTP and real CometD, with the real keychain.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSeed, startSimulator, type Simulator } from '../../sim/index';
import type { CallStateChangeMessage, GwsMessage } from '../gws/messages';
import type { MeSnapshot } from '../gws/resources';
import { nextEvent } from '../../test-support/events';
import '../../test-support/no-unhandled-rejections';
import { lossyProxy, type LossyProxy } from '../../test-support/lossy-proxy';
import { filesUnder, sessionFixture, type SessionFixture } from './test-support/session-fixture';
import { credentialAccount, keychainService } from './credential-store';
import type { SessionState } from './session';
import { matching, including } from '../../test-support/matchers';

const run = promisify(execFile);
const supervisor = { userName: 'supervisor1', password: 'demo123' };

let sim: Simulator;
let fixture: SessionFixture;
let proxy: LossyProxy | undefined;

beforeEach(async () => {
  sim = await startSimulator({ longPollMs: 2000 });
  fixture = await sessionFixture();
});

afterEach(async () => {
  await fixture.dispose();
  await proxy?.close();
  proxy = undefined;
  await sim.close();
});

const signIn = (remember = false) => fixture.session.signIn({ serverUrl: sim.url, ...supervisor, remember });
const account = () => credentialAccount('supervisor1', sim.url);

/** The password as the Secret Service itself has it (secret-tool), or null. */
async function keychainEntry(): Promise<string | null> {
  try {
    return (await run('secret-tool', ['lookup', 'service', keychainService, 'account', account()])).stdout;
  } catch {
    return null;
  }
}

const snapshotWith = (callId: string) =>
  nextEvent<[MeSnapshot]>(fixture.session, 'snapshot', (snapshot) => snapshot.calls.some((call) => call.id === callId), 15_000);
const signedInAndConnected = (state: SessionState) => state.status === 'signed-in' && state.connection.kind === 'connected';
const connectedAgain = () =>
  signedInAndConnected(fixture.session.state) ? Promise.resolve() : nextEvent<[SessionState]>(fixture.session, 'state', signedInAndConnected);

async function simPost(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${sim.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
  return response.json();
}

describe('signing in and out', () => {
  it('signs in in the order of Genesys samples: /me, handshake, StartContactCenterSession, resync', async () => {
    // StartContactCenterSession logs the supervisor in; its device message must reach the subscription.
    const loggedIn = nextEvent<[GwsMessage]>(
      fixture.session,
      'message',
      (m) => m.messageType === 'DeviceStateChangeMessage' && m.devices[0]?.userState?.state === 'NotReady',
    );
    const snapshot = nextEvent<[MeSnapshot]>(fixture.session, 'snapshot');

    const result = await signIn();

    expect(result).toMatchObject({ ok: true, value: { userName: 'supervisor1', roles: including(['ROLE_SUPERVISOR']) } });
    expect(fixture.session.state).toMatchObject({ status: 'signed-in' });
    const [state] = await snapshot;
    expect(state.devices[0]).toMatchObject({ phoneNumber: '5005', userState: { state: 'NotReady' } });
    const requests = sim.scenario.requests().map((r) => `${r.method} ${r.path}`);
    expect(requests).toEqual(['GET /api/v2/me', 'POST /api/v2/me', 'GET /api/v2/me?subresources=*']);
    await loggedIn;
  });

  it('signs out: disconnects, then EndContactCenterSession, which logs the supervisor out', async () => {
    await signIn();
    await fixture.session.signOut();

    expect(fixture.session.state).toEqual({ status: 'signed-out' });
    expect(sim.scenario.requests().at(-1)).toMatchObject({ method: 'POST', path: '/api/v2/me', body: { operationName: 'EndContactCenterSession' } });
    const state = sim.scenario.state() as { users: { userName: string; userState: { state: string } }[]; notificationClients: number };
    expect(state.users.find((u) => u.userName === 'supervisor1')?.userState.state).toBe('LoggedOut');
    expect(state.notificationClients).toBe(0);
  });

  it('refuses a wrong password with words, and stays signed out', async () => {
    const result = await fixture.session.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'wrong', remember: true });

    expect(result).toMatchObject({ ok: false, error: { code: 'auth', message: matching(/did not accept the user name or password/) } });
    expect(fixture.session.state).toMatchObject({ status: 'signed-out', reason: { code: 'auth' } });
    expect(await keychainEntry()).toBeNull();
  });

  it('remember me puts the password in the keychain, forget me takes it out, and no file holds it', async () => {
    await fixture.session.signIn({ serverUrl: sim.url, ...supervisor, remember: true });
    expect(await keychainEntry()).toBe('demo123');

    await fixture.session.signOut();
    const again = await fixture.session.signInWithStoredPassword({ serverUrl: sim.url, userName: 'supervisor1' });
    expect(again.ok).toBe(true);

    await fixture.session.signOut({ forget: true });
    expect(await keychainEntry()).toBeNull();
    expect(await fixture.session.signInWithStoredPassword({ serverUrl: sim.url, userName: 'supervisor1' })).toMatchObject({
      ok: false,
      error: { code: 'no-stored-password' },
    });

    const files = await filesUnder(fixture.userData);
    expect(files.map((f) => f.file)).toContainEqual(matching(/main\.log$/));
    expect(files.filter((f) => f.text.includes('demo123')).map((f) => f.file)).toEqual([]);
  });
});

describe('notifications lost', () => {
  it('after dropNotifications: reconnects, resubscribes, and a monitored call started meanwhile is in the resync', async () => {
    await signIn();
    const agent1 = sim.seed.users.find((u) => u.userName === 'agent1');
    const armed = await fixture.session.operate(`/api/v2/me/devices/${sim.seed.users[0]?.device.id}`, {
      operationName: 'ListenIn',
      targetDeviceUri: `${sim.url}/api/v2/devices/${agent1?.device.id}`,
    });
    expect(armed).toMatchObject({ ok: true });
    await simPost('/sim/agents/agent1/state', { state: 'Ready' });
    const calls: CallStateChangeMessage[] = [];
    fixture.session.on('message', (m) => m.messageType === 'CallStateChangeMessage' && calls.push(m));

    const lost = nextEvent<[SessionState]>(fixture.session, 'state', (s) => s.status === 'signed-in' && s.connection.kind === 'reconnecting');
    await simPost('/sim/faults', { dropNotifications: true });
    await lost;
    // While the client waits to re-handshake, a customer calls agent1, who answers.
    const { callId } = (await simPost('/sim/calls', { to: 'agent1', from: '+14155550100' })) as { callId: string };
    const resynced = snapshotWith(callId);
    await simPost(`/sim/calls/${callId}/answer`, {});

    const [snapshot] = await resynced;
    // Nothing about the call came by notification: it happened while the channel was down.
    expect(calls.filter((m) => m.call.id === callId)).toEqual([]);
    expect(snapshot.calls.find((c) => c.id === callId)).toMatchObject({ state: 'Established', mute: 'On' });
    expect(fixture.session.state).toMatchObject({ status: 'signed-in' });

    // Resubscribed: later events arrive again.
    const released = nextEvent<[GwsMessage]>(fixture.session, 'message', (m) => m.messageType === 'CallStateChangeMessage' && m.call.state === 'Released');
    await simPost(`/sim/calls/${callId}/release`, {});
    await released;
  });

  it('a notification lost with a broken long-poll, reconnected without a re-handshake: the state is read again and shows it', async () => {
    proxy = await lossyProxy(sim.url);
    const signedIn = nextEvent<[MeSnapshot]>(fixture.session, 'snapshot');
    expect((await fixture.session.signIn({ serverUrl: proxy.url, ...supervisor, remember: false })).ok).toBe(true);
    await signedIn;
    await connectedAgain();
    const ready = (m: GwsMessage) => m.messageType === 'DeviceStateChangeMessage' && m.devices[0]?.userState?.state === 'Ready';
    const heard: GwsMessage[] = [];
    fixture.session.on('message', (m) => ready(m) && heard.push(m));

    const lost = proxy.loseNextDelivery();
    const resynced = nextEvent<[MeSnapshot]>(fixture.session, 'snapshot', (s) => s.devices[0]?.userState?.state === 'Ready');
    // The supervisor goes Ready from another desktop; GWS's message of it is lost on the way.
    await simPost('/sim/agents/supervisor1/state', { state: 'Ready' });
    expect(await lost).toContainEqual(expect.objectContaining({ channel: '/v2/me/devices' }));

    await resynced;
    expect(heard).toEqual([]);
    expect(proxy.handshakes()).toBe(1);
    expect(fixture.session.state).toMatchObject({ status: 'signed-in', connection: { kind: 'connected' } });
  });

  it('after the simulator restarts on the same port: signs in again, resubscribes, and sees a call made meanwhile', async () => {
    await signIn();
    const port = Number(new URL(sim.url).port);
    const lost = nextEvent<[SessionState]>(fixture.session, 'state', (s) => s.status === 'signed-in' && s.connection.kind !== 'connected');
    await sim.close();
    await lost;

    sim = await startSimulator({ port, longPollMs: 2000 });
    // Synchronously, before the client can reach the new process: a call rings at the supervisor.
    sim.scenario.setAgentState('supervisor1', 'NotReady');
    const { callId } = sim.scenario.ringAgent({ to: 'supervisor1', from: '+14155550111' });
    const [snapshot] = await snapshotWith(callId);

    expect(snapshot.calls.find((c) => c.id === callId)).toMatchObject({ state: 'Ringing' });
    await connectedAgain();
    const requests = sim.scenario.requests().map((r) => `${r.method} ${r.path}`);
    expect(requests.slice(0, 2)).toEqual(['GET /api/v2/me', 'POST /api/v2/me']);
    const released = nextEvent<[GwsMessage]>(fixture.session, 'message', (m) => m.messageType === 'CallStateChangeMessage' && m.call.state === 'Released');
    sim.scenario.release(callId);
    await released;
  });
});

describe('session expiry', () => {
  it('after expireSessions, the next operation succeeds after a silent sign-in', async () => {
    await signIn();
    const states: SessionState[] = [];
    fixture.session.on('state', (s) => states.push(s));
    await simPost('/sim/faults', { expireSessions: true });

    const result = await fixture.session.operate('/api/v2/me/channels/voice', { operationName: 'Ready' });

    expect(result).toMatchObject({ ok: true });
    expect(states.map((s) => s.status)).not.toContain('signed-out');
    // One silent sign-in, shared by the REST call and the notification channel that both noticed.
    const starts = sim.scenario.requests().filter((r) => (r.body as { operationName?: string } | undefined)?.operationName === 'StartContactCenterSession');
    expect(starts).toHaveLength(2);
    // The notifications come back on the new session too.
    await connectedAgain();
    const ready = nextEvent<[GwsMessage]>(
      fixture.session,
      'message',
      (m) => m.messageType === 'DeviceStateChangeMessage' && m.devices[0]?.userState?.state === 'NotReady',
    );
    expect(await fixture.session.operate('/api/v2/me/channels/voice', { operationName: 'NotReady' })).toMatchObject({ ok: true });
    await ready;
  });

  it('with the password changed meanwhile: signed out, with the reason', async () => {
    await signIn();
    const port = Number(new URL(sim.url).port);
    await sim.close();
    // The same server back with supervisor1's password changed: every old session is gone too.
    const seed = loadSeed();
    sim = await startSimulator({
      port,
      longPollMs: 2000,
      seed: { ...seed, users: seed.users.map((u) => (u.userName === 'supervisor1' ? { ...u, password: 'changed456' } : u)) },
    });

    const signedOut = nextEvent<[SessionState]>(fixture.session, 'state', (s) => s.status === 'signed-out', 15_000);
    const result = await fixture.session.operate('/api/v2/me/channels/voice', { operationName: 'Ready' });

    expect(result.ok).toBe(false);
    const [state] = await signedOut;
    expect(state).toMatchObject({
      status: 'signed-out',
      reason: { code: 'reauthentication-failed', message: matching(/signing in again failed: GWS did not accept the user name or password/) },
    });
  });
});
