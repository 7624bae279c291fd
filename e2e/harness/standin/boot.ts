// Entry of the fake `electron` binary: same argv contract as `electron [switches] <app> [args]`.
// Order mirrors Electron: app top-level code runs -> browser starts ("DevTools listening") ->
// `ready` (held until Playwright's __playwright_run(), like Playwright's own Electron loader).
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Standin from './electron';
// Must be the very instance the app gets: `electron` resolves to dist/electron.cjs via register.cjs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would be bundled as a second copy
const { app, __standin, log } = require('electron') as typeof Standin;

const CHROMIUM = process.env.ELECTRON_STANDIN_CHROMIUM ?? '/usr/bin/chromium';
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--allow-file-access-from-files',
];

const t0 = Date.now();
const dbg = (m: string) => log(`boot +${Date.now() - t0}ms: ${m}`);
process.on('unhandledRejection', (e) => log('unhandledRejection', e));
process.on('uncaughtException', (e) => log('uncaughtException', e));
/**
 * Headed, the startup window is a Chromium app window (no tab strip, no address bar), which the
 * app's first BrowserWindow takes over: Chromium opens an app window only at launch. An empty
 * data: URL, because --app ignores about:blank; untitled, so that the window bears the app's
 * title only once its page has loaded (scripts/screenshot.sh waits for that), as Electron shows
 * it only when ready. --test-type drops the "unsupported command-line flag: --no-sandbox" bar.
 */
const APP_WINDOW_ARGS = ['--app=data:text/html,', '--test-type'];

async function main() {
  const argv = process.argv.slice(2);
  const switches: string[] = [];
  while (argv[0]?.startsWith('-')) switches.push(argv.shift()!);
  const appArg = argv.shift() ?? '.';
  let entry = path.resolve(appArg);
  let appRoot = entry;
  if (statSync(entry).isDirectory()) {
    const pkg = JSON.parse(readFileSync(path.join(entry, 'package.json'), 'utf8'));
    entry = path.resolve(entry, pkg.main ?? 'index.js');
  } else {
    appRoot = path.dirname(entry);
    while (!existsSync(path.join(appRoot, 'package.json')) && path.dirname(appRoot) !== appRoot) appRoot = path.dirname(appRoot);
  }
  __standin.appRoot = appRoot;
  process.argv = [process.execPath, appArg, ...argv];

  await import(pathToFileURL(entry).href); // the app's main: registers handlers, whenReady(), ...
  dbg('app main imported');

  const wantsCdp = switches.some((s) => s.startsWith('--remote-debugging-port'));
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'standin-chromium-'));
  const extra = [...__standin.switches].map(([k, v]) => (v ? `--${k}=${v}` : `--${k}`));
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !__standin.headed,
    viewport: __standin.headed ? null : undefined,
    args: [...BASE_ARGS, ...(__standin.headed ? APP_WINDOW_ARGS : []), ...extra, ...(wantsCdp ? ['--remote-debugging-port=0'] : [])],
  });
  __standin.context = context;
  dbg('chromium launched');
  // Electron starts with no window. A headed Chromium whose last window closes shuts down, so
  // there the blank startup app window stays until the app's first BrowserWindow takes it over.
  const [first, ...others] = context.pages();
  for (const p of others) await p.close();
  if (__standin.headed) __standin.placeholder = first;
  else await first?.close();
  if (wantsCdp) {
    const [port, wsPath] = readFileSync(path.join(userDataDir, 'DevToolsActivePort'), 'utf8').trim().split('\n');
    process.stderr.write(`DevTools listening on ws://127.0.0.1:${port}${wsPath}\n`);
  }
  context.on('close', () => process.exit(0));
  if (process.execArgv.some((a) => a.startsWith('--inspect'))) await new Promise<void>((r) => ((globalThis as any).__playwright_run = r));
  dbg('ready');
  app._emitReady();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
