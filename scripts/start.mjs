// npm start: set up when needed, build, start the GWS simulator with traffic, and launch the app
// signed in to it as supervisor1 in demo mode (`npm start -- --no-sim` for a real GWS): real
// Electron when its binary is installed, else the Electron stand-in with a visible Chromium
// window. Uses Node built-ins only, because it runs before the dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import process from 'node:process';
import { createInterface } from 'node:readline';

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('bash', ['scripts/setup.sh']);
run('npm', ['run', '--silent', 'build'], { stdio: ['inherit', 'ignore', 'inherit'] });

const { realElectronPath, STANDIN_PATH } = await import('./electron-binary.mjs');
const { demoSimulatorArgs } = await import('./demo-simulator.mjs');
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

let sim;
if (!process.argv.includes('--no-sim')) {
  sim = spawn(process.execPath, ['--import', 'tsx', 'sim/cli.ts', ...demoSimulatorArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [firstLine] = await once(createInterface({ input: sim.stdout }), 'line');
  const url = /listening on (\S+)/.exec(firstLine)?.[1];
  if (!url) throw new Error(`The simulator did not start: ${firstLine}`);
  console.log(
    `Demo mode: GWS simulator at ${url} with 6 calls a minute, each followed by After Call Work; 2 agents Not Ready, 2 logged out; signed in as supervisor1. Nothing is armed until you monitor an agent.`,
  );
  env.SOFTPHONE_DEMO_SERVER = url;
  // A profile of its own, so the demo never touches a real sign-in or its settings.
  env.SOFTPHONE_USER_DATA ??= path.resolve('.cache', 'demo-profile');
}

const child = spawn(command, args, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  sim?.kill('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});
