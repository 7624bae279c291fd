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

  it('stays hidden until painted', () => {
    expect(mainWindowOptions('/p').show).toBe(false);
  });
});
