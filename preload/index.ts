// Sandboxed preload: window.softphone built from the contract, one function per verb plus `on`
// for pushed events. No logic and no generic invoke: ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, EVENT_CHANNEL, EVENT_NAMES, VERBS, type EventName, type PushedEvent } from '../common/contract';

const areas: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
for (const verb of VERBS) {
  const [area, name] = verb.split('.') as [string, string];
  (areas[area] ??= {})[name] = (...args) => ipcRenderer.invoke(channelOf(verb), ...args);
}
for (const area of Object.values(areas)) Object.freeze(area);

const listeners = new Map<string, Set<(payload: unknown) => void>>(EVENT_NAMES.map((name) => [name, new Set()]));
ipcRenderer.on(EVENT_CHANNEL, (_event, pushed: PushedEvent) => {
  for (const callback of listeners.get(pushed.name) ?? []) callback(pushed.payload);
});

function on(name: EventName, callback: (payload: unknown) => void): () => void {
  const set = listeners.get(name);
  if (!set || typeof callback !== 'function') throw new TypeError(`softphone.on: unknown event "${String(name)}"`);
  set.add(callback);
  return () => void set.delete(callback);
}

contextBridge.exposeInMainWorld('softphone', Object.freeze({ ...areas, on }));
