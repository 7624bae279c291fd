// Every screen checked with axe-core, in the OS's light and dark themes: no serious or critical
// violation. With UPDATE_SCREENSHOTS=1 the same walk saves docs/screenshots/<screen>-<theme>.png.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { customerCallsAndAgentAnswers, expect, expectConsole, fillSignIn, teamRow, test } from './test-support/console-fixture';

async function expectAccessible(window: Page, screen: string): Promise<void> {
  // Legacy mode runs axe in the page itself; the default opens a blank page, which an Electron app cannot.
  const results = await new AxeBuilder({ page: window }).setLegacyMode(true).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

async function capture(window: Page, name: string): Promise<void> {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  // The stand-in's page can be laid out smaller than the screenshot viewport (docs/e2e-harness.md,
  // window geometry): capture what the window lays out, from the top.
  const size = await window.evaluate(() => {
    document.scrollingElement?.scrollTo(0, 0);
    for (const column of document.querySelectorAll('.work')) column.scrollTo(0, 0);
    return { width: innerWidth, height: innerHeight };
  });
  await window.screenshot({ path: `docs/screenshots/${name}.png`, clip: { x: 0, y: 0, ...size } });
}

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on any screen, ${theme}`, async ({ window, sim }) => {
    await window.emulateMedia({ colorScheme: theme });

    // Sign-in, empty and with an error next to each field.
    await expect(window.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expectAccessible(window, 'sign-in');
    await window.getByRole('button', { name: 'Sign in' }).click();
    await expect(window.getByText('Enter your password')).toBeVisible();
    await expectAccessible(window, 'sign-in with errors');
    await fillSignIn(window, sim, { password: 'wrong' });
    await window.getByRole('button', { name: 'Sign in' }).click();
    await expect(window.locator('#sign-in-password-error')).toBeVisible();
    await capture(window, `sign-in-error-${theme}`);
    await fillSignIn(window, sim);
    await capture(window, `sign-in-${theme}`);
    await window.getByRole('button', { name: 'Sign in' }).click();
    await expectConsole(window);

    // The console with everything on it: an agent chosen, monitoring armed, a live monitored
    // call, and an own call dialling out.
    await window.getByRole('searchbox', { name: 'Search the team' }).fill('agent3');
    await teamRow(window, 'agent3').click();
    await window.getByRole('button', { name: 'Start monitoring' }).click();
    await expect(window.getByTestId('armed-banner')).toBeVisible();
    customerCallsAndAgentAnswers(sim, 'agent3');
    await expect(window.getByTestId('monitored-call')).toBeVisible();
    await window.getByLabel('Number to dial').fill('+15550199');
    await window.getByRole('button', { name: 'Call', exact: true }).click();
    await expect(window.getByTestId('own-call')).toBeVisible();
    await window.getByRole('searchbox', { name: 'Search the team' }).fill('');
    await expectAccessible(window, 'console');
    await capture(window, `console-${theme}`);

    await window.getByRole('button', { name: 'Activity' }).click();
    await expect(window.getByTestId('activity-row').first()).toBeVisible();
    await expectAccessible(window, 'activity');
    await capture(window, `activity-${theme}`);

    await window.getByRole('button', { name: 'Settings' }).click();
    await expect(window.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expectAccessible(window, 'settings');
    await capture(window, `settings-${theme}`);
  });
}
