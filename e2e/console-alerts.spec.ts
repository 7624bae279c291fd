// Alerts in the window, with the mouse and the keyboard only: a threshold set in Settings, the
// alert marking the agent's row and listed with its one-click actions, Listen in from it arming
// monitoring, Snooze for today clearing it; axe-clean in light and dark. The one real wait is the
// shortest threshold allowed (1 minute), so the test is bounded at two and a half minutes.
import { capture, expectAccessible } from './test-support/accessibility';
import { expect, nameOf, signIn, tabTo, teamRow, test } from './test-support/console-fixture';

test('an alert marks the row; Listen in from it arms monitoring; Snooze for today clears it', async ({ electronApp, window, sim }) => {
  test.setTimeout(150_000);
  const name = nameOf(sim, 'agent4');
  sim.scenario.setAgentState('agent4', 'NotReady');
  await signIn(window, sim);

  // Settings, by keyboard: a threshold out of bounds is refused in words naming the rule; 1 minute is saved.
  await window.getByRole('button', { name: 'Settings' }).click();
  const threshold = window.getByRole('textbox', { name: 'An agent is Not Ready longer than (minutes)' });
  await expect(threshold).toHaveValue('10');
  await tabTo(window, threshold);
  await window.keyboard.press('Control+A');
  await window.keyboard.type('0');
  await window.keyboard.press('Enter');
  await expect(window.locator('#settings-alerts-error')).toHaveText('Not Ready too long: the threshold must be at least 1 minute.');
  await window.keyboard.press('Control+A');
  await window.keyboard.type('1');
  await window.keyboard.press('Enter');
  await expect(window.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(window.locator('#settings-alerts-error')).toHaveCount(0);
  await window.getByRole('button', { name: 'Console' }).click();

  // Past the minute since the app first read agent4 Not Ready: the row is marked in words, and the alert is listed.
  const mark = teamRow(window, 'agent4').getByTestId('team-alert');
  await expect(mark).toHaveText(/⚠ AlertAlert: Not Ready 1 min\+/, { timeout: 100_000 });
  const alert = window.getByTestId('alert');
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText(`${name} — Not Ready 1 min+`);
  // Outside the window too: one OS notification, and the tray menu one click from listening in.
  const snapshot = () => electronApp.evaluate(() => globalThis.__e2e.snapshot());
  expect((await snapshot()).notifications.filter((n) => n.title === 'Alert')).toEqual([{ title: 'Alert', body: `${name} — Not Ready 1 min+.` }]);
  expect((await snapshot()).trays[0]?.menu).toContain(`Listen in to ${name} — Not Ready 1 min+`);
  // A click on the notification shows the console on that agent.
  await window.getByRole('button', { name: 'Activity' }).click();
  await electronApp.evaluate(() => globalThis.__e2e.clickNotification());
  await expect(teamRow(window, 'agent4')).toHaveAttribute('aria-selected', 'true');

  for (const theme of ['light', 'dark'] as const) {
    await window.emulateMedia({ colorScheme: theme });
    await expectAccessible(window, `alerts, ${theme}`, ['[data-testid="alerts"]', '#team-list']);
    await capture(window, `alerts-${theme}`);
  }

  // The mouse: Listen in, from the alert. Armed on a Not Ready agent, the alert now says monitoring waits.
  await window.getByRole('button', { name: `Listen in: ${name}` }).click();
  await expect(window.getByTestId('armed-banner')).toContainText(name);
  await expect(alert).toContainText('Not Ready while armed: monitoring will not fire until Ready');
  await expect(window.getByRole('button', { name: `Listen in: ${name}` })).toHaveCount(0);

  // The keyboard: Snooze for today clears the alert and the row's mark.
  const snooze = window.getByRole('button', { name: `Snooze for today: ${name}` });
  await tabTo(window, snooze);
  await window.keyboard.press('Enter');
  await expect(window.getByTestId('alert')).toHaveCount(0);
  await expect(mark).toHaveCount(0);

  // The activity log: each alert raised and cleared (Not Ready became "while armed", which the snooze
  // cleared), the Listen in and the snooze; the alerts' writes and the action's can interleave.
  await window.getByRole('button', { name: 'Activity' }).click();
  const actions = window.getByTestId('activity-row').locator('td:nth-child(3)');
  await expect(actions).toHaveCount(6);
  expect((await actions.allTextContents()).sort()).toEqual([
    'Alert cleared',
    'Alert cleared',
    'Alert raised',
    'Alert raised',
    'Listen in',
    'Snoozed alerts for today',
  ]);
});
