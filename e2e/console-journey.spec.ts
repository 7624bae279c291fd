// The supervisor's journey through the window, against the simulator: with the mouse, then
// with the keyboard alone. Issue 7's acceptance journeys.
import {
  customerCallsAndAgentAnswers,
  expect,
  expectConsole,
  nameOf,
  operationsSent,
  relaunch,
  signIn,
  tabTo,
  teamRow,
  test,
} from './test-support/console-fixture';

test('journey with the mouse: sign in, arm Listen in on agent3, barge in, mute, leave, cancel, sign out; relaunch signs in silently', async ({
  electronApp,
  window,
  sim,
  userDataDir,
}) => {
  const agent = nameOf(sim, 'agent3');

  await signIn(window, sim, { remember: true });
  await expect(window.getByTestId('signed-in-as')).toContainText('supervisor1');
  // The list is windowed: agent3 is found by searching, as a supervisor with a big team would.
  await window.getByRole('searchbox', { name: 'Search the team' }).fill('Rossi');
  await expect(teamRow(window, 'agent3')).toContainText(agent);
  await expect(teamRow(window, 'agent3')).toContainText('DN 7003');

  // Arm: Listen in, follow the call, all calls (the defaults).
  await teamRow(window, 'agent3').click();
  await expect(window.getByRole('heading', { name: `Monitor ${agent}` })).toBeVisible();
  await expect(window.getByRole('radio', { name: 'Listen in' })).toBeChecked();
  await expect(window.getByRole('radio', { name: 'Follow the call' })).toBeChecked();
  await expect(window.getByRole('radio', { name: 'All calls' })).toBeChecked();
  await window.getByRole('button', { name: 'Start monitoring' }).click();
  await expect(window.getByTestId('armed-banner')).toContainText(`Listening to ${agent} — all calls — follows the call`);
  await expect(teamRow(window, 'agent3').getByText('Armed')).toBeVisible();

  // A customer calls agent3, who answers: the monitored call reaches the supervisor.
  customerCallsAndAgentAnswers(sim, 'agent3', '+15550100');
  const card = window.getByTestId('monitored-call');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('call-agent')).toHaveText(`${agent} (7003)`);
  await expect(card.getByTestId('call-customer')).toHaveText('+15550100');
  await expect(card.getByTestId('call-mode')).toHaveText('Listening in');
  await expect(card).toContainText('Inbound');
  await expect(window.getByTestId('announcer-urgent')).toContainText(`Monitored call started: ${agent}`);
  const firstTick = await card.getByTestId('call-timer').textContent();
  expect(firstTick).toMatch(/^\d+:\d\d$/);
  await expect(card.getByTestId('call-timer')).not.toHaveText(firstTick!); // it runs

  // Barge in, with the shortcut shown on the button.
  const bargeIn = card.getByRole('button', { name: /Barge in/ });
  await expect(bargeIn.getByTestId('barge-shortcut')).toHaveText('Ctrl+Shift+B');
  await bargeIn.click();
  await expect(card.getByTestId('call-mode')).toHaveText('Barged in');
  await expect(card.getByRole('button', { name: /Barge in/ })).toHaveCount(0); // GWS no longer offers it
  await expect(card.getByRole('button', { name: 'Back to listening' })).toBeVisible();

  await card.getByRole('button', { name: 'Mute agent' }).click();
  await expect(card.getByTestId('agent-muted')).toContainText('Muted');
  await expect(card.getByRole('button', { name: 'Unmute agent' })).toBeVisible();

  await card.getByRole('button', { name: 'Leave call' }).click();
  await expect(card).toHaveCount(0);

  await window.getByRole('button', { name: 'Cancel monitoring' }).click();
  await expect(window.getByTestId('armed-banner')).toHaveCount(0);
  await expect(teamRow(window, 'agent3').getByText('Armed')).toHaveCount(0);

  expect(operationsSent(sim)).toEqual(expect.arrayContaining(['ListenIn', 'SwitchToBargeIn', 'MuteMonitoredUser', 'Hangup', 'CancelSupervisorMonitoring']));

  await window.getByRole('button', { name: 'Sign out' }).click();
  await expect(window.getByRole('button', { name: 'Sign in' })).toBeVisible();

  // Restart: the password is in the keychain, so the app signs in with no typing.
  await electronApp.close();
  const again = await relaunch(userDataDir);
  try {
    await expectConsole(again.window);
    await expect(again.window.getByTestId('signed-in-as')).toContainText('supervisor1');
  } finally {
    await again.app.close();
  }
});

