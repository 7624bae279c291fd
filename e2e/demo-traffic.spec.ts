// npm start's demo as a supervisor sees it: signed in by demo mode to a simulator with the demo
// line-up and traffic (short talk, a wrap-up longer than the team refresh), the team shows the
// two agents Not Ready from the start, the logged-out ones, and agents the traffic put in After
// Call Work.
import { expect, teamRow, test } from './test-support/console-fixture';

test.use({
  simOptions: { demo: true, traffic: { callsPerMinute: 60, answerAfterMs: [0, 0], talkMs: [1_000, 2_000], wrapUpMs: [40_000, 40_000] } },
  appEnv: async ({ sim }, use) => {
    await use({ SOFTPHONE_DEMO_SERVER: sim.url });
  },
});

test('the demo team: two agents Not Ready from the start, two logged out, and agents in After Call Work after their calls', async ({ window }) => {
  await expect(window.getByTestId('signed-in-as')).toContainText('supervisor1');
  // A call a second for 16 Ready agents, each wrapping up for 40 s: the first read or the next refresh (15 s) sees some.
  await expect(window.getByTestId('team-state-counts')).toHaveText(/^Ready \d+ · Not Ready 2 · After call work [1-9]\d* · Logged out 3$/, { timeout: 25_000 });

  const show = window.getByRole('combobox', { name: 'Show' });
  const count = window.getByTestId('team-count');
  await show.selectOption('not-ready');
  await expect(count).toHaveText('2 of 21 agents');
  // Not Ready before the app was watching: "+".
  await expect(teamRow(window, 'agent17').getByTestId('team-state')).toHaveText('Not Ready · <1 min+');
  await expect(teamRow(window, 'agent18').getByTestId('team-state')).toHaveText('Not Ready · <1 min+');
  await show.selectOption('logged-out');
  await expect(count).toHaveText('3 of 21 agents');
  await expect(teamRow(window, 'agent19').getByTestId('team-state')).toHaveText('Logged out · <1 min+');
  await expect(teamRow(window, 'agent20').getByTestId('team-state')).toHaveText('Logged out · <1 min+');
  await show.selectOption('after-call');
  await expect(window.getByTestId('team-row').first().getByTestId('team-state')).toHaveText(/^After call work · <1 min\+?$/);
});
