// The supervisor's own phone: agent state, an incoming call (answer, hold, retrieve, hang up), dialling.
import { expect, signIn, test } from './test-support/console-fixture';

test('own phone: set my state, answer, hold, retrieve and hang up a call, dial from the pad', async ({ window, sim }) => {
  await signIn(window, sim);
  const phone = window.getByTestId('my-phone');

  await phone.getByLabel('My state').selectOption('Ready');
  await expect(phone.getByLabel('My state')).toHaveValue('Ready');

  const { callId } = sim.scenario.ringAgent({ to: 'supervisor1', from: '+15550123' });
  const call = phone.getByTestId('own-call');
  await expect(call).toContainText('Ringing');
  await call.getByRole('button', { name: 'Answer' }).click();
  await expect(call).toContainText('Talking');
  await call.getByRole('button', { name: 'Hold' }).click();
  await expect(call).toContainText('On hold');
  await call.getByRole('button', { name: 'Retrieve' }).click();
  await expect(call).toContainText('Talking');
  await call.getByRole('button', { name: 'Hang up' }).click();
  await expect(call).toHaveCount(0);
  void callId;

  // The dial pad types; a number with letters is refused next to the field.
  await phone.getByLabel('Number to dial').fill('12a');
  await phone.getByRole('button', { name: 'Call', exact: true }).click();
  await expect(phone.locator('#dial-error')).toContainText('only digits');
  await phone.getByLabel('Number to dial').fill('');
  for (const key of ['7', '0', '0', '2']) await phone.getByRole('group', { name: 'Dial pad' }).getByRole('button', { name: key, exact: true }).click();
  await expect(phone.getByLabel('Number to dial')).toHaveValue('7002');
  await phone.getByRole('button', { name: 'Call', exact: true }).click();
  await expect(call).toContainText('7002');
  await expect(phone.getByLabel('Number to dial')).toHaveValue('');
});
