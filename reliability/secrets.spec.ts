// Issue 10, secrets: a whole session in the real app (the stand-in, the real gnome-keyring) with
// Remember me, then every byte the app left behind is searched for the password, the Basic
// header and the session cookie: the user-data folder (settings, logs, activity log, window
// state, anything), the Chromium profile, crash dumps, and what the main process printed. The
// password must be in the keychain, and only there.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import keytar from 'keytar';
import { credentialAccount, keychainService } from '../main/session/credential-store';
import { loadSeed, type Seed } from '../sim/index';
import { customerCallsAndAgentAnswers, expectConsole, fillSignIn, nameOf, teamRow } from '../e2e/test-support/console-fixture';
import { expect, test } from '../e2e/test-support/sim-fixture';
import { launchCapturing, type LaunchedApp } from './test-support/secrets-app';
import { needlesFor, scan, type Secret } from './test-support/secrets-scan';

/** Distinctive: no other test uses it, so any copy of it found was made by this session. */
const PASSWORD = 'Rel10-Secr3t!pw#Zq';

function seedWithPassword(): Seed {
  const seed = loadSeed();
  return { ...seed, users: seed.users.map((u) => (u.userName === 'supervisor1' ? { ...u, password: PASSWORD } : u)) };
}

test.use({ simOptions: { seed: seedWithPassword() } });

