// What `require('electron')` returns inside the preload, which runs in an ISOLATED world
// (CDP Page.addScriptToEvaluateOnNewDocument{worldName}). Talks to Node through a CDP binding that
// exists only in that world; talks to the page through bridge.ts.
import { domEndpoint } from './bridge';
import { encode, decode } from './codec';
declare const __STANDIN_NONCE__: string;
declare const __STANDIN_BINDING__: string;

const g = globalThis as any;
const binding: (s: string) => void = g[__STANDIN_BINDING__];
delete g[__STANDIN_BINDING__]; // the preload itself should only see `require('electron')`

type Listener = (event: unknown, ...args: unknown[]) => void;
const listeners = new Map<string, Listener[]>();
const pending = new Map<number, [(v: unknown) => void, (e: unknown) => void]>();
let nextInvoke = 1;

const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    try {
      const id = nextInvoke++;
      binding(JSON.stringify({ t: 'invoke', id, ch: channel, args: encode(args) }));
      return new Promise((res, rej) => pending.set(id, [res, rej]));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  },
  send(channel: string, ...args: unknown[]) {
    binding(JSON.stringify({ t: 'send', ch: channel, args: encode(args) }));
  },
  sendSync(): never {
    throw new Error('electron-standin: ipcRenderer.sendSync is not supported');
  },
  postMessage(): never {
    throw new Error('electron-standin: ipcRenderer.postMessage is not supported');
  },
  on(channel: string, l: Listener) {
    listeners.set(channel, [...(listeners.get(channel) ?? []), l]);
    return ipcRenderer;
  },
  once(channel: string, l: Listener) {
    const w: Listener = (...a) => {
      ipcRenderer.removeListener(channel, w);
      l(...a);
    };
    return ipcRenderer.on(channel, w);
  },
  removeListener(channel: string, l: Listener) {
    listeners.set(
      channel,
      (listeners.get(channel) ?? []).filter((x) => x !== l),
    );
    return ipcRenderer;
  },
  off(channel: string, l: Listener) {
    return ipcRenderer.removeListener(channel, l);
  },
  removeAllListeners(channel?: string) {
    if (channel) listeners.delete(channel);
    else listeners.clear();
    return ipcRenderer;
  },
  listenerCount(channel: string) {
    return listeners.get(channel)?.length ?? 0;
  },
};

// Node -> this world (Runtime.evaluate into this context)
g.__standinFromMain = (s: string) => {
  const m = JSON.parse(s);
  if (m.t === 'reply') {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.ok) p?.[0](decode(m.v));
    else p?.[1](new Error(m.message));
  } else if (m.t === 'event') {
    const args = decode(m.args) as unknown[];
    const event = { sender: ipcRenderer, senderId: 0, ports: [] };
    for (const l of [...(listeners.get(m.ch) ?? [])]) {
      try {
        l(event, ...args);
      } catch (e) {
        console.error(e);
      }
    }
  }
};

const exposed: Array<[string, unknown]> = [];
const ep = domEndpoint(__STANDIN_NONCE__, 'toIso', 'toMain');
ep.onHello = () => {
  for (const [key, value] of exposed) ep.send({ t: 'expose', key, v: ep.enc(value) });
};

const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    if (exposed.some(([k]) => k === key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    const v = ep.enc(api); // throws for un-cloneable values, as Electron does
    exposed.push([key, api]);
    ep.send({ t: 'expose', key, v });
  },
  exposeInIsolatedWorld(): never {
    throw new Error('electron-standin: exposeInIsolatedWorld is not supported');
  },
};

export { contextBridge, ipcRenderer };
export const webFrame = { setZoomFactor() {}, getZoomFactor: () => 1 };
export default { contextBridge, ipcRenderer, webFrame };
