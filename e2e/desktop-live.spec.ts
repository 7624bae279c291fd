// The tray, the OS notifications and the barge-in key while monitoring, against the simulator.
import type { ElectronApplication, Page } from '@playwright/test';
import { operationNames, type Simulator } from '../sim/index';
import { signInThroughApi } from './test-support/api-steps';
import { _electron } from '@playwright/test';
import { appArgs, executablePath, mode } from './test-support/fixtures';
import { expect, test } from './test-support/sim-fixture';

const snapshot = (app: ElectronApplication) => app.evaluate(() => globalThis.__e2e.snapshot());
const tooltip = async (app: ElectronApplication) => (await snapshot(app)).trays[0]?.tooltip ?? '';
const operations = (sim: Simulator) => operationNames(sim.scenario.requests());

/** Signed in and armed on agent3 with ListenIn; returns agent3's name. */
async function armedOnAgent3(page: Page, sim: Simulator): Promise<string> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await signInThroughApi(page, sim);
  const agent3 = () =>
    page.evaluate(async () => {
      const r = await window.softphone.supervisor.get();
      return (r.ok && r.value.team.find((m) => m.userName === 'agent3')) || null;
    });
  await expect.poll(agent3).not.toBeNull();
  const agent = (await agent3())!;
  expect(await page.evaluate((userId) => window.softphone.monitor.start({ target: { userId }, state: 'ListenIn' }), agent.userId)).toEqual({
    ok: true,
    value: null,
  });
  return agent.name;
}

function startCall(sim: Simulator): string {
  const { callId } = sim.scenario.ringAgent({ to: 'agent3', from: '+19165550104' });
  sim.scenario.answer(callId);
  return callId;
}

test('a monitored call: one notification naming agent and customer, the tray listening, a click shows the window', async ({
  electronApp,
  window: page,
  sim,
}) => {
  const name = await armedOnAgent3(page, sim);
  await expect.poll(() => tooltip(electronApp)).toBe(`Supervisor Softphone: Listening to ${name} — all calls — follows the call`);
  await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.hide());

  startCall(sim);
  await expect.poll(() => tooltip(electronApp)).toBe(`Supervisor Softphone: listening: ${name} on a call with +19165550104`);
  const started = (await snapshot(electronApp)).notifications.filter((n) => n.title === 'Monitored call started');
  expect(started).toEqual([{ title: 'Monitored call started', body: `${name} is on a call with +19165550104: you are listening.` }]);

  await electronApp.evaluate(() => globalThis.__e2e.clickNotification());
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isVisible())).toBe(true);
});

test('the barge-in key with a live call sends SwitchToBargeIn and the tray says barged in', async ({ electronApp, window: page, sim }) => {
  const name = await armedOnAgent3(page, sim);
  startCall(sim);
  await expect.poll(() => tooltip(electronApp)).toContain('listening:');
  await electronApp.evaluate(() => globalThis.__e2e.pressShortcut('CommandOrControl+Shift+B'));
  await expect.poll(() => operations(sim)).toContain('SwitchToBargeIn');
  await expect.poll(() => tooltip(electronApp)).toBe(`Supervisor Softphone: barged in: ${name} on a call with +19165550104`);

  await electronApp.evaluate(() => globalThis.__e2e.pressShortcut('CommandOrControl+Shift+B'));
  await expect.poll(async () => (await snapshot(electronApp)).notifications.at(-1)?.body).toBe(`You are already barged in on ${name}'s call.`);
});

test('the barge-in key, armed with no call, says there is no monitored call', async ({ electronApp, window: page, sim }) => {
  const name = await armedOnAgent3(page, sim);
  await expect.poll(() => tooltip(electronApp)).toContain('Listening to');
  await electronApp.evaluate(() => globalThis.__e2e.pressShortcut('CommandOrControl+Shift+B'));
  await expect
    .poll(async () => (await snapshot(electronApp)).notifications.at(-1))
    .toEqual({ title: 'Barge-in shortcut', body: `No monitored call in progress: ${name} is not on a call.` });
  expect(operations(sim)).not.toContain('SwitchToBargeIn');
});

