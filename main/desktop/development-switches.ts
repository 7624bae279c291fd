// Switches for development and tests (README's environment variables) and DevTools: honoured
// only when the app is not packaged. In an installed app, an environment variable set by
// another program (or a shortcut's command line) must not move the profile to a folder it
// chose, sign in to a server it runs, or open a console into the page.
export interface DevelopmentSwitches {
  /** SOFTPHONE_USER_DATA: the profile folder. */
  userData: string | undefined;
  /** SOFTPHONE_DEMO_SERVER: sign in to this simulator at start. */
  demoServer: string | undefined;
  /** webPreferences.devTools */
  devTools: boolean;
}

export function developmentSwitches(isPackaged: boolean, env: NodeJS.ProcessEnv): DevelopmentSwitches {
  if (isPackaged) return { userData: undefined, demoServer: undefined, devTools: false };
  return { userData: env.SOFTPHONE_USER_DATA || undefined, demoServer: env.SOFTPHONE_DEMO_SERVER || undefined, devTools: true };
}
