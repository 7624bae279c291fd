// Agent state control and time in state with the keyboard alone, from sign-in on: no click, no
// fill. The team member is reached from the search box, the menu opens with the Menu key and with
// Shift+F10, Make Ready is the panel's button, Log off's question is answered no with Escape and
// with Cancel, then yes; each change is pending first, then the new state, and the header counts
// follow. Then the logged-out agents are filtered and sorted by time and by name.
// console-agent-state.spec.ts and console-time-in-state.spec.ts hold the mouse and mixed ways.
import type { Locator, Page } from '@playwright/test';
import type { Simulator } from '../sim/index';
import { SUPERVISOR, expect, nameOf, operationsSent, tabTo, teamRow, test } from './test-support/console-fixture';

async function typeInto(window: Page, field: Locator, text: string): Promise<void> {
  await tabTo(window, field);
  await window.keyboard.press('Control+A');
  if (text) await window.keyboard.type(text);
  else await window.keyboard.press('Backspace');
}

async function signInByKeyboard(window: Page, sim: Simulator): Promise<void> {
  await typeInto(window, window.getByLabel('Server address'), sim.gwsUrl);
  await typeInto(window, window.getByLabel('User name'), SUPERVISOR.userName);
  await typeInto(window, window.getByLabel('Password'), SUPERVISOR.password);
  await window.keyboard.press('Enter');
  await expect(window.getByTestId('connection-bar')).toHaveAttribute('data-state', 'connected');
}

test('agent state control and time in state with the keyboard only', async ({ window, sim }) => {
  await signInByKeyboard(window, sim);
  const name = nameOf(sim, 'agent2');
  const row = teamRow(window, 'agent2');
  const rowState = row.getByTestId('team-state');
  const list = window.getByRole('listbox', { name: 'Team' });
  const panel = window.getByTestId('agent-state-panel');
  const counts = window.getByTestId('team-state-counts');
  const menu = window.getByRole('menu', { name: `Actions for ${name}` });
  await expect(counts).toHaveText('Ready 20 · Not Ready 0 · After call work 0 · Logged out 1');

  // Reach the agent: type in the search box, Down into the list.
  await typeInto(window, window.getByRole('searchbox', { name: 'Search the team' }), 'agent2');
  await window.keyboard.press('ArrowDown');
  await expect(list).toBeFocused();
  await expect(row).toHaveAttribute('aria-selected', 'true');

  // The Menu key opens the actions on the selected agent; Enter makes them Not Ready. A slow GWS:
  // the row and the panel say pending until the agent, read again, shows it.
  sim.scenario.applyFaults({ latencyMs: 1500 });
  await window.keyboard.press('ContextMenu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Make Not Ready', 'Log off']);
  await expect(menu.getByRole('menuitem', { name: 'Make Not Ready' })).toBeFocused();
  await window.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(list).toBeFocused();
  await expect(row.getByTestId('team-pending')).toHaveText('Make Not Ready: waiting for GWS…');
  await expect(panel.getByTestId('agent-state-now')).toHaveText('Make Not Ready: waiting for GWS…');
  await expect(rowState).toHaveText('Not Ready · <1 min');
  await expect(row.getByTestId('team-pending')).toHaveCount(0);
  await expect(counts).toHaveText('Ready 19 · Not Ready 1 · After call work 0 · Logged out 1');
  sim.scenario.applyFaults({ latencyMs: 0 });

  // Make Ready from the agent's panel: Enter goes to the monitor panel, Tab on to the button.
  await window.keyboard.press('Enter');
  await expect(list).not.toBeFocused();
  const makeReady = panel.getByRole('button', { name: 'Make Ready' });
  await tabTo(window, makeReady);
  await window.keyboard.press('Enter');
  await expect(rowState).toHaveText('Ready · <1 min');
  await expect(counts).toHaveText('Ready 20 · Not Ready 0 · After call work 0 · Logged out 1');
  // The button went with the change; the focus stayed in the panel.
  await expect(panel).toBeFocused();

  // Log off from the list's menu (Shift+F10, Down, Enter): the question names the agent and has the focus.
  await tabTo(window, list, { backwards: true });
  await window.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem')).toHaveText(['Make Not Ready', 'Log off']);
  await window.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Log off' })).toBeFocused();
  await window.keyboard.press('Enter');
  const question = panel.getByText(`Log off ${name}?`);
  const yes = panel.getByRole('button', { name: 'Log off' });
  await expect(question).toBeVisible();
  await expect(yes).toBeFocused();
  // Escape says no, and the focus lands on the panel's Log off, which asks again.
  await window.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(yes).toBeFocused();
  await window.keyboard.press('Enter');
  await expect(question).toBeVisible();
  // Cancel, by Tab and Enter, says no too.
  await window.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await window.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(yes).toBeFocused();
  await expect(rowState).toHaveText('Ready · <1 min');
  // Then yes: pending, then logged out; the focus stays on the panel.
  sim.scenario.applyFaults({ latencyMs: 1500 });
  await window.keyboard.press('Enter');
  await expect(yes).toBeFocused();
  await window.keyboard.press('Enter');
  await expect(panel).toBeFocused();
  await expect(panel.getByTestId('agent-state-now')).toHaveText('Log off: waiting for GWS…');
  await expect(rowState).toHaveText('Logged out · <1 min');
  sim.scenario.applyFaults({ latencyMs: 0 });
  await expect(counts).toHaveText('Ready 19 · Not Ready 0 · After call work 0 · Logged out 2');
  expect(operationsSent(sim).filter((o) => ['Ready', 'NotReady', 'Offline'].includes(o))).toEqual(['NotReady', 'Ready', 'Offline']);

  // Time in state: the search emptied, Show Logged out, then sorted by time (longest first: the
  // one who logged out before the app was watching) and by name.
  await typeInto(window, window.getByRole('searchbox', { name: 'Search the team' }), '');
  const show = window.getByRole('combobox', { name: 'Show' });
  await tabTo(window, show);
  for (let i = 0; i < 4; i++) await window.keyboard.press('ArrowDown');
  await expect(show).toHaveValue('logged-out');
  await expect(window.getByTestId('team-count')).toHaveText('2 of 21 agents');
  await expect(show.locator('option:checked')).toHaveText('Logged out (2)');
  const sort = window.getByRole('combobox', { name: 'Sort by' });
  await tabTo(window, sort);
  await window.keyboard.press('ArrowDown');
  await expect(sort).toHaveValue('time');
  const users = window.getByTestId('team-row');
  await expect(users).toHaveText([new RegExp(nameOf(sim, 'supervisor2')), new RegExp(name)]);
  await window.keyboard.press('ArrowUp');
  await expect(sort).toHaveValue('name');
  const byName = [nameOf(sim, 'supervisor2'), name].sort((a, b) => a.localeCompare(b));
  await expect(users).toHaveText(byName.map((n) => new RegExp(n)));
  await tabTo(window, list);
  await window.keyboard.press('Home');
  await expect(list.locator('[aria-selected="true"]')).toContainText(byName[0] ?? '');
});
