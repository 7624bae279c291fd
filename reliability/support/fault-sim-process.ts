// The simulator as its own process (npm run sim), so a test can SIGKILL it, as a crashed or
// restarted GWS node would die, and start a new one on the same port.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../sim/cli.ts', import.meta.url));

export interface SimProcess {
  url: string;
  port: number;
  /** The scenario API (/sim/...) over HTTP; throws on a status other than 200. */
  sim<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  kill(): Promise<void>;
}

export async function startSimProcess(port = 0): Promise<SimProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await firstLine(child);
  return {
    url,
    port: Number(new URL(url).port),
    async sim<T>(method: string, path: string, body?: unknown): Promise<T> {
      const res = await fetch(`${url}${path}`, { method, ...(body !== undefined && { body: JSON.stringify(body) }) });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return JSON.parse(text) as T;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The simulator did not start within 20 s: ${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GWS simulator listening on (http:\/\/\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The simulator exited (${code}) before listening: ${output}`));
    });
  });
}
