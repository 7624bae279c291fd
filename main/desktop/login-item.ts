import { app } from 'electron';

const AT_LOGIN = '--launched-at-login';

/**
 * Start at login through the OS (setLoginItemSettings: macOS and Windows; on Linux Electron
 * has no such API, so the setting has no effect there: docs/architecture.md).
 */
export function applyStartAtLogin(openAtLogin: boolean): void {
  if (process.platform !== 'darwin' && process.platform !== 'win32') return;
  app.setLoginItemSettings({ openAtLogin, args: [AT_LOGIN] });
}

/** Whether the OS started the app at login: then "start hidden in tray" applies. */
export function launchedAtLogin(): boolean {
  return process.argv.includes(AT_LOGIN) || (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
}
