// A ringing monitoring call that GWS refuses to answer by itself: the window says so in words,
// with GWS's reason, and the card keeps Answer, which then connects the supervisor.
import { customerCallsAndAgentAnswers, expect, nameOf, signIn, teamRow, test } from './test-support/console-fixture';

test.use({ simOptions: { monitoringCall: 'ringing' } });

test('a refused auto-answer is a notice in words, and Answer on the card still connects', async ({ window, sim }) => {
  const agent = nameOf(sim, 'agent3');
  await signIn(window, sim);
  await window.getByRole('searchbox', { name: 'Search the team' }).fill('Rossi');
  await teamRow(window, 'agent3').click();
  await window.getByRole('button', { name: 'Start monitoring' }).click();
  await expect(window.getByTestId('armed-banner')).toContainText(`Listening to ${agent}`);

  const faults = await fetch(`${sim.url}/sim/faults`, {
    method: 'POST',
    body: JSON.stringify({ failNext: { operationName: 'Answer', statusCode: 2, statusMessage: 'The device is busy' } }),
  });
  expect(faults.ok).toBe(true);
  customerCallsAndAgentAnswers(sim, 'agent3', '+15550100');

  await expect(window.getByTestId('notice').filter({ hasText: 'could not be answered' }).locator('p')).toHaveText(
    'The monitoring call could not be answered automatically: GWS refused the request: The device is busy. Answer it from the call card.',
  );
  const card = window.getByTestId('monitored-call');
  await card.getByRole('button', { name: 'Answer' }).click();
  await expect(card.getByRole('button', { name: 'Answer' })).toHaveCount(0);
  await expect(card.getByTestId('call-agent')).toHaveText(`${agent} (7003)`);
});
