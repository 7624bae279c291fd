// `npm run sim`: the first line, the credentials, a free port with --port 0, clean shutdown on
// SIGINT and SIGTERM, and flag errors.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeed } from './seed';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const running: ChildProcess[] = [];

function startCli(args: string[]): { child: ChildProcess; output: () => string; lines: (n: number) => Promise<string[]> } {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  const waiters: (() => void)[] = [];
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const lines = (n: number) =>
    new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${n} lines in 15 s: ${output}`)), 15_000);
      const check = () => {
        const got = output.split('\n').filter(Boolean);
        if (got.length >= n) {
          clearTimeout(timer);
          resolve(got);
        } else {
          waiters.push(check);
        }
      };
      check();
    });
  return { child, output: () => output, lines };
}

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm run sim', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('prints its address and credentials, serves, and stops on %s', async (signal) => {
    const { child, lines } = startCli(['--port', '0', '--csrf', 'off']);
    const [first, ...rest] = await lines(4);
    const url = /^GWS simulator listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(first ?? '')?.[1];
    expect(url).toBeDefined();
    expect(rest.join('\n')).toContain('supervisor1 (DN 5005) / demo123');
    expect(rest.join('\n')).toContain('agent1 (DN 7001) to agent20 (DN 7020) / demo123');

    const me = await fetch(`${url ?? ''}/api/v2/me`, {
      headers: { Authorization: `Basic ${Buffer.from('supervisor1:demo123').toString('base64')}` },
    });
    expect(me.status).toBe(200);
    expect(me.headers.get('x-csrf-token')).toBeNull();

    child.kill(signal);
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  it('under a context path, prints the GWS address to sign in at, and serves GWS there only', async () => {
    const { child, lines } = startCli(['--port', '0', '--gws-version', '8.5.1', '--context-path', '/cloud-web']);
    const [first, second] = await lines(2);
    const url = /^GWS simulator listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first ?? '')?.[1] ?? '';
    expect(second).toBe(`GWS address (sign in here): ${url}/cloud-web`);
    const basic = { Authorization: `Basic ${Buffer.from('supervisor1:demo123').toString('base64')}` };
    expect((await fetch(`${url}/cloud-web/api/v2/me`, { headers: basic })).status).toBe(200);
    expect((await fetch(`${url}/api/v2/me`, { headers: basic })).status).toBe(404);
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('refuses an unknown flag or value with exit code 2 and the usage', async () => {
    const { child, output } = startCli(['--intrusion', 'sometimes']);
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(output()).toContain('--intrusion takes on|off|all, not "sometimes"');
    expect(output()).toContain('Usage: npm run sim');
  });

  it('refuses a seed too small for --demo with exit code 1 and the reason', async () => {
    const seed = loadSeed();
    const dir = mkdtempSync(path.join(tmpdir(), 'sim-cli-demo-'));
    const file = path.join(dir, 'small.json');
    writeFileSync(file, JSON.stringify({ ...seed, users: seed.users.slice(0, 4) }));
    try {
      const { child, output } = startCli(['--port', '0', '--demo', '--seed', file]);
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(1);
      expect(output().trim()).toBe('The simulator cannot start: The demo line-up needs at least 5 agents in the seed (one left for the traffic), not 2');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
