// Every screen checked with axe-core, in the OS's light and dark themes: no serious or critical
// violation, the team's filter, sort, time in state, an agent's menu and Log off's question
// included. With UPDATE_SCREENSHOTS=1 the same walk saves docs/screenshots/<screen>-<theme>.png.
import { capture, expectAccessible } from './test-support/accessibility';
import { customerCallsAndAgentAnswers, expect, expectConsole, fillSignIn, nameOf, teamRow, test } from './test-support/console-fixture';

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
    // A team in several states, each already so when the app starts watching.
    for (const [agent, state] of [
      ['agent5', 'NotReady'],
      ['agent7', 'NotReady'],
      ['agent9', 'AfterCallWork'],
    ] as const)
      sim.scenario.setAgentState(agent, state);
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

    // The team by state and an agent's actions: the filter and sort chosen, the menu open on an
    // agent who is Not Ready, then Log off's question naming them; Escape says no.
    const show = window.getByRole('combobox', { name: 'Show' });
    await show.selectOption('not-ready');
    await window.getByRole('combobox', { name: 'Sort by' }).selectOption('time');
    await expect(window.getByTestId('team-count')).toHaveText('2 of 21 agents');
    await expectAccessible(window, 'team filtered and sorted');
    await show.selectOption('all');
    await teamRow(window, 'agent5').click();
    await window.keyboard.press('Shift+F10');
    const menu = window.getByTestId('team-member-menu');
    await expect(menu.getByRole('menuitem', { name: 'Make Ready' })).toBeFocused();
    await expectAccessible(window, 'team member menu');
    await capture(window, `console-agent-menu-${theme}`);
    await window.keyboard.press('ArrowDown');
    await window.keyboard.press('Enter');
    const panel = window.getByTestId('agent-state-panel');
    await expect(panel.getByText(`Log off ${nameOf(sim, 'agent5')}?`)).toBeVisible();
    await expectAccessible(window, 'log off confirmation');
    await window.keyboard.press('Escape');
    await expect(panel.getByRole('button', { name: 'Log off' })).toBeFocused();

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
