// Time in state, the team refresh interval, and the team by state: what a supervisor reads and
// does with the keyboard (and a click), while the simulated agents change state.
import { expect, nameOf, signIn, tabTo, teamRow, test } from './test-support/console-fixture';

test('each row shows its state and for how long; filter and sort by state; the refresh interval is a setting', async ({ window, sim }) => {
  await signIn(window, sim);
  const counts = window.getByTestId('team-state-counts');
  const count = window.getByTestId('team-count');
  // 20 agents Ready and supervisor2 logged out, all already so before the app was watching: "+".
  await expect(counts).toHaveText('Ready 20 · Not Ready 0 · After call work 0 · Logged out 1');
  await expect(window.getByTestId('team-state').first()).toHaveText('Ready · <1 min+');

  // Settings, by keyboard: a bad interval is refused beside the field, then 5 s is saved.
  await window.getByRole('button', { name: 'Settings' }).click();
  const interval = window.getByRole('textbox', { name: "Read the team's states again every (seconds)" });
  await expect(interval).toHaveValue('15');
  await tabTo(window, interval);
  await window.keyboard.press('Control+A');
  await window.keyboard.type('3');
  await window.keyboard.press('Enter');
  await expect(window.locator('#settings-teamRefreshSeconds-error')).toHaveText('The team refresh interval must be at least 5 seconds.');
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  await window.keyboard.press('Control+A');
  await window.keyboard.type('5');
  await window.keyboard.press('Enter');
  await expect(window.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(window.locator('#settings-teamRefreshSeconds-error')).toHaveCount(0);
  await window.getByRole('button', { name: 'Console' }).click();

  // Two agents change state; the next refreshes see it (the interval in force was 15 s, then 5 s).
  sim.scenario.setAgentState('agent3', 'NotReady');
  sim.scenario.setAgentState('agent5', 'AfterCallWork');
  await expect(counts).toHaveText('Ready 18 · Not Ready 1 · After call work 1 · Logged out 1', { timeout: 25_000 });

  // Filter by keyboard: Not Ready, then After call work, Logged out, Armed; each row says how long.
  const show = window.getByRole('combobox', { name: 'Show' });
  await tabTo(window, show);
  await window.keyboard.press('ArrowDown');
  await window.keyboard.press('ArrowDown');
  await expect(show).toHaveValue('not-ready');
  await expect(count).toHaveText('1 of 21 agents');
  // The app saw this state begin: no "+".
  await expect(teamRow(window, 'agent3').getByTestId('team-state')).toHaveText('Not Ready · <1 min');
  await teamRow(window, 'agent3').click();
  await expect(teamRow(window, 'agent3')).toHaveAttribute('aria-selected', 'true');

  await tabTo(window, show, { backwards: true });
  await window.keyboard.press('ArrowDown');
  await expect(count).toHaveText('1 of 21 agents');
  await expect(teamRow(window, 'agent5')).toContainText(nameOf(sim, 'agent5'));
  await expect(teamRow(window, 'agent5').getByTestId('team-state')).toHaveText('After call work · <1 min');
  await window.keyboard.press('ArrowDown');
  await expect(teamRow(window, 'supervisor2').getByTestId('team-state')).toHaveText('Logged out · <1 min+');
  await window.keyboard.press('ArrowDown');
  await expect(show).toHaveValue('armed');
  await expect(window.getByText('No agent in this state.')).toBeVisible();
  await window.keyboard.press('Home');
  await expect(count).toHaveText('21 agents');

  // Sort by time in state: those who just changed come last (by name between the two).
  const sort = window.getByRole('combobox', { name: 'Sort by' });
  await tabTo(window, sort);
  await window.keyboard.press('ArrowDown');
  await expect(sort).toHaveValue('time');
  const list = window.getByRole('listbox', { name: 'Team' });
  await tabTo(window, list);
  await window.keyboard.press('End');
  const selected = list.locator('[aria-selected="true"]');
  await expect(selected).toHaveAttribute('data-user', 'agent3');
  await window.keyboard.press('ArrowUp');
  await expect(selected).toHaveAttribute('data-user', 'agent5');
});
