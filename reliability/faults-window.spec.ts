// Faults as the supervisor sees them in the window: the built app in the Electron stand-in
// against the simulator. Slow REST (3 s on every call) and a timeout, CometD dropped mid-call,
// the password changed on the server, the server down at launch.
import type { Page } from '@playwright/test';
import { credentialAccount, KeytarCredentialStore } from '../main/session/credential-store';
import { createServer } from 'node:net';
import { startSimulator } from '../sim/index';
import { customerCallsAndAgentAnswers, expect, expectConsole, nameOf, relaunch, signIn, teamRow, test } from '../e2e/test-support/console-fixture';
import type { Simulator } from '../sim/index';

/** Arms Listen in (the defaults: all calls, follows the call) on agent3 with the mouse. */
async function armAgent3(window: Page, sim: Simulator): Promise<void> {
  await window.getByRole('searchbox', { name: 'Search the team' }).fill('Rossi');
  await teamRow(window, 'agent3').click();
  await window.getByRole('button', { name: 'Start monitoring' }).click();
  await expect(window.getByTestId('armed-banner')).toContainText(`Listening to ${nameOf(sim, 'agent3')}`);
}

/** How long one round trip from the test into the page and back takes: the window answering. */
async function roundTripMs(window: Page): Promise<number> {
  const started = Date.now();
  await window.evaluate(() => document.title);
  return Date.now() - started;
}

test('3 s latency on every REST call: the window stays responsive, the button shows progress, and a request past the 10 s timeout says so in words', async ({
  window,
  sim,
}) => {
  test.setTimeout(60_000);
  await signIn(window, sim);
  await armAgent3(window, sim);
  customerCallsAndAgentAnswers(sim, 'agent3', '+15550142');
  const card = window.getByTestId('monitored-call');
  await expect(card.getByTestId('call-mode')).toHaveText('Listening in');

  sim.scenario.applyFaults({ latencyMs: 3000 });
  const clicked = Date.now();
  await card.getByRole('button', { name: 'Mute agent' }).click();
  // Progress on the button that was pressed, while GWS takes its time.
  const pending = card.getByRole('button', { name: 'Mute agent…' });
  await expect(pending).toHaveAttribute('aria-disabled', 'true');
  // Meanwhile the window answers input: a round trip, and the team search filtering as one types.
  // Each within a bound well under the 3 s latency (a window that waited for GWS would take 3 s),
  // with room for a loaded machine; the times are logged.
  const RESPONSIVE_MS = 1500;
  const roundTrip = await roundTripMs(window);
  const search = window.getByRole('searchbox', { name: 'Search the team' });
  const typed = Date.now();
  await search.fill('Nobody-by-this-name');
  await expect(teamRow(window, 'agent3')).toHaveCount(0, { timeout: RESPONSIVE_MS });
  const filteredMs = Date.now() - typed;
  await expect(pending).toBeVisible(); // still waiting: the search did not wait for GWS
  const retyped = Date.now();
  await search.fill('Rossi');
  await expect(teamRow(window, 'agent3')).toBeVisible({ timeout: RESPONSIVE_MS });
  const refilteredMs = Date.now() - retyped;
  console.log(
    `while a 3 s request hangs: round trip ${roundTrip} ms, search filtered in ${filteredMs} ms and ${refilteredMs} ms (${Date.now() - clicked} ms after the click)`,
  );
  expect(roundTrip, 'round trip into the page (ms)').toBeLessThan(RESPONSIVE_MS);
  expect(filteredMs, 'typing to the team list filtered (ms)').toBeLessThan(RESPONSIVE_MS);
  expect(refilteredMs, 'typing to the team list filtered again (ms)').toBeLessThan(RESPONSIVE_MS);
  await expect(pending).toBeVisible(); // still waiting after both

  await expect(card.getByTestId('agent-muted')).toHaveText('Muted: the customer cannot hear the agent', { timeout: 8000 });
  await expect(card.getByRole('button', { name: 'Unmute agent' })).toBeVisible();
  expect(Date.now() - clicked).toBeGreaterThanOrEqual(3000);
  await expect(card.getByRole('alert')).toHaveCount(0);

  // Past the client's 10 s timeout: a clear error next to the button, and the card as it was.
  sim.scenario.applyFaults({ latencyMs: 11_000 });
  await card.getByRole('button', { name: 'Unmute agent' }).click();
  await expect(card.getByRole('button', { name: 'Unmute agent…' })).toBeVisible();
  const host = new URL(sim.url).host;
  await expect(card.getByRole('alert')).toHaveText(
    `The GWS server at ${host} did not answer within 10 s. Try again; if it persists, the server may be overloaded.`,
    {
      timeout: 13_000,
    },
  );
  await expect(window.getByTestId('announcer-urgent')).toContainText('did not answer within 10 s');
  await expect(card.getByTestId('call-agent')).toHaveText(`${nameOf(sim, 'agent3')} (7003)`);
  await expect(card.getByRole('button', { name: 'Unmute agent' })).toBeVisible();
  sim.scenario.applyFaults({ clear: true });
});

