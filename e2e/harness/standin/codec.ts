// Tagged-JSON codec approximating what may cross Electron's boundaries:
//  - IPC (ipcRenderer.invoke/send, webContents.send): Structured Clone -> functions/symbols throw,
//    class instances lose their prototype, Date/Map/Set/RegExp/Error/typed arrays survive,
//    Node Buffers arrive as Uint8Array.
//  - contextBridge: the same, plus functions and promises are proxied (hooks.fn / hooks.promise).
// Used in Node (stand-in), in the isolated preload world and in the page's main world.

export type Hooks = {
  fn?: (f: Function) => number; // register a function, return its id
  promise?: (p: Promise<unknown>) => number;
};
export type Revivers = {
  fn?: (id: number) => Function;
  promise?: (id: number) => Promise<unknown>;
};

const CLONE_ERR = 'An object could not be cloned.';

const b64 = (u8: Uint8Array) => {
  let s = '';
  for (const byte of u8) s += String.fromCharCode(byte);
  return btoa(s);
};
const unb64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export function encode(v: unknown, hooks: Hooks = {}, seen = new Set<object>()): unknown {
  switch (typeof v) {
    case 'undefined':
      return { $: 'u' };
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      // String(-0) is '0': spell it out, since structured clone keeps the sign.
      if (Object.is(v, -0)) return { $: 'n', v: '-0' };
      return Number.isFinite(v) ? v : { $: 'n', v: String(v) };
    case 'bigint':
      return { $: 'b', v: String(v) };
    case 'symbol':
      throw new Error(CLONE_ERR);
    case 'function':
      if (!hooks.fn) throw new Error(CLONE_ERR);
      return { $: 'f', id: hooks.fn(v) };
  }
  if (v === null) return null;
  const o = v as object;
  if (o instanceof Promise) {
    if (!hooks.promise) throw new Error(CLONE_ERR);
    return { $: 'p', id: hooks.promise(o) };
  }
  if (seen.has(o)) throw new Error('electron-standin: cyclic values are not supported');
  seen.add(o);
  try {
    if (o instanceof Date) return { $: 'd', v: o.getTime() };
    if (o instanceof RegExp) return { $: 'r', v: o.source, f: o.flags };
    if (o instanceof Error) return { $: 'e', name: o.name, message: o.message, stack: o.stack };
    if (o instanceof Map) return { $: 'm', v: [...o].map(([k, x]) => [encode(k, hooks, seen), encode(x, hooks, seen)]) };
    if (o instanceof Set) return { $: 's', v: [...o].map((x) => encode(x, hooks, seen)) };
    if (o instanceof ArrayBuffer) return { $: 'ab', v: b64(new Uint8Array(o)) };
    if (ArrayBuffer.isView(o)) {
      // Node Buffer (a Uint8Array subclass) arrives as a plain Uint8Array, as in Electron.
      const type = o instanceof Uint8Array ? 'Uint8Array' : o.constructor.name;
      return { $: 't', type, v: b64(new Uint8Array(o.buffer, o.byteOffset, o.byteLength)) };
    }
    if (Array.isArray(o)) return { $: 'a', v: Array.from(o, (x) => encode(x, hooks, seen)) };
    // Plain object or class instance: own enumerable string keys only, prototype dropped.
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = encode((o as Record<string, unknown>)[k], hooks, seen);
    return { $: 'o', v: out };
  } finally {
    seen.delete(o);
  }
}

export function decode(v: unknown, rev: Revivers = {}): any {
  if (v === null || typeof v !== 'object') return v;
  const t = v as any;
  switch (t.$) {
    case 'u':
      return undefined;
    case 'n':
      return Number(t.v);
    case 'b':
      return BigInt(t.v);
    case 'f':
      if (!rev.fn) throw new Error('electron-standin: unexpected function');
      return rev.fn(t.id);
    case 'p':
      if (!rev.promise) throw new Error('electron-standin: unexpected promise');
      return rev.promise(t.id);
    case 'd':
      return new Date(t.v);
    case 'r':
      return new RegExp(t.v, t.f);
    case 'e': {
      const e = new Error(t.message);
      e.name = t.name;
      return e;
    }
    case 'm':
      return new Map(t.v.map(([k, x]: [unknown, unknown]) => [decode(k, rev), decode(x, rev)]));
    case 's':
      return new Set(t.v.map((x: unknown) => decode(x, rev)));
    case 'ab':
      return unb64(t.v).buffer;
    case 't': {
      const bytes = unb64(t.v);
      const C = (globalThis as any)[t.type] ?? Uint8Array;
      return C === Uint8Array ? bytes : new C(bytes.buffer, 0, bytes.byteLength / (C.BYTES_PER_ELEMENT ?? 1));
    }
    case 'a':
      return t.v.map((x: unknown) => decode(x, rev));
    case 'o': {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(t.v)) out[k] = decode(t.v[k], rev);
      return out;
    }
  }
  throw new Error(`electron-standin: bad tag ${String(t.$)}`);
}
