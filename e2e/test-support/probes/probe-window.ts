import path from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';

/** Opens a second, sandboxed window on a data: URL with a test preload, as Electron would. */
export async function openProbeWindow(electronApp: ElectronApplication, preloadFile: string): Promise<Page> {
  const preload = path.resolve(preloadFile);
  const [page] = await Promise.all([
    electronApp.waitForEvent('window'),
    electronApp.evaluate(({ BrowserWindow }, preload) => {
      const w = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } });
      void w.loadURL('data:text/html,<title>probe</title>');
    }, preload),
  ]);
  await page.waitForURL(/^data:/);
  return page;
}
