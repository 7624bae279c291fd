// What a supervisor sees first: the window is the app, not a browser. In the stand-in that means
// a headed Chromium app window (ELECTRON_STANDIN_HEADED=1, as npm start runs it); real Electron
// ignores the variable and must pass the same title and size checks with its own window.
import { test, expect, mode } from './test-support/fixtures';

test.use({ appEnv: { ELECTRON_STANDIN_HEADED: '1' } });

test('the window has no tab strip or address bar and is titled and sized like its BrowserWindow', async ({ electronApp, window }) => {
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Supervisor Softphone');
  const declared = await electronApp.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    return { count: windows.length, title: windows[0]?.getTitle() ?? '', bounds: windows[0]?.getBounds() ?? { width: 0, height: 0 } };
  });
  expect(declared.count).toBe(1);
  await expect(window).toHaveTitle(declared.title);

  const shown = await window.evaluate(() => ({ outerWidth, outerHeight, standalone: matchMedia('(display-mode: standalone)').matches }));
  // Outer sizes include the OS frame where there is one (Windows' invisible borders): hence the slack.
  expect(Math.abs(shown.outerWidth - declared.bounds.width)).toBeLessThanOrEqual(16);
  expect(Math.abs(shown.outerHeight - declared.bounds.height)).toBeLessThanOrEqual(16);
  // Chromium says "browser" in a tabbed window and "standalone" in an app window. Stand-in only:
  // Electron has no browser chrome to remove, and its display mode is not an app window's.
  if (mode === 'standin') expect(shown.standalone).toBe(true);
});
