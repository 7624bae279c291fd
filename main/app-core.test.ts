// The core's launch: what one launch leaves for the next (settings, keychain), against the
// simulator with the real keychain.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../sim/index';
import { createAppCore } from './app-core';
import { credentialAccount, KeytarCredentialStore } from './session/credential-store';
import { matching } from '../test-support/matchers';

let sim: Simulator;
let userData: string;
const keychain = new KeytarCredentialStore();

beforeEach(async () => {
  sim = await startSimulator({ longPollMs: 2000 });
  userData = await mkdtemp(path.join(tmpdir(), 'softphone-core-'));
});
afterEach(async () => {
  await keychain.delete(credentialAccount('supervisor1', sim.url));
  await sim.close();
  await rm(userData, { recursive: true, force: true });
});

/** One launch of the app on userData: the core started and its launch sign-in run. */
async function launch() {
  const core = await createAppCore({ userData, consoleLogLevel: false });
  await core.signInAtLaunch();
  return core;
}
const signInRequests = () => sim.scenario.requests().filter((r) => r.path === '/api/v2/me').length;

it('security 15.7 a password refused at launch is forgotten, the user told, and not tried at later launches', async () => {
  // Remembered once, then changed elsewhere (the server no longer takes it).
  const first = await createAppCore({ userData, consoleLogLevel: false });
  await first.settings.update({ serverUrl: sim.url, userName: 'supervisor1', rememberPassword: true });
  await keychain.set(credentialAccount('supervisor1', sim.url), 'an old password');
  await first.dispose();

  const refused = await launch();
  expect(refused.sessionView()).toMatchObject({
    status: 'signed-out',
    reason: {
      code: 'auth',
      message: matching(/did not accept .* The remembered password was refused, so it is forgotten: sign in with your current password\.$/),
    },
  });
  expect(refused.settings.get().rememberPassword).toBe(false);
  expect(await keychain.get(credentialAccount('supervisor1', sim.url))).toEqual({ ok: true, value: null });
  await refused.dispose();
  expect(signInRequests()).toBe(1);

  const later = await launch();
  expect(signInRequests()).toBe(1);
  expect(later.sessionView()).toEqual({ status: 'signed-out', reason: null });
  await later.dispose();
});