test('journey with the keyboard alone: no mouse event from sign-in to sign-out', async ({ window, sim }) => {
  const agent = nameOf(sim, 'agent3');
  const key = (k: string) => window.keyboard.press(k);
  // Proof that nothing below is done with the mouse: any pointer event is counted.
  await window.evaluate(() => {
    for (const type of ['pointerdown', 'mousedown', 'pointermove', 'mousemove']) {
      addEventListener(
        type,
        () => ((globalThis as { mouseEvents?: number }).mouseEvents = ((globalThis as { mouseEvents?: number }).mouseEvents ?? 0) + 1),
        true,
      );
    }
  });

  // Sign in: Tab between the fields, Space for the checkbox, Enter submits.
  await tabTo(window, window.getByLabel('Server address'));
  await window.keyboard.type(sim.url);
  await key('Tab');
  await window.keyboard.type('supervisor1');
  await key('Tab');
  await window.keyboard.type('demo123');
  await key('Tab');
  await key('Space');
  await expect(window.getByLabel('Remember me')).toBeChecked();
  await key('Enter');
  await expectConsole(window);

  // Find agent3 by searching, go down into the list, Enter to the monitor panel.
  await tabTo(window, window.getByRole('searchbox', { name: 'Search the team' }));
  await window.keyboard.type('agent3');
  await expect(window.getByTestId('team-count')).toHaveText(/^1 of \d+ agents$/);
  await key('ArrowDown');
  await expect(window.getByRole('listbox', { name: 'Team' })).toBeFocused();
  await expect(teamRow(window, 'agent3')).toHaveAttribute('aria-selected', 'true');
  await key('Enter');
  await expect(window.getByRole('radio', { name: 'Listen in' })).toBeFocused();
  await tabTo(window, window.getByRole('button', { name: 'Start monitoring' }));
  await key('Enter');
  await expect(window.getByTestId('armed-banner')).toContainText(`Listening to ${agent} — all calls — follows the call`);

  customerCallsAndAgentAnswers(sim, 'agent3');
  const card = window.getByTestId('monitored-call');
  await expect(card.getByTestId('call-mode')).toHaveText('Listening in');

  await tabTo(window, card.getByRole('button', { name: /Barge in/ }));
  await key('Enter');
  await expect(card.getByTestId('call-mode')).toHaveText('Barged in');
  // The Barge in button went away; focus stayed in the card.
  await expect(card.getByRole('button', { name: 'Back to listening' })).toBeFocused();

  await tabTo(window, card.getByRole('button', { name: 'Mute agent' }));
  await key('Enter');
  await expect(card.getByTestId('agent-muted')).toContainText('Muted');

  await tabTo(window, card.getByRole('button', { name: 'Leave call' }));
  await key('Enter');
  await expect(card).toHaveCount(0);

  await tabTo(window, window.getByRole('button', { name: 'Cancel monitoring' }));
  await key('Enter');
  await expect(window.getByTestId('armed-banner')).toHaveCount(0);

  await tabTo(window, window.getByRole('button', { name: 'Sign out' }));
  await key('Enter');
  await expect(window.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await window.evaluate(() => (globalThis as { mouseEvents?: number }).mouseEvents ?? 0)).toBe(0);
});
