// Why a global shortcut is refused before it is registered (common/accelerator.ts's
// checkAccelerator): Settings shows the reason after "… cannot be the shortcut:"
// (SHORTCUT_WORDS.refused), and a bad setting's error carries it. Why registering itself fails
// is SHORTCUT_REFUSALS (app.ts). Which combination is refused, and why, is accelerator.ts's.

export const SHORTCUT_CHECK_WORDS = {
  notACombination: (input: string): string => `"${input}" is not a key combination`,
  twice: (modifier: string): string => `${modifier} appears twice`,
  unknownKey: (part: string): string => `"${part}" is not a key Electron knows`,
  oneKey: 'a shortcut needs exactly one key besides its modifiers',
  needsModifier: 'a global shortcut needs Ctrl, Alt, Cmd or Super, or it would steal ordinary typing',
  /** `does` is one of OS_KEEPS: "the operating system keeps it: it switches windows". */
  osKeeps: (does: string): string => `the operating system keeps it: it ${does}`,
  /** `does` is one of EDITING_KEY_DOES: "Ctrl or Cmd with C copies in every application, …". */
  editing: (key: string, does: string): string => `Ctrl or Cmd with ${key} ${does} in every application, and a global shortcut would take that away from them`,
} as const;

/** What Ctrl or Cmd with each key does in every application, by the key's canonical name. */
export const EDITING_KEY_DOES = {
  C: 'copies',
  V: 'pastes',
  X: 'cuts',
  Z: 'undoes',
  A: 'selects all',
  S: 'saves',
  W: 'closes a tab or window',
  Q: 'quits an application',
  Tab: 'moves between tabs',
} as const;

/** What the operating system does with the combinations it keeps for itself. */
export const OS_KEEPS = {
  switchWindows: 'switches windows',
  closeWindow: 'closes the window on Windows and Linux',
  windowMenu: 'opens the window menu on Windows',
  securityScreen: 'opens the Windows security screen',
  startMenu: 'opens the Windows Start menu',
  taskManager: 'opens the Windows Task Manager',
  lockWindows: 'locks the computer on Windows',
  desktop: 'shows the desktop on Windows',
  taskView: 'opens the Windows task view',
  switchApplications: 'switches applications on macOS',
  spotlight: 'opens Spotlight on macOS',
  hide: 'hides the application on macOS',
  minimise: 'minimises the window on macOS',
  forceQuit: 'opens Force Quit on macOS',
  lockMac: 'locks the screen on macOS',
  screenshot: 'takes a screenshot on macOS',
  endSession: 'stops the desktop session on Linux',
  switchWorkspaces: 'switches workspaces on Linux',
  lockLinux: 'locks the screen on Linux',
} as const;
