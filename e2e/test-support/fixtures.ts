// One fixture, two backends: real Electron when E2E_ELECTRON=real and its binary exists,
// otherwise the same _electron.launch() drives the stand-in (Node main + Debian Chromium).
import { test as base, _electron, type ElectronApplication, type Page } from '@playwright/test';
import { realElectronPath, STANDIN_PATH } from '../../scripts/electron-binary.mjs';

const realPath = process.env.E2E_ELECTRON === 'real' ? realElectronPath() : null;
if (process.env.E2E_ELECTRON === 'real' && !realPath) {
  console.warn('E2E_ELECTRON=real, but no Electron binary is installed: running in the stand-in.');
}
export const mode: 'real' | 'standin' = realPath ? 'real' : 'standin';
/** What to run as `electron`; also used to start a second instance by hand. */
export const executablePath = realPath ?? STANDIN_PATH;
export const appArgs = ['-r', './e2e/harness/e2e-hooks.cjs', '.'];
// A Playwright trace of each failing test (`npx playwright show-trace`): always in real Electron,
// whose failures happen on CI runners that are gone afterwards; in the stand-in on request.
const TRACE = mode === 'real' || process.env.E2E_TRACE === '1';

interface Fixtures {
  /** Extra environment for the app under test (test.use({ appEnv: {...} })). */
  appEnv: Record<string, string>;
  /** A fresh profile folder per test: settings, logs and the single-instance lock live there. */
  userDataDir: string;
  electronApp: ElectronApplication;
  window: Page;
}

export const test = base.extend<Fixtures>({
  appEnv: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first parameter
  userDataDir: async ({}, use, testInfo) => {
    await use(testInfo.outputPath('user-data'));
  },
  electronApp: async ({ appEnv, userDataDir }, use, testInfo) => {
    const app = await _electron.launch({
      executablePath,
      args: appArgs,
      env: { ...process.env, SOFTPHONE_USER_DATA: userDataDir, ...appEnv },
    });
    let closed = false;
    app.on('close', () => (closed = true));
    const mainLog: string[] = [];
    app.on('console', (msg) => mainLog.push(`[main ${msg.type()}] ${msg.text()}`));
    if (TRACE) await app.context().tracing.start({ screenshots: true, snapshots: true });
    await use(app);
    const failed = testInfo.status !== testInfo.expectedStatus;
    if (failed) {
      const win = closed ? undefined : app.windows()[0];
      if (win) await testInfo.attach('window', { body: await win.screenshot(), contentType: 'image/png' });
      await testInfo.attach('main-process.log', { body: mainLog.join('\n'), contentType: 'text/plain' });
    }
    // A test that quit the app took its trace with it.
    if (TRACE && !closed) await app.context().tracing.stop(failed ? { path: testInfo.outputPath('trace.zip') } : {});
    if (!closed) await app.close();
  },
  window: async ({ electronApp }, use) => {
    const win = await electronApp.firstWindow(); // may still be about:blank, as in Electron
    await win.waitForURL(/\/index\.html$/, { waitUntil: 'domcontentloaded' });
    await use(win);
  },
});
export { expect } from '@playwright/test';
