// The verbs as the window reaches them: main's registered handlers (sender check, schema, the
// real verbs) on the real core, with a throwaway user-data folder and the real keychain.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOf, type Verb } from '../../common/contract';
import { createAppCore, type AppCore } from '../app-core';
import { appInfo } from '../app-info';
import { caFileConfirmation } from '../gws/http/ca-file';
import { caSignedCertificate } from '../../test-support/test-certificates';
import { startSimulator } from '../../sim/index';
import { matching } from '../../test-support/matchers';
import type { InvokeEvent } from './invoke-handler';
import { credentialAccount, KeytarCredentialStore } from '../session/credential-store';
import { registerVerbHandlers } from './register';
import { SIGN_IN_ATTEMPTS, verbImpls, type DesktopSide } from './verbs';

const page = 'softphone://app/index.html';
const appFrame: InvokeEvent = { senderFrame: { url: page, parent: null } };
type Handler = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

let userData: string;
let core: AppCore;
let dialogs: { chosen: string | null; trust: boolean; shown: string[] };
const handlers = new Map<string, Handler>();

/** What the window gets back from `window.softphone.<verb>(...args)`. */
const invoke = (verb: Verb, ...args: unknown[]) => handlers.get(channelOf(verb))!(appFrame, ...args);

beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'softphone-verbs-'));
  core = await createAppCore({ userData, consoleLogLevel: false });
  dialogs = { chosen: null, trust: false, shown: [] };
  const desktop: DesktopSide = {
    appInfo: () => appInfo('Supervisor Softphone', '0.0.0-test'),
    shortcut: () => ({ state: 'inactive' as const, accelerator: core.settings.get().bargeInShortcut }),
    settingsChanged: () => {},
    // The OS dialogs, scripted: the file the user picks, and the answer to "Trust it?".
    chooseCaFile: () => Promise.resolve(dialogs.chosen),
    confirmCaFile: (file) => {
      dialogs.shown.push(caFileConfirmation(file));
      return Promise.resolve(dialogs.trust);
    },
  };
  handlers.clear();
  registerVerbHandlers({ handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) } as never, verbImpls(core, desktop), page, {
    refused: () => {},
    internal: () => {},
  });
});

afterEach(async () => {
  await core.dispose();
  await rm(userData, { recursive: true, force: true });
});

describe('settings.update', () => {
  it('security 15.3 settings.update cannot change the server address, user name or remember flag', async () => {
    await core.settings.update({ serverUrl: 'https://gws.example.com', userName: 'supervisor1', rememberPassword: true });
    const before = await readFile(path.join(userData, 'settings.json'), 'utf8');
    for (const change of [
      { serverUrl: 'http://gws.example.com' },
      { userName: 'someone-else' },
      { rememberPassword: false },
      { serverWithoutTls: true },
      { theme: 'dark', serverUrl: 'https://attacker.example' },
    ]) {
      const key = Object.keys(change).at(-1);
      expect(await invoke('settings.update', change)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request', message: matching(new RegExp(`${key} is set only by signing in`)) },
      });
    }
    expect(core.settings.get()).toMatchObject({ serverUrl: 'https://gws.example.com', userName: 'supervisor1', rememberPassword: true, theme: 'system' });
    expect(await readFile(path.join(userData, 'settings.json'), 'utf8')).toBe(before);
    // What the window may change still changes.
    expect(await invoke('settings.update', { theme: 'dark' })).toMatchObject({
      ok: true,
      value: { settings: { theme: 'dark', serverUrl: 'https://gws.example.com' } },
    });
  });
});

describe('session.forget', () => {
  it('security 15.7 the sign-in screen can forget the remembered password', async () => {
    const serverUrl = 'https://gws.example.com:8443';
    const account = credentialAccount('supervisor1', serverUrl);
    const keychain = new KeytarCredentialStore();
    await keychain.set(account, 'remembered pass');
    try {
      await core.settings.update({ serverUrl, userName: 'supervisor1', rememberPassword: true });
      expect(core.session.state.status).toBe('signed-out');

      expect(await invoke('session.forget')).toEqual({ ok: true, value: null });

      expect(await keychain.get(account)).toEqual({ ok: true, value: null });
      expect(core.settings.get()).toMatchObject({ serverUrl, userName: 'supervisor1', rememberPassword: false });
    } finally {
      await keychain.delete(account);
    }
  });
});

describe('settings.chooseCaFile', () => {
  it('security 15.4 the CA file is chosen in main and trusted only after its subject and SHA-256 fingerprint are shown', async () => {
    const { caFile } = await caSignedCertificate(userData, 'Example Company Root');
    // The page can no longer name a file to trust; it can only clear the choice.
    expect(await invoke('settings.update', { trustedCaFile: caFile })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: matching(/trustedCaFile is chosen with the file dialog/) },
    });

    dialogs.chosen = caFile;
    dialogs.trust = false;
    expect(await invoke('settings.chooseCaFile')).toEqual({ ok: true, value: null });
    expect(core.settings.get().trustedCaFile).toBeNull();
    expect(dialogs.shown).toEqual([matching(/^\/.+ca\.pem\n\nSubject: CN=Example Company Root\nSHA-256: ([0-9A-F]{2}:){31}[0-9A-F]{2}\n\nTrust it only if/)]);

    dialogs.trust = true;
    expect(await invoke('settings.chooseCaFile')).toMatchObject({ ok: true, value: { settings: { trustedCaFile: caFile } } });
    expect(await invoke('settings.update', { trustedCaFile: null })).toMatchObject({ ok: true, value: { settings: { trustedCaFile: null } } });

    // A file that is no certificate is named in words, and nothing is asked or saved.
    dialogs.chosen = '/dev/zero';
    expect(await invoke('settings.chooseCaFile')).toMatchObject({ ok: false, error: { code: 'ca-file', message: matching(/is a device/) } });
    expect(dialogs.shown).toHaveLength(2);
    dialogs.chosen = null;
    expect(await invoke('settings.chooseCaFile')).toEqual({ ok: true, value: null });
    expect(core.settings.get().trustedCaFile).toBeNull();
  });
});

describe('session.signIn', () => {
  it('security 15.12 sign-in attempts from the page are rate-limited before they reach the network', async () => {
    const sim = await startSimulator({ longPollMs: 2000 });
    try {
      const guess = (password: string) => invoke('session.signIn', { serverUrl: sim.url, userName: 'supervisor1', password, remember: false });
      for (let n = 0; n < SIGN_IN_ATTEMPTS.max; n++) {
        expect(await guess(`guess-${n}`)).toMatchObject({ ok: false, error: { code: 'auth' } });
      }
      // The next one, even with the right password, is refused without a request.
      expect(await guess('demo123')).toEqual({
        ok: false,
        error: { code: 'rate-limited', message: matching(/^Too many sign-in attempts: wait (60|59|58) s, then try again\.$/) },
      });
      expect(sim.scenario.requests().filter((r) => r.path === '/api/v2/me')).toHaveLength(SIGN_IN_ATTEMPTS.max);
      // And so is a probe of another address.
      expect(await invoke('session.signIn', { serverUrl: 'http://127.0.0.1:9', userName: 'x', password: 'y', remember: false })).toMatchObject({
        error: { code: 'rate-limited' },
      });
    } finally {
      await sim.close();
    }
  });
});
