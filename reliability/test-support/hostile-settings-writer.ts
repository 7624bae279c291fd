// Run as a child process by hostile-settings.test.ts, to be killed in the middle of saving:
// saves settings through the real SettingsStore as fast as it can, for ever, telling its
// parent (stdout) the number of each save that completed.
import { SettingsStore } from '../../main/session/settings';
import { quiet } from '../../test-support/quiet-log';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hostile-settings-writer <userData>');
const { store } = await SettingsStore.open(dir, quiet);
for (let n = 1; ; n++) {
  // Each save a different size, so a torn write could not pass for a whole one.
  const saved = await store.update({ userName: `supervisor${n}`, trustedCaFile: `/etc/ssl/${'x'.repeat(n % 4000)}.pem` });
  if (!saved.ok) throw new Error(saved.error.message);
  process.stdout.write(`${n}\n`);
}
