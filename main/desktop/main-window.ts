import { BrowserWindow, screen } from 'electron';
import { mainWindowOptions } from './main-window-options';
import { rememberBounds, savedBounds } from './window-bounds';

export interface MainWindowOptions {
  preload: string;
  /** The page's URL (softphone://app/index.html). */
  page: string;
  userData: string;
  /** Started at login with "start hidden in tray": stay in the tray until asked. */
  startHidden: boolean;
  devTools: boolean;
  onError: (error: unknown) => void;
}

export function createMainWindow(o: MainWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const window = new BrowserWindow(mainWindowOptions(o.preload, savedBounds(o.userData, displays), { devTools: o.devTools }));
  rememberBounds(window, o.userData, o.onError);
  // Shown once painted, so the supervisor never sees a blank frame.
  if (!o.startHidden) window.once('ready-to-show', () => window.show());
  void window.loadURL(o.page);
  return window;
}
