// Sign-in failures, each in words next to the field that caused it, and the busy state.
import { expect, fillSignIn, test } from './console-fixture';

test('an empty form names each missing field; Enter submits', async ({ window }) => {
  await window.getByLabel('Server address').press('Enter');
  await expect(window.locator('#sign-in-server-error')).toHaveText(/Enter the GWS server address/);
  await expect(window.locator('#sign-in-user-error')).toHaveText(/Enter your user name/);
  await expect(window.locator('#sign-in-password-error')).toHaveText(/Enter your password/);
  await expect(window.getByLabel('Server address')).toBeFocused();
  await expect(window.getByLabel('Server address')).toHaveAttribute('aria-invalid', 'true');
});

test('a wrong password is reported under the password', async ({ window, sim }) => {
  await fillSignIn(window, sim, { password: 'not-the-password' });
  await window.getByLabel('Password').press('Enter');
  await expect(window.locator('#sign-in-password-error')).toContainText('did not accept the user name or password');
  await expect(window.getByLabel('Password')).toBeFocused();
});

test('an unreachable server and an address that is not one are reported under the server address', async ({ window, sim }) => {
  await fillSignIn(window, sim);
  await window.getByLabel('Server address').fill('http://127.0.0.1:1');
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.locator('#sign-in-server-error')).toContainText('Cannot reach the GWS server');

  await window.getByLabel('Server address').fill('gws example');
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.locator('#sign-in-server-error')).toContainText('is not a server address');
});

test('signing in shows a busy state until GWS answers', async ({ window, sim }) => {
  sim.scenario.applyFaults({ latencyMs: 1500 });
  await fillSignIn(window, sim);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.getByRole('button', { name: 'Signing in…' })).toHaveAttribute('aria-disabled', 'true');
  await expect(window.getByRole('form')).toHaveAttribute('aria-busy', 'true');
  await expect(window.getByLabel('Password')).toBeDisabled();
  sim.scenario.applyFaults({ clear: true });
  await expect(window.getByTestId('connection-bar')).toHaveAttribute('data-state', 'connected');
});
