// Faults of the sign-in: the password changed on the server, the server down at launch, a wrong
// remembered password at launch. The app's core with the real keychain (gnome-keyring through
// keytar), against the simulator over real HTTP and CometD.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../test-support/no-unhandled-rejections';
import { matching } from '../test-support/matchers';
import { credentialAccount, KeytarCredentialStore } from '../main/session/credential-store';
import { filesUnder } from '../main/session/test-support/session-fixture';
import { afterTest, testSimulator } from './test-support/after-test';
import { faultWorld, quickRetries, type FaultWorld } from './test-support/fault-world';
import { freePort } from './test-support/fault-tcp-proxy';

const keychain = new KeytarCredentialStore();

/** A remembered password for supervisor1 on that server, as a past "Remember me" left it. */
async function remembered(w: FaultWorld, serverUrl: string, password: string): Promise<string> {
  const account = credentialAccount('supervisor1', serverUrl);
  expect((await keychain.set(account, password)).ok).toBe(true);
  afterTest(async () => void (await keychain.delete(account)));
  expect((await w.core.settings.update({ serverUrl, userName: 'supervisor1', rememberPassword: true })).ok).toBe(true);
  return account;
}

describe('faults of the sign-in', () => {
  it('the password changed on the server: signed out with the reason in words, the remembered password kept until the user signs in anew', async () => {
    const sim = await testSimulator();
    const w = await faultWorld();
    const signedIn = await w.core.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'demo123', remember: true });
    expect(signedIn.ok).toBe(true);
    const account = credentialAccount('supervisor1', sim.url);
    afterTest(async () => void (await keychain.delete(account)));

    expect((await fetch(`${sim.url}/sim/users/supervisor1/password`, { method: 'POST', body: JSON.stringify({ password: 'changed456' }) })).status).toBe(200);
    const signedOut = await w.sessionWhere((v) => v.status === 'signed-out', 'signed out');
    expect(signedOut).toEqual({
      status: 'signed-out',
      reason: {
        code: 'reauthentication-failed',
        message: matching(
          /^Your GWS session ended and signing in again failed: GWS did not accept the user name or password .*Check them and sign in again\.$/,
        ),
      },
    });
    expect(w.supervisor()).toMatchObject({ armed: null, monitoredCall: null, team: [] });
    // Not deleted behind the user's back, and not written anywhere but the keychain.
    expect(await keychain.get(account)).toEqual({ ok: true, value: 'demo123' });
    expect(w.core.settings.get().rememberPassword).toBe(true);

    const again = await w.core.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'changed456', remember: true });
    expect(again.ok).toBe(true);
    expect(await keychain.get(account)).toEqual({ ok: true, value: 'changed456' });
    await w.core.signOut(true);
    expect(await keychain.get(account)).toEqual({ ok: true, value: null });
    const userData = path.dirname(path.dirname(w.core.log.file));
    const logs = await filesUnder(userData);
    // The check below means something only if the files it reads are there.
    expect(logs.map(({ file }) => path.relative(userData, file))).toEqual(expect.arrayContaining([path.join('logs', 'main.log'), 'settings.json']));
    expect(logs.filter(({ text }) => text.includes('demo123') || text.includes('changed456'))).toEqual([]);
  });

  it('the server down at launch: retries with growing delays and says so, then signs in once it is up', async () => {
    const port = await freePort();
    const serverUrl = `http://127.0.0.1:${port}`;
    const w = await faultWorld();
    await remembered(w, serverUrl, 'demo123');

    const launch = w.core.signInAtLaunch();
    await w.sessionWhere((v) => v.status === 'signed-out' && (v.retry?.attempt ?? 0) >= 4, 'four retries announced');
    const retries = w.views.flatMap(({ at, view }) => (view.status === 'signed-out' && view.retry ? [{ at, ...view.retry, reason: view.reason }] : []));
    expect(retries.map((r) => r.attempt).slice(0, 4)).toEqual([1, 2, 3, 4]);
    for (const retry of retries) {
      expect(retry.reason).toEqual({
        code: 'network',
        message: `Cannot reach the GWS server at 127.0.0.1:${port}: connection refused. Check the server address and your network connection.`,
      });
    }
    // The backoff (200 ms doubling to a 1 s cap, half of it random): each wait at least the last one's floor.
    const waits = retries.map((r) => r.nextRetryAt - r.at);
    expect(waits[0]).toBeGreaterThanOrEqual(100);
    expect(waits[0]).toBeLessThanOrEqual(200 + 50);
    expect(waits[2]).toBeGreaterThanOrEqual(400 - 50);
    expect(Math.max(...waits)).toBeLessThanOrEqual(1000 + 50);

    await testSimulator({ port });
    expect(await launch).toBeUndefined();
    expect(w.core.sessionView()).toMatchObject({ status: 'signed-in', userName: 'supervisor1', serverUrl });
    await w.viewWhere((v) => v.team.length > 0, 'the team');
  });

  it('a wrong remembered password at launch is not retried: signed out at once with the reason', async () => {
    const sim = await testSimulator();
    const w = await faultWorld();
    await remembered(w, sim.url, 'not-the-password');

    await w.core.signInAtLaunch();
    expect(w.core.sessionView()).toMatchObject({
      status: 'signed-out',
      reason: { code: 'auth', message: matching(/^GWS did not accept the user name or password/) },
    });
    expect(sim.scenario.requests().filter((r) => r.path === '/api/v2/me')).toHaveLength(1);
    expect(w.views.some(({ view }) => view.status === 'signed-out' && view.retry)).toBe(false);
  });

  it('the user signs in while the launch sign-in waits to retry: the retries stop', async () => {
    const port = await freePort();
    const w = await faultWorld();
    await remembered(w, `http://127.0.0.1:${port}`, 'demo123');
    const launch = w.core.signInAtLaunch();
    await w.sessionWhere((v) => v.status === 'signed-out' && v.retry !== undefined, 'a retry announced');

    const sim = await testSimulator();
    expect((await w.core.signIn({ serverUrl: sim.url, userName: 'supervisor1', password: 'demo123', remember: false })).ok).toBe(true);
    // The launch sign-in has returned: its retry loop is over, not merely waiting.
    await launch;
    const after = w.views.length;
    await w.sessionWhere((v) => v.status === 'signed-in', 'signed in');
    // And no timer of it is left: a server now up where the launch sign-in was trying gets no
    // sign-in over three times the longest backoff of this policy (1 s).
    const launchServer = await testSimulator({ port });
    const cap = quickRetries?.reconnectPolicy?.maxDelayMs ?? 0;
    expect(cap).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 3 * cap));
    expect(launchServer.scenario.requests().filter((r) => r.path === '/api/v2/me')).toEqual([]);
    expect(w.views.slice(after).map(({ view }) => view.status)).toEqual([]);
    expect(w.core.sessionView()).toMatchObject({ status: 'signed-in', serverUrl: sim.url });
  });
});
