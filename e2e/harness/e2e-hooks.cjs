// Test-only hooks preloaded into the MAIN process with `-r`, in both modes (real Electron and the
// stand-in). They wrap public Electron APIs only, so the app's code stays untouched.
const { ipcMain } = require('electron');

const records = { ipc: [] };

const handle = ipcMain.handle.bind(ipcMain);
ipcMain.handle = (channel, fn) =>
  handle(channel, async (event, ...args) => {
    const entry = { channel, args, ok: true };
    records.ipc.push(entry);
    try {
      return await fn(event, ...args);
    } catch (e) {
      entry.ok = false;
      entry.error = String(e);
      throw e;
    }
  });

globalThis.__e2e = {
  snapshot: () => JSON.parse(JSON.stringify(records)),
};