test('every tray item works, and is disabled when GWS would refuse it', async ({ electronApp, window: page, sim }) => {
  await armedOnAgent3(page, sim);
  const click = (label: string) => electronApp.evaluate((_e, label) => globalThis.__e2e.clickTrayMenuItem(label), label);
  await expect.poll(() => tooltip(electronApp)).toContain('Listening to');
  await expect(click('Leave call')).rejects.toThrow('disabled');
  await expect(click('Back to listening')).rejects.toThrow('disabled');

  startCall(sim);
  await expect.poll(() => tooltip(electronApp)).toContain('listening:');
  await click('Mute agent');
  await expect.poll(() => operations(sim)).toContain('MuteMonitoredUser');
  await click('Barge in (Ctrl+Shift+B)');
  await expect.poll(() => tooltip(electronApp)).toContain('barged in:');
  await click('Back to listening');
  await expect.poll(() => tooltip(electronApp)).toContain('listening:');
  await click('Leave call');
  await expect.poll(() => tooltip(electronApp)).toContain('Listening to');
  await click('Cancel monitoring');
  await expect.poll(() => tooltip(electronApp)).toBe('Supervisor Softphone: connected as Sam Lee'.replace('Sam Lee', await displayName(page)));
  await click('Sign out');
  await expect.poll(() => tooltip(electronApp)).toBe('Supervisor Softphone: signed out');
  await expect.poll(() => operations(sim)).toContain('EndContactCenterSession');
  expect(operations(sim)).toEqual(expect.arrayContaining(['SwitchToBargeIn', 'SwitchToListenIn', 'Hangup', 'CancelSupervisorMonitoring']));
});

async function displayName(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const r = await window.softphone.session.get();
    return r.ok && r.value.status === 'signed-in' ? r.value.displayName : '';
  });
}

test('signed in with nothing armed, the barge-in key brings the window forward; signed out, it is released', async ({ electronApp, window: page, sim }) => {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await signInThroughApi(page, sim);
  await expect.poll(async () => (await snapshot(electronApp)).shortcuts).toEqual(['CommandOrControl+Shift+B']);
  await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.hide());
  await electronApp.evaluate(() => globalThis.__e2e.pressShortcut('CommandOrControl+Shift+B'));
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isVisible())).toBe(true);

  await page.evaluate(() => window.softphone.session.signOut({ forget: false }));
  await expect.poll(async () => (await snapshot(electronApp)).shortcuts).toEqual([]);
});

test.describe('when another application owns the shortcut', () => {
  test.use({ appEnv: { ELECTRON_STANDIN_TAKEN_SHORTCUTS: 'CommandOrControl+Shift+B' } });

  test('the tray and the settings say the shortcut is unavailable', async ({ electronApp, window: page, sim }) => {
    test.skip(mode === 'real', 'only the stand-in can make another application own a shortcut');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await signInThroughApi(page, sim);
    const problem = 'Barge-in shortcut Ctrl+Shift+B unavailable: another application already uses it';
    await expect.poll(() => tooltip(electronApp)).toContain(problem);
    expect(await page.evaluate(async () => (await window.softphone.settings.get()).ok && (await window.softphone.settings.get()))).toMatchObject({
      value: { shortcut: { state: 'failed', accelerator: 'CommandOrControl+Shift+B', reason: 'another application already uses it' } },
    });
    expect((await snapshot(electronApp)).shortcuts).toEqual([]);
  });
});

test('demo mode (npm start) signs in to the simulator as supervisor1 and says so in the window and the tray', async ({ sim, userDataDir }) => {
  const app = await _electron.launch({
    executablePath,
    args: appArgs,
    env: { ...process.env, SOFTPHONE_USER_DATA: `${userDataDir}-demo`, SOFTPHONE_DEMO_SERVER: sim.url },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('demo-badge')).toHaveText('Demo');
    await expect(page.getByTestId('signed-in-as')).toContainText('supervisor1');
    await expect.poll(() => tooltip(app)).toMatch(/^Supervisor Softphone \(demo\): connected as /);
    expect(operations(sim).filter((op) => ['ListenIn', 'Coach', 'BargeIn'].includes(op))).toEqual([]); // nothing armed
  } finally {
    await app.close();
  }
});
