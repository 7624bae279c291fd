// Steps taken through window.softphone itself, for tests of the bridge rather than the UI.
import type { Page } from '@playwright/test';
import type { Simulator } from '../../sim/index';
import { expect } from './fixtures';

/** Signs in through window.softphone, as the sign-in form does. */
export async function signInThroughApi(page: Page, sim: Simulator, userName = 'supervisor1'): Promise<void> {
  const result = await page.evaluate(
    ([serverUrl, userName]) => window.softphone.session.signIn({ serverUrl: serverUrl!, userName: userName!, password: 'demo123', remember: false }),
    [sim.url, userName],
  );
  expect(result).toMatchObject({ ok: true, value: { status: 'signed-in' } });
}
