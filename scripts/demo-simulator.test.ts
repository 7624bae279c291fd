// The simulator npm start runs (scripts/demo-simulator.mjs), with short answer, talk and
// wrap-up times: over the real GWS API an agent goes Ready → on a call → After Call Work →
// Ready, while the demo's two Not Ready agents stay Not Ready (the Not Ready alert's material)
// and the two logged-out ones stay logged out. Bounded: one child process, 16 listeners, 25 s.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GwsClient } from '../sim/test-support/gws-client';
import type { Notification, UserResource } from '../sim/test-support/gws-types';
import { NotificationListener, isCallMessage, isDeviceMessage } from '../sim/test-support/notifications';
import { demoSimulatorArgs } from './demo-simulator.mjs';

const cli = fileURLToPath(new URL('../sim/cli.ts', import.meta.url));
// A call a second, answered at once, a second of talk and a second of wrap-up.
const quick = ['--traffic', '60', '--answer-after', '0', '--talk', '1', '--wrap-up', '1'];
const trafficAgents = Array.from({ length: 16 }, (_, i) => `agent${i + 1}`);

let child: ChildProcess | undefined;
const listeners: NotificationListener[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.close()));
  child?.kill('SIGKILL');
});

/** What a state reads as: Ready, NotReady, AfterCallWork or LoggedOut. */
const named = (userState: { state: string; workMode?: string } | undefined) =>
  userState?.workMode === 'AfterCallWork' ? 'AfterCallWork' : (userState?.state ?? 'none');

/** Each agent's states in turn, repeats left out. */
function record(history: Map<string, string[]>, users: UserResource[]): void {
  for (const user of users) {
    const state = named(user.devices?.[0]?.userState);
    const seen = history.get(user.userName ?? '') ?? [];
    if (seen.at(-1) !== state) history.set(user.userName ?? '', [...seen, state]);
  }
}

/** Ready, then After Call Work, then Ready again, one after the other in the states read. */
const readyWrapUpReady = (states: string[]) => states.some((state, i) => state === 'Ready' && states[i + 1] === 'AfterCallWork' && states[i + 2] === 'Ready');

/** The agent's notifications in order: on a call (Established), then After Call Work, then Ready. */
function wentThroughACall(messages: Notification[]): boolean {
  const steps: ((d: Notification) => boolean)[] = [
    (d) => isCallMessage(d) && d.call.state === 'Established',
    (d) => isDeviceMessage(d) && named(d.devices[0]?.userState) === 'AfterCallWork',
    (d) => isDeviceMessage(d) && named(d.devices[0]?.userState) === 'Ready',
  ];
  let step = 0;
  for (const message of messages) if (steps[step]?.(message)) step += 1;
  return step === steps.length;
}

describe('the npm start simulator', () => {
  it(
    'an agent goes Ready → on a call → After Call Work → Ready over the GWS API; the demo’s Not Ready agents stay Not Ready',
    { timeout: 30_000 },
    async () => {
      child = spawn(process.execPath, ['--import', 'tsx', cli, ...demoSimulatorArgs, ...quick], { stdio: ['ignore', 'pipe', 'inherit'] });
      const [firstLine] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
      const url = /listening on (\S+)/.exec(firstLine)?.[1] ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      const supervisor = new GwsClient(url, 'supervisor1');
      await supervisor.signIn();
      const agents = await Promise.all(
        trafficAgents.map(async (userName) => {
          const client = new GwsClient(url, userName);
          await client.signIn();
          const listener = await NotificationListener.connect(url, client.cookie);
          listeners.push(listener);
          await client.startSession();
          return { userName, listener };
        }),
      );

      const history = new Map<string, string[]>();
      const deadline = performance.now() + 20_000;
      let through: string | undefined;
      while (through === undefined && performance.now() < deadline) {
        record(history, (await supervisor.get('/api/v2/users?subresources=*')).body.users ?? []);
        through = agents.find(
          ({ userName, listener }) => wentThroughACall(listener.messages.map((m) => m.data as Notification)) && readyWrapUpReady(history.get(userName) ?? []),
        )?.userName;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(through, `no agent went through a call and back to Ready in 20 s: ${JSON.stringify(Object.fromEntries(history))}`).toBeDefined();
      expect([history.get('agent17'), history.get('agent18'), history.get('agent19'), history.get('agent20')]).toEqual([
        ['NotReady'],
        ['NotReady'],
        ['LoggedOut'],
        ['LoggedOut'],
      ]);
    },
  );
});
