// npm start: set up when needed, build, and launch the app: real Electron when its binary is
// installed, else the Electron stand-in with a visible Chromium window. Uses Node built-ins
// only, because it runs before the dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';
import process from 'node:process';

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('bash', ['scripts/setup.sh']);
run('npm', ['run', '--silent', 'build'], { stdio: ['inherit', 'ignore', 'inherit'] });

const { realElectronPath, STANDIN_PATH } = await import('./electron-binary.mjs');
const electron = realElectronPath();
let command;
let args = ['.'];
const env = { ...process.env };
if (electron) {
  console.log(`Starting in Electron (${electron}).`);
  command = electron;
  // Chromium refuses to run its sandbox as root without this.
  if (process.getuid?.() === 0) args = ['--no-sandbox', '.'];
} else {
  run('npm', ['run', '--silent', 'build:harness'], { stdio: ['inherit', 'ignore', 'inherit'] });
  console.log('Electron binary not installed: starting in the Electron stand-in (Node main process, Debian Chromium window).');
  command = STANDIN_PATH;
  env.ELECTRON_STANDIN_HEADED = '1';
}
if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
  console.log('No display found: the window opens in a virtual Xvfb display (run from a desktop session to see it).');
  args = [command, ...args];
  command = 'scripts/with-display.sh';
}

const child = spawn(command, args, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
