// Test-only sandboxed preload: exposes raw invoke so tests can probe IPC and contextBridge rules.
const { contextBridge, ipcRenderer } = require('electron');
globalThis.preloadOnly = 'kept in the isolated world';
contextBridge.exposeInMainWorld('probe', {
  invoke: (ch, ...args) => ipcRenderer.invoke(ch, ...args),
  returnsFn: () => () => 42,
  syncValue: () => ({ when: new Date(0), tags: new Set(['a']) }),
  throws: () => {
    throw new TypeError('boom');
  },
});
