// A coaching round in the window, with the keyboard and the mouse only: agents picked in the team
// list (Space, Ctrl+click), "Coaching round…" then Start, the banner and the tray following the
// round from agent to agent as their calls end, and Stop. The dialog and banner pass axe in the
// light and dark themes.
import type { ElectronApplication } from '@playwright/test';
import { capture, expectAccessible } from './test-support/accessibility';
import { customerCallsAndAgentAnswers, expect, expectConsole, nameOf, operationsSent, signIn, tabTo, teamRow, test } from './test-support/console-fixture';

const tooltip = async (app: ElectronApplication) => (await app.evaluate(() => globalThis.__e2e.snapshot())).trays[0]?.tooltip ?? '';

test('pick three agents with Space and Ctrl+click, start a round in two steps, follow it from call to call, and stop it', async ({
  window,
  sim,
  electronApp,
}) => {
  await signIn(window, sim);
  const search = window.getByRole('searchbox', { name: 'Search the team' });
  const picks = ['agent2', 'agent3'];
  // Keyboard: search, Down into the list on the match, Space picks it.
  for (const userName of picks) {
    await search.focus();
    await window.keyboard.type(nameOf(sim, userName));
    await window.keyboard.press('ArrowDown');
    await expect(teamRow(window, userName)).toHaveAttribute('aria-selected', 'true');
    await window.keyboard.press(' ');
    await expect(teamRow(window, userName).getByTestId('team-picked')).toHaveText('Picked');
    await search.fill('');
  }
  // Mouse: Ctrl+click picks a third.
  await teamRow(window, 'agent4').click({ modifiers: ['Control'] });
  await expect(teamRow(window, 'agent4')).toHaveAttribute('aria-checked', 'true');
  await expect(window.getByTestId('team-picked')).toHaveCount(3);

  // Step 1: "Coaching round…", reached with Tab.
  const open = window.getByRole('button', { name: 'Coaching round…' });
  await tabTo(window, open, { backwards: true });
  await window.keyboard.press('Enter');
  const dialog = window.getByRole('dialog', { name: 'Coaching round' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'The 3 agents you picked' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Coach' })).toBeChecked();
  await expectAccessible(window, 'coaching round dialog');
  await capture(window, 'coaching-round-dialog-light');
  // Step 2: Start has the focus.
  await expect(dialog.getByRole('button', { name: 'Start' })).toBeFocused();
  await window.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(window.getByTestId('team-picked')).toHaveCount(0);

  // The team list is sorted by name: James Nguyen (agent2), Liam O'Brien (agent4), Sofia Rossi (agent3).
  const order = ['agent2', 'agent4', 'agent3'];
  const banner = window.getByTestId('round-banner');
  await expect(banner).toContainText(`Coaching round: 1 of 3, now ${nameOf(sim, 'agent2')}`);
  await expect(window.getByTestId('armed-banner')).toContainText(`Coaching ${nameOf(sim, 'agent2')} — next call only`);
  await expect.poll(() => tooltip(electronApp)).toContain(`Coaching round: 1 of 3, now ${nameOf(sim, 'agent2')}`);
  const coach = sim.scenario.requests().find((r) => (r.body as { operationName?: string } | undefined)?.operationName === 'Coach');
  expect(coach?.body).toMatchObject({ operationName: 'Coach', supervisorMonitoringMode: 'NextCall' });

  // The agent's call comes and goes: the round arms the next agent.
  for (const [i, userName] of order.slice(0, 2).entries()) {
    const callId = customerCallsAndAgentAnswers(sim, userName);
    await expect(window.getByTestId('monitored-call')).toBeVisible();
    sim.scenario.release(callId);
    const next = order[i + 1]!;
    await expect(banner).toContainText(`Coaching round: ${i + 2} of 3, now ${nameOf(sim, next)}`);
    await expect.poll(() => tooltip(electronApp)).toContain(`Coaching round: ${i + 2} of 3, now ${nameOf(sim, next)}`);
  }
  await expectAccessible(window, 'console with a coaching round');
  await capture(window, 'coaching-round-light');

  // Stop, with the mouse: the subscription is cancelled and the banner goes.
  await banner.getByRole('button', { name: 'Stop coaching round' }).click();
  await expect(banner).toBeHidden();
  await expect(window.getByTestId('armed-banner')).toBeHidden();
  expect(operationsSent(sim).filter((op) => op === 'Coach' || op === 'CancelSupervisorMonitoring')).toEqual([
    'Coach',
    'Coach',
    'Coach',
    'CancelSupervisorMonitoring',
  ]);
  await expect.poll(() => tooltip(electronApp)).not.toContain('Coaching round');

  // Every step is in the activity log.
  await window.getByRole('button', { name: 'Activity' }).click();
  await expect(window.getByTestId('activity-row').filter({ hasText: 'Coaching round started' })).toHaveCount(1);
  await expect(window.getByTestId('activity-row').filter({ hasText: 'Coaching round stopped' })).toHaveCount(1);
});

test('with nothing picked or pinned, the dialog offers everyone logged in; Escape closes it; dark theme passes axe; the tray stops it', async ({
  window,
  sim,
  electronApp,
}) => {
  await window.emulateMedia({ colorScheme: 'dark' });
  await signIn(window, sim);
  await expectConsole(window);
  const open = window.getByRole('button', { name: 'Coaching round…' });
  await open.click();
  const dialog = window.getByRole('dialog', { name: 'Coaching round' });
  await expect(dialog.getByRole('radio', { name: /^Everyone logged in \(\d+\)$/ })).toBeChecked();
  await expectAccessible(window, 'coaching round dialog, dark');
  await window.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  // Started listening in on everyone: the banner, in the dark theme.
  await open.click();
  await dialog.getByRole('radio', { name: 'Listen in' }).check();
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(window.getByTestId('round-banner')).toContainText(/Coaching round: 1 of \d+, now /);
  await expect(window.getByTestId('armed-banner')).toContainText('Listening to');
  await expectAccessible(window, 'console with a coaching round, dark');
  await capture(window, 'coaching-round-dark');

  // The tray's menu offers Stop while the round runs.
  await expect.poll(() => tooltip(electronApp)).toMatch(/\nCoaching round: 1 of \d+, now /);
  await electronApp.evaluate((_e, label) => globalThis.__e2e.clickTrayMenuItem(label), 'Stop coaching round');
  await expect(window.getByTestId('round-banner')).toBeHidden();
  await expect(window.getByTestId('armed-banner')).toBeHidden();
  await expect.poll(() => tooltip(electronApp)).not.toContain('Coaching round');
});
