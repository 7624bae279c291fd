// npm start's demo never remembers a password, so a machine without a desktop D-Bus session
// (no Secret Service to reach) must not hear about the keychain at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './test-support/sim-fixture';

test.use({
  appEnv: async ({ sim }, use) => {
    await use({ SOFTPHONE_DEMO_SERVER: sim.url, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' });
  },
});

test('demo mode without a D-Bus session signs in and says nothing about the keychain', async ({ electronApp, window, userDataDir }) => {
  const output: string[] = [];
  for (const stream of [electronApp.process().stdout, electronApp.process().stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  await expect(window.getByTestId('signed-in-as')).toContainText('supervisor1');
  // Quitting signs out of GWS: the last moment the keychain could be touched.
  await electronApp.close();
  const log = readFileSync(join(userDataDir, 'logs', 'main.log'), 'utf8');
  expect(log).toContain('Notification channel'); // the log was written during the session
  expect(`${log}\n${output.join('')}`).not.toMatch(/keychain/i);
});
