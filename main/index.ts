// Wiring only: each piece lives in its own module.
import { app, globalShortcut, ipcMain } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { APP_ID } from './app-id';
import { appInfo } from './app-info';
import { installAppMenu } from './desktop/app-menu';
import { AppTray } from './desktop/app-tray';
import { registerGlobalShortcut } from './desktop/global-shortcut';
import { hardenAllWebContents } from './desktop/hardening';
import { createMainWindow } from './desktop/main-window';
import { trayIconDir } from './desktop/resources';
import { signedOutTrayView } from './desktop/tray-view';
import { hideOnClose, revealWindow } from './desktop/window-lifecycle';
import { registerVerbHandlers } from './ipc/register';

const DEFAULT_SHORTCUT = 'CommandOrControl+Shift+B';
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagePath = path.join(outDir, 'renderer', 'index.html');

// A separate profile (tests, a second account) must be chosen before anything reads userData,
// and before the single-instance lock, which lives there.
if (process.env.SOFTPHONE_USER_DATA) app.setPath('userData', process.env.SOFTPHONE_USER_DATA);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  // A service manager's SIGTERM gets the same clean quit as the Quit menu item.
  process.on('SIGTERM', () => app.quit());
  app.setAppUserModelId(APP_ID);

  registerVerbHandlers(
    ipcMain,
    { 'app.info': () => appInfo(app.getName(), app.getVersion()) },
    pathToFileURL(pagePath).href,
    (verb, error) => console.error(`[ipc] ${verb} failed:`, error),
  );

  void app.whenReady().then(() => {
    hardenAllWebContents();
    const window = createMainWindow({ preload: path.join(outDir, 'preload', 'index.cjs'), page: pagePath });
    hideOnClose(window, () => quitting);
    const reveal = () => revealWindow(window);
    app.on('second-instance', reveal);
    installAppMenu(process.platform, () => window.hide());
    // Not signed in, so nothing is armed: the shortcut brings the window forward.
    const shortcut = registerGlobalShortcut(DEFAULT_SHORTCUT, reveal);
    const tray = new AppTray(trayIconDir(), { 'show-window': reveal, quit: () => app.quit() });
    tray.render(signedOutTrayView(shortcut, process.platform));
    app.on('will-quit', () => {
      globalShortcut.unregisterAll();
      tray.destroy();
    });
  });
}
