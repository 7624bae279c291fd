// Wiring only: each piece lives in its own module.
import { app, ipcMain } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InvokeChannel } from '../common/contract';
import { appInfo } from './app-info';
import { hardenAllWebContents } from './desktop/hardening';
import { createMainWindow } from './desktop/main-window';
import { registerInvokeHandlers } from './ipc/register';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagePath = path.join(outDir, 'renderer', 'index.html');

registerInvokeHandlers(
  ipcMain,
  { [InvokeChannel.appInfo]: () => appInfo(app.getName(), app.getVersion()) },
  pathToFileURL(pagePath).href,
  (channel, error) => console.error(`[ipc] ${channel} failed:`, error),
);

void app.whenReady().then(() => {
  hardenAllWebContents();
  createMainWindow({ preload: path.join(outDir, 'preload', 'index.cjs'), page: pagePath });
});

app.on('window-all-closed', () => app.quit());
