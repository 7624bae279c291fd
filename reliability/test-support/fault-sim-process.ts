// A simulator as its own process, so a test can SIGKILL it, as a crashed or restarted GWS node
// would die, and start a new one on the same port (npm run sim); or so that what a test measures
// in its own process is not the simulator's (the soak). Its stdout is read line by line: a line
// is what it prints, whatever chunks the pipe delivers it in.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../sim/cli.ts', import.meta.url));
/** What the simulator prints once it listens (sim/cli.ts, test-support/soak-simulator.ts). */
export const LISTENING = 'GWS simulator listening on ';

export interface SimProcess {
  url: string;
  port: number;
  /** The scenario API (/sim/...) over HTTP; throws on a status other than 200. */
  sim<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** Sends `signal` and resolves with the rest of the next stdout line that starts with `prefix`. */
  ask(signal: NodeJS.Signals, prefix: string, timeoutMs?: number): Promise<string>;
  kill(): Promise<void>;
}

/** The simulator of npm run sim, on `port` (0: any free one). */
export function startSimProcess(port = 0): Promise<SimProcess> {
  return spawnSimProcess(cli, ['--port', String(port)]);
}

/** `script` (TypeScript, run with tsx) and its arguments: a simulator that prints LISTENING and its URL. */
export async function spawnSimProcess(script: string, args: string[]): Promise<SimProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const waiting: { prefix: string; resolve: (rest: string) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    output += `${line}\n`;
    const at = waiting.findIndex((w) => line.startsWith(w.prefix));
    const [waiter] = at >= 0 ? waiting.splice(at, 1) : [];
    waiter?.resolve(line.slice(waiter.prefix.length));
  });
  const nextLine = (prefix: string, timeoutMs: number, what: string) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what}: no "${prefix}" line within ${timeoutMs / 1000} s: ${output}`)), timeoutMs);
      const exited = (code: number | null) => reject(new Error(`${what}: the simulator exited (${code}): ${output}`));
      child.once('exit', exited);
      waiting.push({
        prefix,
        resolve(rest) {
          clearTimeout(timer);
          child.off('exit', exited);
          resolve(rest);
        },
      });
    });

  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  const url = await nextLine(LISTENING, 20_000, 'starting the simulator').catch(async (error: unknown) => {
    await kill();
    throw error;
  });
  return {
    url,
    port: Number(new URL(url).port),
    async sim<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${url}${path}`, { method, ...(body !== undefined && { body: JSON.stringify(body) }) });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return JSON.parse(text) as T;
    },
    ask(signal, prefix, timeoutMs = 10_000) {
      const line = nextLine(prefix, timeoutMs, `the answer to ${signal}`);
      child.kill(signal);
      return line;
    },
    kill,
  };
}
