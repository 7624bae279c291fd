// The bench's helper processes (the simulator, the bare baseline client) and their one-line RPC
// over Node's IPC channel: the parent calls a verb and awaits its reply. Each runs in its own
// process so that the app's figures in the parent are the app's alone (docs/benchmarks.md).
import { fork, type ChildProcess } from 'node:child_process';
import { now } from './clock';

type Handlers = Record<string, (args: never) => unknown>;
interface Request {
  id: number;
  verb: string;
  args: unknown;
}
type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Parent side: a child process running `file` (which calls serve()). */
export class Child<H extends Handlers> {
  readonly #name: string;
  readonly #process: ChildProcess;
  readonly #callTimeoutMs: number;
  #next = 0;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(name: string, process: ChildProcess, callTimeoutMs: number) {
    this.#name = name;
    this.#process = process;
    this.#callTimeoutMs = callTimeoutMs;
    process.on('message', (message: Reply) => {
      const waiter = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.ok) waiter?.resolve(message.value);
      else waiter?.reject(new Error(`${name}: ${message.error}`));
    });
    process.on('exit', (code, signal) => {
      for (const waiter of this.#pending.values()) waiter.reject(new Error(`${name} exited (${signal ?? code}) before replying`));
      this.#pending.clear();
    });
  }

  /**
   * Starts `file` with this process's Node flags (tsx, --expose-gc). Each call is bounded by
   * `callTimeoutMs`: a child that hangs fails its section, naming the call, instead of stalling
   * the bench. The default is well over the helpers' longest call (the full run's 60 s of traffic).
   */
  static start<H extends Handlers>(name: string, file: URL, callTimeoutMs = 3 * 60_000): Child<H> {
    return new Child<H>(name, fork(file, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }), callTimeoutMs);
  }

  call<V extends keyof H & string>(verb: V, ...args: Parameters<H[V]>): Promise<Awaited<ReturnType<H[V]>>> {
    return this.#send(verb, args[0]) as Promise<Awaited<ReturnType<H[V]>>>;
  }

  /**
   * The child's clock minus ours, from the exchange with the shortest round trip: every process
   * reads the same wall-clock origin, and this checks it (and corrects the sub-ms rest).
   */
  async clockOffset(samples = 30): Promise<{ offsetMs: number; roundTripMs: number }> {
    let best = { offsetMs: 0, roundTripMs: Infinity };
    for (let i = 0; i < samples; i++) {
      const sent = now();
      const theirs = (await this.#send('now', undefined)) as number;
      const back = now();
      if (back - sent < best.roundTripMs) best = { offsetMs: theirs - (sent + back) / 2, roundTripMs: back - sent };
    }
    return best;
  }

  #send(verb: string, args: unknown): Promise<unknown> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${this.#name}: ${verb} did not reply within ${this.#callTimeoutMs / 1000} s`));
      }, this.#callTimeoutMs);
      const settled = () => clearTimeout(timer);
      this.#pending.set(id, {
        resolve: (value) => (settled(), resolve(value)),
        reject: (error) => (settled(), reject(error)),
      });
      this.#process.send({ id, verb, args } satisfies Request);
    });
  }

  /** Ends the child (its handlers close what they opened on 'close', if they have one). */
  async close(): Promise<void> {
    // Exited, or killed by a signal (exitCode stays null then): no 'exit' is coming.
    if (this.#process.exitCode !== null || this.#process.signalCode !== null) return;
    const exited = new Promise((resolve) => this.#process.once('exit', resolve));
    this.#process.send({ id: -1, verb: 'close', args: undefined } satisfies Request);
    const timer = setTimeout(() => this.#process.kill(), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Child side: answers the parent's calls with `handlers`; 'close' runs handlers.close and exits. */
export function serve(handlers: Handlers): void {
  process.on('message', (message: Request) => {
    void (async () => {
      const handler = message.verb === 'now' ? now : handlers[message.verb];
      try {
        if (!handler && message.verb !== 'close') throw new Error(`no verb ${message.verb}`);
        const value = await handler?.(message.args as never);
        if (message.verb === 'close') process.exit(0);
        process.send?.({ id: message.id, ok: true, value: value ?? null } satisfies Reply);
      } catch (error) {
        process.send?.({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply);
      }
    })();
  });
  // The parent gone (crashed or killed) leaves nothing running behind it.
  process.on('disconnect', () => process.exit(0));
}
