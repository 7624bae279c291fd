// Agent state control in the window, with mouse and keyboard only: make an agent Not Ready from
// their panel, Ready from the team list's menu by keyboard, then log them off from the menu with
// the mouse, answering the confirmation that names them; the activity screen lists each change.
import { expect, nameOf, operationsSent, signIn, teamRow, test } from './test-support/console-fixture';

test('make an agent Not Ready, then Ready, then log them off with confirmation', async ({ window, sim }) => {
  await signIn(window, sim);
  const name = nameOf(sim, 'agent1');
  const row = teamRow(window, 'agent1');
  const rowState = row.getByTestId('team-state');
  const panel = window.getByTestId('agent-state-panel');

  // From the agent's panel, with the mouse. No Make Ready for a Ready agent.
  await row.click();
  await expect(panel.getByRole('heading')).toHaveText(`${name}'s state`);
  await expect(panel.getByTestId('agent-state-now')).toHaveText('Ready');
  await expect(panel.getByRole('button', { name: 'Make Ready' })).toHaveCount(0);
  // A slow GWS: the row says the change is pending until the agent, read again, shows it.
  sim.scenario.applyFaults({ latencyMs: 1500 });
  await panel.getByRole('button', { name: 'Make Not Ready' }).click();
  await expect(row.getByTestId('team-pending')).toHaveText('Make Not Ready: waiting for GWS…');
  await expect(panel.getByTestId('agent-state-now')).toHaveText('Make Not Ready: waiting for GWS…');
  // The button went with the change and the panel kept its focus; a click on the background lets
  // it go, and the change arriving does not pull it back.
  await expect(panel).toBeFocused();
  await window.getByTestId('signed-in-as').click();
  await expect(panel).not.toBeFocused();
  await expect(rowState).toHaveText('Not Ready · <1 min');
  await expect(row.getByTestId('team-pending')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Make Ready' })).toBeVisible();
  await expect(panel).not.toBeFocused();
  sim.scenario.applyFaults({ latencyMs: 0 });
  await expect(panel.getByTestId('agent-state-now')).toHaveText('Not Ready');

  // From the team list's menu, by keyboard: Shift+F10 opens it on the selected agent.
  await row.click();
  await window.keyboard.press('Shift+F10');
  const menu = window.getByRole('menu', { name: `Actions for ${name}` });
  await expect(menu.getByRole('menuitem')).toHaveText(['Make Ready', 'Log off']);
  await expect(menu.getByRole('menuitem', { name: 'Make Ready' })).toBeFocused();
  await window.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(rowState).toHaveText('Ready · <1 min');
  await expect(window.locator('#team-list')).toBeFocused();

  // Log off asks first, naming the agent; Cancel changes nothing, then yes logs them off.
  await row.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Log off' }).click();
  await expect(panel.getByText(`Log off ${name}?`)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Log off' })).toBeFocused();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowState).toHaveText('Ready · <1 min');
  await panel.getByRole('button', { name: 'Log off' }).click();
  await expect(panel.getByText(`Log off ${name}?`)).toBeVisible();
  await window.keyboard.press('Enter');
  await expect(rowState).toHaveText('Logged out · <1 min');
  // Nothing is offered for a logged-out agent.
  await expect(panel.getByRole('button')).toHaveCount(0);
  await expect(panel).toContainText('GWS changes the state of logged-in agents only.');
  expect(operationsSent(sim).filter((o) => ['Ready', 'NotReady', 'Offline'].includes(o))).toEqual(['NotReady', 'Ready', 'Offline']);

  // Each change in the activity log: whom, what, from and to, the result.
  await window.getByRole('button', { name: 'Activity' }).click();
  const rows = window.getByTestId('activity-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(`${name}Logged offReady → Logged outDone`);
  await expect(rows.nth(1)).toContainText(`${name}Made ReadyNot Ready → ReadyDone`);
  await expect(rows.nth(2)).toContainText(`${name}Made Not ReadyReady → Not ReadyDone`);
});
