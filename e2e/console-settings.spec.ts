// Settings (shortcut from a key press, theme, defaults) and the activity log.
import { expect, operationsSent, signIn, teamRow, test } from './test-support/console-fixture';

test('the barge-in shortcut is captured from a key press, checked, and shown on the Barge in button', async ({ window, sim }) => {
  await signIn(window, sim);
  await window.getByRole('button', { name: 'Settings' }).click();
  await expect(window.getByTestId('shortcut-current')).toHaveText('Ctrl+Shift+B');

  // Shift alone is not enough for a global shortcut: refused, next to the field.
  await window.getByRole('button', { name: 'Change shortcut…' }).click();
  const capture = window.getByRole('textbox', { name: /New barge-in shortcut/ });
  await expect(capture).toBeFocused();
  await window.keyboard.press('Shift+K');
  await expect(window.locator('#settings-bargeInShortcut-error')).toContainText('Shift+K cannot be the shortcut');
  await window.keyboard.press('Escape');
  await expect(window.getByRole('button', { name: 'Change shortcut…' })).toBeFocused();

  await window.keyboard.press('Enter');
  await window.keyboard.press('Control+Alt+K');
  await expect(window.getByTestId('shortcut-current')).toHaveText('Ctrl+Alt+K');
  await expect(window.getByTestId('shortcut-status')).toHaveText(/Active: Ctrl\+Alt\+K/);
  await expect(window.locator('#settings-bargeInShortcut-error')).toHaveCount(0);
});

test('the theme setting forces dark or light; monitoring defaults feed the monitor panel', async ({ window, sim }) => {
  await signIn(window, sim);
  await window.getByRole('button', { name: 'Settings' }).click();
  const background = () => window.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await window.getByRole('radio', { name: 'Dark' }).check();
  await expect(window.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(background).not.toBe(light);

  await window.getByRole('radio', { name: 'This agent only' }).check();
  await window.getByRole('radio', { name: 'Next call only' }).check();
  await expect(window.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await window.getByRole('button', { name: 'Console' }).click();
  await window.getByRole('searchbox', { name: 'Search the team' }).fill('agent3');
  await teamRow(window, 'agent3').click();
  await expect(window.getByRole('radio', { name: 'This agent only' })).toBeChecked();
  await expect(window.getByRole('radio', { name: 'Next call only' })).toBeChecked();
});

test('the activity log lists monitoring actions newest first and filters by agent', async ({ window, sim }) => {
  await signIn(window, sim);
  const search = window.getByRole('searchbox', { name: 'Search the team' });
  for (const agent of ['agent3', 'agent4']) {
    await search.fill(agent);
    await teamRow(window, agent).click();
    await window.getByRole('button', { name: 'Start monitoring' }).click();
    await expect(teamRow(window, agent).getByText('Armed')).toBeVisible();
  }
  expect(operationsSent(sim).filter((o) => o === 'ListenIn')).toHaveLength(2);

  await window.getByRole('button', { name: 'Activity' }).click();
  const rows = window.getByTestId('activity-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Liam O'Brien"); // agent4, the newest
  await expect(rows.nth(1)).toContainText('Sofia Rossi');
  await window.getByLabel('Agent').selectOption('agent3');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Sofia Rossi');
});
