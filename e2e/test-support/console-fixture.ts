// The console's journeys: sim-fixture's simulator per test, started before the app and closed
// after it, plus the steps a supervisor takes in the window, written once so that each journey
// reads like the product.
import { _electron, type ElectronApplication, type Locator, type Page } from '@playwright/test';
import { operationNames, type Simulator } from '../../sim/index';
import { appArgs, executablePath } from './fixtures';
import { expect, test as base } from './sim-fixture';

export const test = base.extend({
  // The app depends on the simulator, so it is closed first: its sign-out still reaches GWS.
  electronApp: async ({ electronApp, sim }, use) => {
    void sim;
    await use(electronApp);
  },
});
export { expect };

export const SUPERVISOR = { userName: 'supervisor1', password: 'demo123' };

export { seedWithAgents } from '../../sim/test-support/seed-with-agents';

/** The seed's display name of a user: what the window shows. */
export function nameOf(sim: Simulator, userName: string): string {
  const user = sim.seed.users.find((u) => u.userName === userName);
  if (!user) throw new Error(`no user ${userName} in the seed`);
  return `${user.firstName} ${user.lastName}`;
}

export async function fillSignIn(window: Page, sim: Simulator, { remember = false, password = SUPERVISOR.password } = {}): Promise<void> {
  await window.getByLabel('Server address').fill(sim.gwsUrl);
  await window.getByLabel('User name').fill(SUPERVISOR.userName);
  await window.getByLabel('Password').fill(password);
  await window.getByLabel('Remember me').setChecked(remember);
}

/** Signs in with the mouse and waits for the console with its team. */
export async function signIn(window: Page, sim: Simulator, options: { remember?: boolean } = {}): Promise<void> {
  await fillSignIn(window, sim, options);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expectConsole(window);
}

export async function expectConsole(window: Page): Promise<void> {
  await expect(window.getByTestId('connection-bar')).toHaveAttribute('data-state', 'connected');
  await expect(window.getByTestId('team-row').first()).toBeVisible();
}

export const teamRow = (window: Page, userName: string): Locator => window.locator(`[data-testid="team-row"][data-user="${userName}"]`);

/** A customer calls the agent and the agent answers, as the scenario API plays it. */
export function customerCallsAndAgentAnswers(sim: Simulator, agent: string, from = '+15550100'): string {
  const { callId } = sim.scenario.ringAgent({ to: agent, from });
  sim.scenario.answer(callId);
  return callId;
}

/** The GWS operations the app sent, in order (the simulator's request log). */
export function operationsSent(sim: Simulator): string[] {
  return operationNames(sim.scenario.requests());
}

/** Presses Tab until `target` has focus: how a keyboard user reaches a control. */
export async function tabTo(window: Page, target: Locator, { max = 60, backwards = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    await window.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Launches the app again on the same profile folder: a restart of the app. */
export async function relaunch(userDataDir: string): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await _electron.launch({ executablePath, args: appArgs, env: { ...process.env, SOFTPHONE_USER_DATA: userDataDir } });
  const window = await app.firstWindow();
  await window.waitForURL(/\/index\.html$/, { waitUntil: 'domcontentloaded' });
  return { app, window };
}
