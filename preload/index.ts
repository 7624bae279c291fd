// Sandboxed preload: window.softphone built from the contract's verbs, one function each.
// No logic and no generic invoke: ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, VERBS } from '../common/contract';

const areas: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
for (const verb of VERBS) {
  const [area, name] = verb.split('.') as [string, string];
  (areas[area] ??= {})[name] = (...args) => ipcRenderer.invoke(channelOf(verb), ...args);
}
for (const area of Object.values(areas)) Object.freeze(area);

contextBridge.exposeInMainWorld('softphone', Object.freeze(areas));
