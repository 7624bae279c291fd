// One end of the contextBridge emulation. Two instances (isolated world <-> main world) talk
// through synchronous DOM CustomEvents carrying strings, so sync return values work as in Electron.
import { encode, decode, type Hooks, type Revivers } from './codec';

type Msg =
  | { t: 'hello' }
  | { t: 'expose'; key: string; v: unknown }
  | { t: 'call'; id: number; args: unknown }
  | { t: 'ret'; ok: boolean; v: unknown }
  | { t: 'settle'; id: number; ok: boolean; v: unknown };

const copyError = (e: unknown) => (e instanceof Error ? new Error(e.message) : e);

export class Endpoint {
  readonly #post: (s: string) => void;
  #fns = new Map<number, Function>();
  #pending = new Map<number, [(v: unknown) => void, (e: unknown) => void]>();
  #nextId = 1;
  #ret: Extract<Msg, { t: 'ret' }> | undefined;
  onExpose: (key: string, value: unknown) => void = () => {};
  onHello: () => void = () => {};

  constructor(post: (s: string) => void) {
    this.#post = post;
  }

  readonly hooks: Hooks = {
    fn: (f) => {
      const id = this.#nextId++;
      this.#fns.set(id, f);
      return id;
    },
    promise: (p) => {
      const id = this.#nextId++;
      p.then(
        (v) => this.send({ t: 'settle', id, ok: true, v: this.enc(v) }),
        (e) => this.send({ t: 'settle', id, ok: false, v: this.enc(copyError(e)) }),
      );
      return id;
    },
  };
  readonly revivers: Revivers = {
    fn:
      (id) =>
      (...args: unknown[]) => {
        this.#ret = undefined;
        this.send({ t: 'call', id, args: this.enc(args) });
        const r = this.#ret as Extract<Msg, { t: 'ret' }> | undefined;
        if (!r) throw new Error('electron-standin: bridged function did not return (other world gone?)');
        if (!r.ok) throw decode(r.v, this.revivers);
        return decode(r.v, this.revivers);
      },
    promise: (id) => new Promise((res, rej) => this.#pending.set(id, [res, rej])),
  };

  enc(v: unknown) {
    return encode(v, this.hooks);
  }
  send(m: Msg) {
    this.#post(JSON.stringify(m));
  }

  receive(s: string) {
    const m = JSON.parse(s) as Msg;
    switch (m.t) {
      case 'hello':
        return this.onHello();
      case 'expose':
        return this.onExpose(m.key, decode(m.v, this.revivers));
      case 'ret':
        this.#ret = m;
        return;
      case 'settle': {
        const p = this.#pending.get(m.id);
        this.#pending.delete(m.id);
        const v = decode(m.v, this.revivers);
        return m.ok ? p?.[0](v) : p?.[1](v);
      }
      case 'call': {
        let reply: Msg;
        try {
          const f = this.#fns.get(m.id);
          if (!f) throw new Error('electron-standin: unknown bridged function');
          reply = { t: 'ret', ok: true, v: this.enc(f(...decode(m.args, this.revivers))) };
        } catch (e) {
          reply = { t: 'ret', ok: false, v: encode(copyError(e)) };
        }
        return this.send(reply);
      }
    }
  }
}

/** Wire an endpoint to DOM events named `${nonce}:${inbox}` / `${nonce}:${outbox}`. */
export function domEndpoint(nonce: string, inbox: string, outbox: string): Endpoint {
  // Pristine references taken before page scripts run, so a page that patches them cannot listen in.
  const doc = document;
  const CE = CustomEvent;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(doc) below
  const dispatch = EventTarget.prototype.dispatchEvent;
  const ep = new Endpoint((s) => {
    dispatch.call(doc, new CE(`${nonce}:${outbox}`, { detail: s }));
  });
  doc.addEventListener(`${nonce}:${inbox}`, (e) => ep.receive((e as CustomEvent<string>).detail));
  return ep;
}