test('after a whole session with Remember me, no password, Basic header or session cookie is left on disk or in the output', async ({
  sim,
  userDataDir,
}, testInfo) => {
  const startedAt = Date.now();
  // What the app really sent, as the server received it.
  const authorizations = new Set<string>();
  let signIns = 0;
  const cookies = new Set<string>();
  const csrfTokens = new Set<string>();
  sim.probe({
    requestReceived({ headers }) {
      if (headers.authorization) {
        authorizations.add(headers.authorization);
        signIns++;
      }
      const cookie = /JSESSIONID=([^;\s]+)/.exec(headers.cookie ?? '')?.[1];
      if (cookie) cookies.add(cookie);
      const csrf = headers['x-csrf-token'];
      if (typeof csrf === 'string') csrfTokens.add(csrf);
    },
  });
  // Remember me leaves this entry in the keychain: deleted whatever the outcome.
  const account = credentialAccount('supervisor1', sim.url);
  try {
    const agent = nameOf(sim, 'agent3');
    const launches: LaunchedApp[] = [];
    // Outside the folders scanned, so that its only copy of what the app printed is scanned once, as output.
    const outputFile = testInfo.outputPath('main-process-output.txt');
    const profiles = new Set<string>();
    const launch = async () => {
      const launched = await launchCapturing(userDataDir, outputFile);
      launches.push(launched);
      return launched;
    };
    /** Quits the app, noting its Chromium profile first (found while it runs). */
    const quit = async ({ app, chromiumProfile }: LaunchedApp) => {
      const profile = await chromiumProfile();
      if (profile) profiles.add(profile);
      await app.close();
    };

    try {
      // Sign in through the form, with Remember me.
      const first = await launch();
      const { window } = first;
      await fillSignIn(window, sim, { remember: true, password: PASSWORD });
      await window.getByRole('button', { name: 'Sign in' }).click();
      await expectConsole(window);

      // Arm monitoring on agent3; a monitored call; barge in.
      await window.getByRole('searchbox', { name: 'Search the team' }).fill('agent3');
      await teamRow(window, 'agent3').click();
      await window.getByRole('button', { name: 'Start monitoring' }).click();
      await expect(window.getByTestId('armed-banner')).toContainText(`Listening to ${agent}`);
      const callId = customerCallsAndAgentAnswers(sim, 'agent3', '+15550177');
      const card = window.getByTestId('monitored-call');
      await expect(card.getByTestId('call-mode')).toHaveText('Listening in');
      await card.getByRole('button', { name: /Barge in/ }).click();
      await expect(card.getByTestId('call-mode')).toHaveText('Barged in');
      sim.scenario.release(callId);
      await expect(card).toHaveCount(0);

      // A settings change, saved.
      await window.getByRole('button', { name: 'Settings' }).click();
      await window.getByRole('radio', { name: 'Dark' }).check();
      await window.getByRole('radio', { name: 'Next call only' }).check();
      await expect(window.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
      await window.getByRole('button', { name: 'Console' }).click();

      // Sign out (keeping the password remembered), quit.
      await window.getByRole('button', { name: 'Sign out' }).click();
      await expect(window.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await quit(first);

      // Relaunch: signed in silently from the keychain.
      const second = await launch();
      await expectConsole(second.window);
      await expect(second.window.getByTestId('signed-in-as')).toContainText('supervisor1');

      // The server ends the session: the app signs in again with the held password, by itself.
      const signInsBefore = signIns;
      const cookiesBefore = cookies.size;
      sim.scenario.applyFaults({ expireSessions: true });
      await expect.poll(() => cookies.size, { message: 'a new session cookie after signing in again', timeout: 20_000 }).toBeGreaterThan(cookiesBefore);
      await expect(second.window.getByTestId('connection-bar')).toHaveAttribute('data-state', 'connected');
      expect(signIns).toBeGreaterThan(signInsBefore); // with the password held in memory, sent again
      await quit(second);
    } finally {
      for (const { app } of launches) await app.close().catch(() => undefined);
    }

    // What the session used: one password, its one Basic header, and the cookies of every sign-in.
    const basic = `Basic ${Buffer.from(`supervisor1:${PASSWORD}`).toString('base64')}`;
    expect([...authorizations]).toEqual([basic]);
    expect(cookies.size).toBeGreaterThanOrEqual(3); // first sign-in, relaunch, re-auth
    const secrets: Secret[] = [
      { name: 'password', value: PASSWORD },
      { name: 'Basic header', value: basic },
      { name: 'Basic credentials', value: basic.slice('Basic '.length) },
      ...[...cookies].map((value, i) => ({ name: `JSESSIONID #${i + 1}`, value })),
      ...[...csrfTokens].map((value, i) => ({ name: `CSRF token #${i + 1}`, value })),
    ];
    const needles = needlesFor(secrets);

    // The scan can find them: planted in a file of its own, every form of every secret is found.
    const control = await mkdtemp(path.join(tmpdir(), 'rel-secrets-control-'));
    try {
      for (const [i, needle] of needles.entries())
        await writeFile(path.join(control, `planted-${i}.bin`), Buffer.concat([Buffer.from('x\0y'), needle.bytes, Buffer.from('\n')]));
      const planted = await scan([control], [], needles);
      expect(planted.hits.map((h) => h.needle).sort()).toEqual(expect.arrayContaining(needles.map((n) => n.name)));
    } finally {
      await rm(control, { recursive: true, force: true });
    }

    // Crash dumps of this run: Crashpad and "Crash Reports" live under the folders scanned below;
    // a core file would be in the working folder or the temp folder.
    const cores = (
      await Promise.all(
        [process.cwd(), tmpdir()].map(async (dir) =>
          Promise.all(
            (await readdir(dir))
              .filter((name) => /^core(\.\d+)?$|\.dmp$/.test(name))
              .map(async (name) => {
                const file = path.join(dir, name);
                return (await stat(file)).mtimeMs >= startedAt ? file : undefined;
              }),
          ),
        ),
      )
    )
      .flat()
      .filter((file): file is string => file !== undefined);

    expect(profiles.size).toBe(2); // one Chromium profile per launch, found while it ran
    const output = await readFile(outputFile, 'utf8');
    const report = await scan([userDataDir, ...profiles, ...cores], [{ name: 'main process stdout and stderr', text: output }], needles);
    const files = report.files.map((f) => path.relative(userDataDir, f.file));
    await testInfo.attach('scanned-files.txt', { body: report.files.map((f) => `${f.bytes}\t${f.file}`).join('\n'), contentType: 'text/plain' });
    const under = (root: string) => report.files.filter((f) => f.file.startsWith(root)).length;
    console.log(
      `secrets scan: ${report.files.length} files (${under(userDataDir)} in user data, ${[...profiles].map(under).join(' + ')} in the Chromium profiles, ` +
        `${cores.length} core files), ${report.bytes} bytes with the main process output; ${needles.length} needles for ${secrets.length} secrets ` +
        `(${cookies.size} session cookies, ${csrfTokens.size} CSRF tokens); hits: ${report.hits.length}`,
    );

    // The scan covered what the app wrote: the settings, the diagnostic log (with the re-auth in it), the activity log.
    expect(files).toEqual(expect.arrayContaining(['settings.json', 'activity.jsonl', path.join('logs', 'main.log')]));
    const mainLog = await readFile(path.join(userDataDir, 'logs', 'main.log'), 'utf8');
    expect(mainLog).toContain('GWS session expired; signing in again');
    expect(await readFile(path.join(userDataDir, 'settings.json'), 'utf8')).toMatch(/"userName":\s*"supervisor1"/);
    for (const profile of profiles) expect(under(profile)).toBeGreaterThan(0);
    // The main process's output was captured from the first line (the stand-in's DevTools line), for both launches.
    expect(output.match(/DevTools listening/g)).toHaveLength(2);
    expect(report.hits).toEqual([]);

    // The password is in the keychain, and only there.
    expect(await keytar.findPassword(keychainService)).toBe(PASSWORD);
    expect(await keytar.getPassword(keychainService, account)).toBe(PASSWORD);
  } finally {
    await keytar.deletePassword(keychainService, account);
  }
});
