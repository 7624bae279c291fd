// Issue 10, TLS, in the window: a GWS on https with a self-signed certificate is refused with
// words that say what to do, the form then offers the CA file (Settings is out of reach before
// signing in), chosen with main's file dialog: a wrong file is named, and the right one, trusted
// once its subject and fingerprint were shown, lets the supervisor in. The OS dialogs are
// scripted through electronApp.evaluate, the same on real Electron and in the stand-in.
import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { selfSignedCertificate, type ServerCertificate } from '../test-support/test-certificates';
import type { ElectronApplication } from '@playwright/test';
import { expect, expectConsole, fillSignIn, test as base } from '../e2e/test-support/console-fixture';

/** The next file dialog picks `file`; each confirmation is recorded and answered `trust`. */
async function scriptDialogs(electronApp: ElectronApplication, file: string, trust: boolean): Promise<void> {
  await electronApp.evaluate(
    ({ dialog }, [file, trust]) => {
      const shown: string[] = ((globalThis as Record<string, unknown>).confirmationsShown as string[] | undefined) ?? [];
      (globalThis as Record<string, unknown>).confirmationsShown = shown;
      dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [file] });
      dialog.showMessageBox = ((_window: unknown, options: { detail?: string }) => {
        shown.push(options.detail ?? '');
        return Promise.resolve({ response: trust ? 0 : 1, checkboxChecked: false });
      }) as typeof dialog.showMessageBox;
    },
    [file, trust] as const,
  );
}
const confirmationsShown = (electronApp: ElectronApplication) =>
  electronApp.evaluate(() => (globalThis as Record<string, unknown>).confirmationsShown as string[] | undefined);

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

test('an untrusted https server is refused with its reason; the CA file chosen on the form lets the supervisor in', async ({
  electronApp,
  window,
  sim,
  certificate,
}) => {
  const host = new URL(sim.url).host;
  expect(sim.url).toMatch(/^https:/);
  const caField = window.getByRole('button', { name: 'Choose file…' });
  await expect(caField).toHaveCount(0); // not offered until it matters

  await fillSignIn(window, sim);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expect(window.locator('#sign-in-server-error')).toHaveText(
    `The certificate of the GWS server at ${host} is not trusted (self-signed certificate). If your company uses its own certificate authority, give its file as the trusted CA certificate file (on the sign-in form, or in Settings).`,
  );
  await expect(window.getByLabel('Server address')).toHaveAttribute('aria-invalid', 'true');
  expect(sim.scenario.requests()).toEqual([]); // refused before any request: the password never left

  // The form now offers the CA file; a file that is no certificate is named next to it, and not trusted.
  const folder = path.dirname(certificate.caFile);
  await scriptDialogs(electronApp, folder, true);
  await caField.click();
  await expect(window.locator('#sign-in-ca-file-error')).toHaveText(
    `The CA certificate file ${folder} is a folder, not a certificate file. Choose the CA's .pem or .crt file.`,
  );
  expect(await confirmationsShown(electronApp)).toEqual([]);
  // The new field and its error pass axe like every other screen (console-a11y.spec.ts).
  const axe = await new AxeBuilder({ page: window }).setLegacyMode(true).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Declined once its subject and fingerprint are shown: not trusted. Then trusted.
  await scriptDialogs(electronApp, certificate.caFile, false);
  await caField.click();
  await expect
    .poll(() => confirmationsShown(electronApp))
    .toEqual([expect.stringMatching(/\nSubject: CN=127\.0\.0\.1\nSHA-256: ([0-9A-F]{2}:){31}[0-9A-F]{2}\n/)]);
  await expect(window.getByTestId('ca-file-path')).toHaveText('None: only the usual certificate authorities');
  await scriptDialogs(electronApp, certificate.caFile, true);
  await caField.click();
  await expect(window.getByTestId('ca-file-path')).toHaveText(certificate.caFile);
  await window.getByRole('button', { name: 'Sign in' }).click();
  await expectConsole(window);

  // Kept as the setting, where Settings shows it.
  await window.getByRole('button', { name: 'Settings' }).click();
  await expect(window.getByTestId('ca-file-path')).toHaveText(certificate.caFile);
});
