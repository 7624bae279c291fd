import { readFileSync } from 'node:fs';
import { test, expect } from './test-support/fixtures';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string; version: string };

test('the window opens and shows the app name and version that main reports', async ({ electronApp, window }) => {
  await expect(window.getByRole('heading', { level: 1 })).toHaveText(pkg.productName);
  await expect(window.getByTestId('app-info')).toContainText(`Version ${pkg.version}`);
  await expect(window).toHaveTitle(pkg.productName);

  const snap = await electronApp.evaluate(() => globalThis.__e2e.snapshot());
  expect(snap.ipc).toContainEqual({ channel: 'softphone:app.info', args: [], ok: true });
});
