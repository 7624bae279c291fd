// The app lives in the tray: window, tray menu, global shortcut and single instance.
import { spawn } from 'node:child_process';
import type { ElectronApplication } from '@playwright/test';
import { relaunch } from './test-support/console-fixture';
import { appArgs, executablePath, expect, mode, test } from './test-support/fixtures';

const isVisible = (app: ElectronApplication) => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible() ?? false);
const hideWindow = (app: ElectronApplication) => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());

test('the tray says signed out and offers only the window and Quit', async ({ electronApp, window }) => {
  await expect(window.getByTestId('app-info')).toBeVisible();
  const snap = await electronApp.evaluate(() => globalThis.__e2e.snapshot());
  expect(snap.trays).toEqual([
    {
      tooltip: 'Supervisor Softphone: signed out',
      menu: [
        'Show window',
        '---',
        'Barge in (Ctrl+Shift+B) (disabled)',
        'Back to listening (disabled)',
        'Mute agent (disabled)',
        'Leave call (disabled)',
        'Cancel monitoring (disabled)',
        '---',
        'Sign out (disabled)',
        'Quit',
      ],
    },
  ]);
  expect(snap.shortcuts).toEqual([]); // the barge-in key is held only while signed in
  if (mode === 'standin') {
    const [tray] = await electronApp.evaluate(
      (electron) => (electron as unknown as { __standin: { records: { trays: Array<{ icon: string }> } } }).__standin.records.trays,
    );
    expect(tray!.icon).toMatch(/build\/tray\/signed-out\.png$/);
  }
});

test('closing the window keeps the app in the tray; the tray brings it back', async ({ electronApp, window }) => {
  await expect(window.getByTestId('app-info')).toBeVisible();
  await hideWindow(electronApp);
  expect(await isVisible(electronApp)).toBe(false);
  expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

  await electronApp.evaluate(() => globalThis.__e2e.clickTrayMenuItem('Show window'));
  expect(await isVisible(electronApp)).toBe(true);
});

test('Quit in the tray menu ends the app', async ({ electronApp, window }) => {
  await expect(window.getByTestId('app-info')).toBeVisible();
  await Promise.all([electronApp.waitForEvent('close'), electronApp.evaluate(() => globalThis.__e2e.clickTrayMenuItem('Quit'))]);
});

test('Quit in the application menu ends the app', async ({ electronApp, window }) => {
  await expect(window.getByTestId('app-info')).toBeVisible();
  await Promise.all([
    electronApp.waitForEvent('close'),
    electronApp.evaluate(({ Menu }) => {
      type Item = { role?: string; submenu?: { items: Item[] }; click(): void };
      const find = (items: Item[]): Item | undefined => items.map((i) => (i.role === 'quit' ? i : i.submenu && find(i.submenu.items))).find(Boolean);
      find((Menu.getApplicationMenu()?.items ?? []) as unknown as Item[])!.click();
    }),
  ]);
});

test('a second launch focuses the running app and exits', async ({ electronApp, window, userDataDir }) => {
  await expect(window.getByTestId('app-info')).toBeVisible();
  await hideWindow(electronApp);
  const second = spawn(executablePath, appArgs.slice(2), { env: { ...process.env, SOFTPHONE_USER_DATA: userDataDir }, stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await expect.poll(() => isVisible(electronApp)).toBe(true);
});

test('the window reopens where it was left', async ({ electronApp, window, userDataDir }) => {
  await expect(window.getByRole('heading', { level: 1 })).toBeVisible();
  await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 140, y: 60, width: 900, height: 640 }));
  await Promise.all([electronApp.waitForEvent('close'), electronApp.evaluate(({ app }) => app.quit())]);

  const { app: again } = await relaunch(userDataDir);
  try {
    expect(await again.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds())).toEqual({ x: 140, y: 60, width: 900, height: 640 });
  } finally {
    await again.close();
  }
});
