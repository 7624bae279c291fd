// The app under benchmark: the built main, preload and renderer (out/), launched as the e2e
// fixture does (real Electron if installed, else the stand-in) with bench/app-hooks.cjs in main,
// a fresh profile folder, and bench/app-page.ts's probe in the window; signed in against the
// simulator through window.softphone, as the sign-in form does.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { realElectronPath, STANDIN_PATH } from '../scripts/electron-binary.mjs';
import type { Simulator } from '../sim/index';
import { installPageProbe } from './app-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const hooks = path.join(root, 'bench', 'app-hooks.cjs');

/** What bench/app-hooks.cjs puts on globalThis in main. */
export interface MainProbe {
  take(): Array<{ at: number; kind: 'notification' | 'tooltip' | 'image' | 'view'; text?: string }>;
  until(text: string, timeoutMs?: number): Promise<void>;
  tooltip(text: string, timeoutMs?: number): Promise<void>;
  press(accelerator: string): number;
}
declare global {
  var __bench: MainProbe;
}

/** The session the app signed in with, as it sends it on each POST. */
export interface AppSession {
  cookie: string;
  csrfHeader: string;
  csrfToken: string;
}

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  close(): Promise<void>;
}

export async function launchApp(): Promise<LaunchedApp> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'softphone-bench-'));
  const app = await _electron.launch({
    executablePath: realElectronPath() ?? STANDIN_PATH,
    args: ['-r', hooks, '.'],
    cwd: root,
    env: { ...process.env, SOFTPHONE_USER_DATA: userDataDir },
  });
  const close = async () => {
    await app.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    const page = await app.firstWindow();
    await page.waitForURL(/\/index\.html$/, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.body !== null && 'softphone' in window);
    // tsx keeps function names with an __name helper the page lacks: give its source one.
    await page.evaluate(`(() => { const __name = (f) => f; (${installPageProbe.toString()})(); })()`);
    return { app, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Signs supervisor1 in from the page and returns the session the app then sends: the cookie
 * and CSRF token on its StartContactCenterSession, seen by the simulator's probe.
 */
export async function signIn(page: Page, sim: Simulator, userName = 'supervisor1'): Promise<AppSession> {
  let session: AppSession | undefined;
  const detach = sim.probe({
    requestReceived({ method, headers }) {
      const token = headers['x-csrf-token'];
      if (method === 'POST' && typeof headers.cookie === 'string' && typeof token === 'string') {
        session = { cookie: headers.cookie, csrfHeader: 'X-CSRF-TOKEN', csrfToken: token };
      }
    },
  });
  try {
    const result = await page.evaluate(
      ([serverUrl, userName]) => window.softphone.session.signIn({ serverUrl: serverUrl!, userName: userName!, password: 'demo123', remember: false }),
      [sim.url, userName],
    );
    if (!result.ok || result.value.status !== 'signed-in') throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  } finally {
    detach();
  }
  if (!session) throw new Error('the app signed in without a POST carrying its session cookie and CSRF token');
  return session;
}
