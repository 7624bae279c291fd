// What a supervisor sees first: the window is the app, not a browser. In the stand-in that means
// a headed Chromium app window (ELECTRON_STANDIN_HEADED=1, as npm start runs it); real Electron
// ignores the variable and must pass the same checks with its own window.
import { test, expect } from './fixtures';

test.use({ appEnv: { ELECTRON_STANDIN_HEADED: '1' } });

test('the window has no tab strip or address bar and is titled and sized like its BrowserWindow', async ({ electronApp, window }) => {
  await expect(window.getByRole('heading', { level: 1 })).toHaveText('Supervisor Softphone');
  const declared = await electronApp.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows();
    return { count: windows.length, title: windows[0]?.getTitle() ?? '', bounds: windows[0]?.getBounds() ?? { width: 0, height: 0 } };
  });
  expect(declared.count).toBe(1);
  await expect(window).toHaveTitle(declared.title);

  const shown = await window.evaluate(() => ({ outerWidth, outerHeight, innerHeight }));
  // A browser window's tab strip and toolbar take 87 px above the page; at most a menu bar (about
  // 25 px, Electron on Linux and Windows) may stand there in an app's window.
  expect(shown.outerHeight - shown.innerHeight).toBeLessThan(40);
  expect(Math.abs(shown.outerWidth - declared.bounds.width)).toBeLessThanOrEqual(16);
  expect(Math.abs(shown.outerHeight - declared.bounds.height)).toBeLessThanOrEqual(16);
});
