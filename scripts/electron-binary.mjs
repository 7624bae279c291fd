// Where the real Electron binary is, if this machine has one. npm start and the e2e fixture
// both choose between real Electron and the stand-in with this.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {string | null} the path of the Electron executable, or null when it was never downloaded */
export function realElectronPath() {
  // Read what the electron package's own index.js reads: requiring it instead would start a
  // download attempt when the binary is missing.
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const binary = path.join(dir, 'dist', readFileSync(path.join(dir, 'path.txt'), 'utf8'));
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const STANDIN_PATH = new URL('../e2e/harness/bin/electron-standin', import.meta.url).pathname;
