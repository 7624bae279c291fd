import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { APP_NAME } from '../../common/words/app';

/**
 * Electron's security checklist for the one window: isolated, sandboxed, no Node in the page;
 * DevTools only where development-switches.ts allows them (never in a packaged app).
 */
export function mainWindowOptions(preload: string, bounds?: Rectangle, { devTools = false } = {}): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 720,
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: APP_NAME,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools,
    },
  };
}
