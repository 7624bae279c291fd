// Sign-in failures, each in words next to the field that caused it, and the busy state.
import { credentialAccount, KeytarCredentialStore } from '../main/session/credential-store';
import { expect, fillSignIn, signIn, test } from './test-support/console-fixture';

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

test('security 15.3 plain http to another machine is refused until the user says the server has no TLS', async ({ window, sim }) => {
  await fillSignIn(window, sim);
  await window.getByLabel('Server address').fill('http://gws.invalid:8080');
  const noTls = window.getByLabel('This server has no TLS');
  await expect(noTls).toHaveCount(0);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.locator('#sign-in-server-error')).toContainText('is plain http: your password and session would cross the network unencrypted');
  await noTls.check();
  await window.getByRole('button', { name: 'Sign in' }).click();
  // Now the request goes out (and finds no such host): refused for the network, not for its scheme.
  await expect(window.locator('#sign-in-server-error')).toContainText('Cannot reach the GWS server at gws.invalid:8080');
  expect(sim.scenario.requests()).toEqual([]);
});

test('security 15.7 the sign-in screen offers to forget the remembered password', async ({ window, sim }) => {
  const keychain = new KeytarCredentialStore();
  const account = credentialAccount('supervisor1', sim.url);
  try {
    await signIn(window, sim, { remember: true });
    await expect.poll(() => keychain.get(account)).toEqual({ ok: true, value: 'demo123' });
    await window.getByRole('button', { name: 'Sign out' }).click();

    const forget = window.getByRole('button', { name: 'Forget the remembered password' });
    await forget.click();
    await expect(forget).toHaveCount(0);
    await expect(window.getByLabel('Remember me')).not.toBeChecked();
    expect(await keychain.get(account)).toEqual({ ok: true, value: null });
  } finally {
    await keychain.delete(account);
  }
});
