import { BrowserWindow } from 'electron';

export interface MainWindowFiles {
  preload: string;
  page: string;
}

export function createMainWindow(files: MainWindowFiles): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 720,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Supervisor Softphone',
    webPreferences: {
      preload: files.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  // Shown once painted, so the supervisor never sees a blank frame.
  window.once('ready-to-show', () => window.show());
  void window.loadFile(files.page);
  return window;
}
