// npm run test:e2e:real: the end-to-end specs in real Electron (CI's matrix on Linux, Windows and
// macOS). Unlike E2E_ELECTRON=real on its own, which falls back to the stand-in with a warning,
// this refuses to run without the binary: a green real-Electron job must have run Electron.
// Arguments go to Playwright (e.g. a spec file).
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { realElectronPath } from './electron-binary.mjs';

if (!realElectronPath()) {
  console.error(
    'test:e2e:real: the Electron binary is not installed (`npm run setup` downloads it where the network allows it). Without it, `npm run test:e2e` runs the same specs in the stand-in.',
  );
  process.exit(1);
}

function run(command, args) {
  // npm and npx are .cmd files on Windows, which only a shell starts.
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, E2E_ELECTRON: 'real' }, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('npm', ['run', '--silent', 'build']);
const playwright = ['npx', 'playwright', 'test', ...process.argv.slice(2)];
// Linux needs a display (Xvfb when there is none) and a Secret Service for keytar; Windows and
// macOS have a desktop session and their own keychain on every runner.
if (process.platform === 'linux') run('bash', ['scripts/with-display.sh', 'bash', 'scripts/with-keyring.sh', ...playwright]);
else run(playwright[0], playwright.slice(1));