test('CometD dropped mid-call: the live call card stays right, a change made meanwhile shows, and the bar is connected again within 5 s', async ({
  window,
  sim,
}) => {
  await signIn(window, sim);
  await armAgent3(window, sim);
  const callId = customerCallsAndAgentAnswers(sim, 'agent3', '+15550143');
  const card = window.getByTestId('monitored-call');
  await expect(card.getByTestId('call-customer')).toHaveText('+15550143');

  // Measured from the drop itself. The mute's CometD message goes nowhere, so the card shows it
  // only after the re-handshake and resync: the simulator answers the held connect at once, then
  // one production backoff (1 s base, equal jitter: 0.5-1 s), the handshake and the snapshot read. Waited for past the
  // bound, so that a slow reconnect fails with its measured time rather than a timeout.
  const dropped = Date.now();
  sim.scenario.applyFaults({ dropNotifications: true });
  await card.getByRole('button', { name: 'Mute agent' }).click();
  await expect(card.getByTestId('agent-muted')).toHaveText('Muted: the customer cannot hear the agent', { timeout: 15_000 });
  await expect(window.getByTestId('connection-bar')).toHaveAttribute('data-state', 'connected', { timeout: 15_000 });
  const reconnectedMs = Date.now() - dropped;
  console.log(`CometD dropped: the window shows the change and connected after ${reconnectedMs} ms`);
  expect(reconnectedMs, 'connected again, with the change made meanwhile, after the drop (ms)').toBeLessThan(5000);
  await expect(card.getByTestId('call-agent')).toHaveText(`${nameOf(sim, 'agent3')} (7003)`);
  await expect(card.getByTestId('call-mode')).toHaveText('Listening in');
  await expect(card.getByRole('alert')).toHaveCount(0);

  sim.scenario.release(callId);
  await expect(card).toHaveCount(0);
  await expect(window.getByTestId('armed-banner')).toContainText(`Listening to ${nameOf(sim, 'agent3')}`);
});

test('the password changed on the server: signed out with the reason next to the password, the remembered password kept', async ({ window, sim }) => {
  const keychain = new KeytarCredentialStore();
  const account = credentialAccount('supervisor1', sim.url);
  try {
    await signIn(window, sim, { remember: true });
    // The keychain is written once GWS has accepted the sign-in: just after the console shows.
    await expect.poll(() => keychain.get(account)).toEqual({ ok: true, value: 'demo123' });

    expect((await fetch(`${sim.url}/sim/users/supervisor1/password`, { method: 'POST', body: JSON.stringify({ password: 'changed456' }) })).status).toBe(200);
    await expect(window.getByRole('button', { name: 'Sign in' })).toBeVisible({ timeout: 15_000 });
    await expect(window.locator('#sign-in-password-error')).toHaveText(
      /^Your GWS session ended and signing in again failed: GWS did not accept the user name or password .*Check them and sign in again\.$/,
    );
    await expect(window.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(await keychain.get(account)).toEqual({ ok: true, value: 'demo123' });
  } finally {
    await keychain.delete(account);
  }
});

// While the server is down its port is free, and another server given a port by the OS took it
// once (a CI run saw HTTP 404 there instead of "connection refused"). Linux hands out 32768–60999
// by default: below that, nothing else is given the port.
test.describe('on a port the OS does not hand out', () => {
  test.use({
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first parameter
    simOptions: async ({}, use) => {
      await use({ port: await freePortBelow(32_768) });
    },
  });

  test('the server down at launch: the sign-in screen says it retries, with a countdown, and signs in when the server is up', async ({
    electronApp,
    window,
    sim,
    userDataDir,
  }) => {
    const keychain = new KeytarCredentialStore();
    const account = credentialAccount('supervisor1', sim.url);
    const port = Number(new URL(sim.url).port);
    try {
      await signIn(window, sim, { remember: true });
      await expect.poll(() => keychain.get(account)).toEqual({ ok: true, value: 'demo123' });
      await expect
        .poll(() =>
          window.evaluate(async () => {
            const settings = await self.softphone.settings.get();
            return settings.ok && settings.value.settings.rememberPassword;
          }),
        )
        .toBe(true);
      await electronApp.close();
      await sim.close();

      const { app, window: again } = await relaunch(userDataDir);
      let back: Simulator | undefined;
      try {
        const retry = again.getByTestId('launch-retry');
        await expect(retry).toContainText(/Signing in again by itself \(attempt [12]\)/, { timeout: 15_000 });
        await expect(again.getByTestId('launch-retry-countdown')).toHaveText(/— next try in \d+ s|— trying now…/);
        await expect(again.locator('#sign-in-server-error')).toHaveText(
          `Cannot reach the GWS server at 127.0.0.1:${port}: connection refused. Check the server address and your network connection.`,
        );
        await expect(retry).toContainText(/attempt [2-9]/, { timeout: 15_000 });

        back = await startSimulator({ port, longPollMs: 2000 });
        await expectConsole(again);
        await expect(again.getByTestId('signed-in-as')).toContainText('supervisor1');
      } finally {
        await app.close();
        await back?.close();
      }
    } finally {
      await keychain.delete(account);
    }
  });
});

/** A port from 20000 up to `end` that is free now, tried at random. */
async function freePortBelow(end: number): Promise<number> {
  for (let tries = 0; tries < 20; tries++) {
    const port = 20_000 + Math.floor(Math.random() * (end - 20_000));
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from 20000 to ${end} in 20 tries`);
}
