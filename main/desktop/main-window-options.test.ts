import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './main-window-options';

describe('the main window', () => {
  it('is isolated and sandboxed, with no Node in the page', () => {
    expect(mainWindowOptions('/app/out/preload/index.cjs').webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('security 15.11 has DevTools only when asked for (development-switches.ts never asks in a packaged app)', () => {
    expect(mainWindowOptions('/p').webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions('/p', undefined, { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until painted', () => {
    expect(mainWindowOptions('/p').show).toBe(false);
  });
});
