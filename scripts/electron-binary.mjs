// Where the real Electron binary is, if this machine has one. npm start and the e2e fixture
// both choose between real Electron and the stand-in with this.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {string | null} the path of the Electron executable, or null when it was never downloaded */
export function realElectronPath() {
  try {
    // The electron package exports its binary's path, and throws when install.js never ran.
    const binary = /** @type {string} */ (require('electron'));
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const STANDIN_PATH = new URL('../e2e/harness/bin/electron-standin', import.meta.url).pathname;
