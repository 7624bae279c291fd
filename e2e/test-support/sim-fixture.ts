// The app under test against a fresh GWS simulator per test (real HTTP, real CometD).
import type { Page } from '@playwright/test';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../sim/index';
import { expect, test as base } from './fixtures';

export const test = base.extend<{ simOptions: SimulatorOptions; sim: Simulator }>({
  simOptions: [{}, { option: true }],
  sim: async ({ simOptions }, use) => {
    const sim = await startSimulator({ longPollMs: 2000, ...simOptions });
    await use(sim);
    await sim.close();
  },
});
export { expect };

/** Signs in through window.softphone, as the sign-in form does. */
export async function signInThroughApi(page: Page, sim: Simulator, userName = 'supervisor1'): Promise<void> {
  const result = await page.evaluate(
    ([serverUrl, userName]) => window.softphone.session.signIn({ serverUrl: serverUrl!, userName: userName!, password: 'demo123', remember: false }),
    [sim.url, userName],
  );
  expect(result).toMatchObject({ ok: true, value: { status: 'signed-in' } });
}
