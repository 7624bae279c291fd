// Issue 10, TLS, in the window: a GWS on https with a self-signed certificate is refused with
// words that say what to do, the form then asks for the CA file (Settings is out of reach before
// signing in), a wrong file is named, and the right one lets the supervisor in.
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { selfSignedCertificate, type ServerCertificate } from '../main/test-support/test-certificates';
import { expect, expectConsole, fillSignIn, test as base } from '../e2e/console-fixture';

const test = base.extend<{ certificate: ServerCertificate }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first parameter
  certificate: async ({}, use, testInfo) => {
    const dir = testInfo.outputPath('certificates');
    await mkdir(dir, { recursive: true });
    await use(await selfSignedCertificate(dir));
  },
  simOptions: async ({ certificate }, use) => {
    await use({ tls: { key: certificate.key, cert: certificate.cert } });
  },
});

test('an untrusted https server is refused with its reason; the CA file given on the form lets the supervisor in', async ({ window, sim, certificate }) => {
  const host = new URL(sim.url).host;
  expect(sim.url).toMatch(/^https:/);
  const caField = window.getByLabel('Trusted CA certificate file (PEM)');
  await expect(caField).toHaveCount(0); // not asked for until it matters

  await fillSignIn(window, sim);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.locator('#sign-in-server-error')).toHaveText(
    `The certificate of the GWS server at ${host} is not trusted (self-signed certificate). If your company uses its own certificate authority, give its file as the trusted CA certificate file (on the sign-in form, or in Settings).`,
  );
  await expect(window.getByLabel('Server address')).toHaveAttribute('aria-invalid', 'true');
  expect(sim.scenario.requests()).toEqual([]); // refused before any request: the password never left

  // The form now asks for the CA file; a wrong path is named next to it.
  const missing = path.join(path.dirname(certificate.caFile), 'no-such-ca.pem');
  await caField.fill(missing);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.locator('#sign-in-ca-file-error')).toHaveText(`The CA certificate file ${missing} cannot be read (ENOENT). Choose another file in Settings.`);
  await expect(caField).toBeFocused();
  await expect(caField).toHaveAttribute('aria-invalid', 'true');
  // The new field and its error pass axe like every other screen (console-a11y.spec.ts).
  const axe = await new AxeBuilder({ page: window }).setLegacyMode(true).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await caField.fill(certificate.caFile);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expectConsole(window);

  // Kept as the setting, where Settings shows it.
  await window.getByRole('button', { name: 'Settings' }).click();
  await expect(window.getByLabel('Trusted CA certificate file (PEM)')).toHaveValue(certificate.caFile);
});
