// The app's own name and the application menu's words (main/desktop/app-menu.ts).

export const APP_NAME = 'Supervisor Softphone';

/** The application menu outside macOS, whose menus are roles the OS names. */
export const APP_MENU = {
  file: '&File',
  closeWindow: 'Close window',
};

/** Why the barge-in key could not be registered (main/desktop/global-shortcut.ts); the tray and Settings name it. */
export const SHORTCUT_REFUSALS = {
  taken: 'another application already uses it',
  refused: (reason: string): string => `the system refused it (${reason})`,
};
