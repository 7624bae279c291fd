import { BrowserWindow } from 'electron';
import { mainWindowOptions } from './main-window-options';

export interface MainWindowFiles {
  preload: string;
  page: string;
}

export function createMainWindow(files: MainWindowFiles): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(files.preload));
  // Shown once painted, so the supervisor never sees a blank frame.
  window.once('ready-to-show', () => window.show());
  void window.loadFile(files.page);
  return window;
}
