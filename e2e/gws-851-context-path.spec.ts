// Issue 14's journey in the window: a GWS 8.5.1 under a context path, behind a load balancer
// whose internal address is in every resource URI (the docs' http://192.168.154.128), with no uri
// on its resources and statusCode as a string. The supervisor signs in, arms, is alerted, barges
// in, mutes, leaves and cancels exactly as on 8.5.2 at the root.
import { customerCallsAndAgentAnswers, expect, expectConsole, fillSignIn, nameOf, operationsSent, signIn, teamRow, test } from './test-support/console-fixture';

test.use({
  simOptions: { gwsVersion: '8.5.1', contextPath: '/cloud-web', uriHost: 'http://192.168.154.128', resourceUris: false, statusCodeAs: 'string' },
});

test('on GWS 8.5.1 under /cloud-web: sign in, arm Listen in on agent3, alerted, barge in, mute, leave, cancel', async ({ window, sim }) => {
  const agent = nameOf(sim, 'agent3');
  await signIn(window, sim);
  await expect(window.getByTestId('signed-in-as')).toContainText('supervisor1');

  await window.getByRole('searchbox', { name: 'Search the team' }).fill('Rossi');
  await teamRow(window, 'agent3').click();
  await window.getByRole('button', { name: 'Start monitoring' }).click();
  // 8.5.1 does not say whom the device is armed on: the app knows from its own request.
  await expect(window.getByTestId('armed-banner')).toContainText(`Listening to ${agent} — all calls — follows the call`);
  await expect(teamRow(window, 'agent3').getByText('Armed')).toBeVisible();

  // No monitoring flag on 8.5.1's calls: the leg is recognised all the same.
  customerCallsAndAgentAnswers(sim, 'agent3', '+15550100');
  const card = window.getByTestId('monitored-call');
  await expect(card.getByTestId('call-agent')).toHaveText(`${agent} (7003)`);
  await expect(card.getByTestId('call-customer')).toHaveText('+15550100');
  await expect(card.getByTestId('call-mode')).toHaveText('Listening in');
  await expect(window.getByTestId('announcer-urgent')).toContainText(`Monitored call started: ${agent}`);

  await card.getByRole('button', { name: /Barge in/ }).click();
  await expect(card.getByTestId('call-mode')).toHaveText('Barged in');
  await card.getByRole('button', { name: 'Mute agent' }).click();
  await expect(card.getByTestId('agent-muted')).toContainText('Muted');
  await card.getByRole('button', { name: 'Leave call' }).click();
  await expect(card).toHaveCount(0);
  await expect(window.getByTestId('armed-banner')).toContainText(agent);

  await window.getByRole('button', { name: 'Cancel monitoring' }).click();
  await expect(window.getByTestId('armed-banner')).toHaveCount(0);
  expect(operationsSent(sim)).toEqual([
    'StartContactCenterSession',
    'ListenIn',
    'SwitchToBargeIn',
    'MuteMonitoredUser',
    'Hangup',
    'CancelSupervisorMonitoring',
  ]);
  // Every GWS request reached the server under its context path (nothing else answers there).
  expect(sim.scenario.requests().filter((r) => r.status === 404)).toEqual([]);
});

test('the address without its context path: told under the server address to add the path, the form kept; with it, signed in', async ({ window, sim }) => {
  await fillSignIn(window, sim);
  await window.getByLabel('Server address').fill(sim.url);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.locator('#sign-in-server-error')).toContainText('GWS is often published under a path, such as https://');
  await expect(window.getByLabel('User name')).toHaveValue('supervisor1');
  await window.getByLabel('Server address').fill(sim.gwsUrl);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expectConsole(window);
});
