import { app } from 'electron';
import path from 'node:path';

/** Tray icons ship as extra resources (electron-builder.yml); in development they are in build/. */
export function trayIconDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'tray') : path.join(app.getAppPath(), 'build', 'tray');
}
